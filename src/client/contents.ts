/**
 * Marks the section being read in the contents lists: the link to the last
 * section heading above the top third of the view gets
 * `aria-current="true"`. Without JavaScript the lists are plain links.
 */
export function markContents(): void {
  const heads = [...document.querySelectorAll('.prose :is(h2,h3)[id]')];
  const links = [...document.querySelectorAll('.toc a[href^="#"]')];
  if (!heads.length || !links.length) return;
  let frame = 0;
  const mark = () => {
    frame = 0;
    const current = heads.findLast((head) => head.getBoundingClientRect().top < innerHeight / 3);
    for (const link of links) {
      if (current && link.getAttribute('href') === `#${current.id}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
  mark();
}
