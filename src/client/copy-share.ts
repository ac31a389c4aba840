/**
 * The copy and share buttons of `CiteBrief`, `ShareBrief` and the brief
 * page's "copy link to this paragraph" (the loader shows only those the
 * browser supports). A `[data-copy]` button copies the text of the element
 * whose id it holds or, when it has a `data-link` URL, that URL, with
 * `data-place` with the fragment of the place being read; the status
 * element after it says whether the copy worked, and "copied" clears after
 * a few seconds. A `[data-share]` button opens the share sheet for its URL
 * and `data-title`.
 */

/**
 * `base` with the fragment of the place being read: the first element with
 * an id in `.prose` that reaches below the line a jump to it would put its
 * top on (the page's scroll padding, which clears the sticky header, and its
 * scroll margin), if it starts
 * in the top quarter of the viewport; above the body, the plain URL.
 */
function here(base: string): string {
  const url = new URL(base);
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
  const at = [...document.querySelectorAll('.prose [id]')].find(
    (el) => el.getBoundingClientRect().bottom > padding + parseFloat(getComputedStyle(el).scrollMarginBlockStart),
  );
  if (at && at.getBoundingClientRect().top < innerHeight / 4) url.hash = at.id;
  return url.href;
}

export function share(button: HTMLElement): void {
  const { share: url = location.href, title = document.title } = button.dataset;
  navigator.share({ title, url }).catch(() => undefined);
}

/** How long "Copied" stays; a failure stays until the next try, since it says what to do. */
const DONE_MS = 4000;
const clearing = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

export function copy(button: HTMLElement): void {
  const { copy: id = '', link } = button.dataset;
  const status = button.nextElementSibling as HTMLElement | null;
  if (!status) return;
  clearTimeout(clearing.get(status));
  status.textContent = '';
  const text = link ? (button.dataset['place'] === undefined ? link : here(link)) : (document.getElementById(id)?.textContent ?? '');
  navigator.clipboard.writeText(text).then(
    () => {
      status.textContent = status.dataset['done'] ?? '';
      clearing.set(status, setTimeout(() => (status.textContent = ''), DONE_MS));
    },
    () => (status.textContent = status.dataset['failed'] ?? ''),
  );
}
