/**
 * Keeps the reader's place across editions. Paragraphs carry the same ids
 * (p1, p2, …) in every edition; a language link with `data-sections` lists
 * the other edition's section ids in order (sections line up one to one).
 * Before the reader follows it, the link is pointed at the paragraph or
 * heading at the top of the view; where the editions' paragraphs do not
 * line up (`data-align="sections"`, a publisher's translation), at the
 * heading of the section being read. Reaching a link at the top of the page
 * scrolls away from that place, so a jump to the top just before the click
 * is ignored. Without JavaScript the link opens the top of the other edition.
 */

const HEADINGS = '.prose :is(h2,h3,h4,h5,h6)[id]:not(#footnote-label)';

interface Seen {
  /** When the place was seen (ms, `performance.now()`). */
  t: number;
  place: Element | null;
}

let heads: Element[] = [];
let marks: Element[] = [];
let last: Seen = { t: -Infinity, place: null };
let previous = last;

/**
 * The first paragraph or heading not hidden under the sticky header, were
 * the page scrolled to `y`; null while the reader is still above the body.
 * One cut by the header that shows only its last lines (less than three)
 * has been read: the place is the one after it.
 */
function placeAt(y = scrollY): Element | null {
  const shift = y - scrollY;
  // Below a sticky header; where the header scrolls away with the page (narrow, short or zoomed
  // views), below where it would be with the page scrolled to `y`, or the view's top.
  const header = document.querySelector('.site-header');
  const headerBottom = header?.getBoundingClientRect().bottom ?? 0;
  const sticky = header !== null && getComputedStyle(header).position === 'sticky';
  const edge = Math.max(0, sticky ? headerBottom : headerBottom - shift) + 8;
  if (!marks[0] || marks[0].getBoundingClientRect().top - shift > edge) return null;
  const at = marks.findIndex((mark) => mark.getBoundingClientRect().bottom - shift > edge);
  const mark = marks[at];
  if (!mark) return null;
  const { top, bottom } = mark.getBoundingClientRect();
  const lines = 3 * (parseFloat(getComputedStyle(mark).lineHeight) || 24);
  return top - shift < edge && bottom - shift - edge < lines ? (marks[at + 1] ?? mark) : mark;
}

/**
 * Starts following the reader's place. `scrolledTo` is where the page was
 * when the reader first acted. If that act was a scroll (`scrolled`), it is
 * taken as seen now, from where the page opened (the linked paragraph or
 * heading, or above the body); if the page has moved since (the module
 * loads after that first act), so is the move.
 */
export function followPlace(scrolledTo: number, scrolled: boolean): void {
  heads = [...document.querySelectorAll(HEADINGS)];
  // A brief's paragraphs and headings; on the side-by-side view, its pairs (numbered alike in both editions).
  marks = [...document.querySelectorAll(`${HEADINGS}, .prose > p[id], .pairs > .pair[id]`)];
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const landed = { t: -Infinity, place: target && marks.includes(target) ? target : null };
  const first = { t: scrolled ? performance.now() : -Infinity, place: placeAt(scrolledTo) };
  previous = scrolled ? landed : first;
  last = first;
  if (scrollY !== scrolledTo) {
    previous = first;
    last = { t: performance.now(), place: placeAt() };
  }
  addEventListener(
    'scroll',
    () => {
      const place = placeAt();
      if (place !== last.place) previous = last;
      last = { t: performance.now(), place };
    },
    { passive: true },
  );
}

/** Points a language link at the twin of the place being read. */
export function pointAtPlace(link: HTMLAnchorElement): void {
  // At the top now: either the jump there is not reported yet (scroll
  // events come a frame late), or it was reported within the last second.
  const place = placeAt() ?? last.place ?? (performance.now() - last.t < 1000 ? previous.place : null);
  if (!place) return;
  const bySection = link.dataset['align'] === 'sections';
  // The section a place is in: the last heading at or before it (none before the first section).
  const heading = bySection ? heads.findLastIndex((head) => head === place || head.compareDocumentPosition(place) & Node.DOCUMENT_POSITION_FOLLOWING) : heads.indexOf(place);
  const twin = heading >= 0 ? (JSON.parse(link.dataset['sections'] ?? '[]') as string[])[heading] : bySection ? '' : place.id;
  if (twin !== undefined) link.hash = twin;
}
