/**
 * The one script a page runs before the reader does anything, inlined
 * (minified, under 1 KB) at the end of <body>. It downloads nothing itself.
 * - Before the first paint, it shows the copy and share buttons only where
 *   the browser can copy or share, so no dead button flashes.
 * - The reader's first scroll, key press, pointer press or focus loads
 *   `/reader.js`, which does the work: keeping the place across editions,
 *   marking the contents, copying, sharing and opening search. The search
 *   page and "?highlight=" landings load it at once.
 * - Clicks on the search button, the language switch, copy and share, and
 *   the keys "/" and Ctrl/Cmd+K, are handed to it (after it loads, if they
 *   come first). Clicks with a modifier key keep the browser's behaviour.
 */
import type { Action, ReaderModule } from './reader';

const READER = '/reader.js';
const doc = document;

for (const button of doc.querySelectorAll<HTMLElement>('[data-copy],[data-share]')) {
  button.hidden = !navigator['share' in button.dataset ? 'share' : 'clipboard'];
}

let loading: Promise<ReaderModule> | undefined;
const wake = (event?: Event) => {
  const at = scrollY;
  const scrolled = event?.type == 'scroll';
  return (loading ??= (import(READER) as Promise<ReaderModule>).then((m) => (m.start(at, scrolled), m)));
};
for (const type of ['scroll', 'keydown', 'pointerdown', 'focusin']) addEventListener(type, wake, { once: true, passive: true, capture: true });
if (doc.querySelector('[data-search-page]') || /[?&]highlight=/.test(location.search)) void wake();

const modified = (event: MouseEvent | KeyboardEvent) => event.ctrlKey || event.metaKey || event.altKey;
const hand = (event: Event, action: Action) => {
  event.preventDefault();
  void wake().then((m) => m.act(action));
};

doc.addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.<HTMLElement>('[data-search-open],a[data-sections],[data-copy],[data-share]');
  if (target && !modified(event) && !event.shiftKey) hand(event, target);
});

doc.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  // A field inside a just-closed dialog can keep focus for a moment.
  const typing = !target.closest?.('dialog:not([open])') && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const slash = event.key == '/' && !typing && !modified(event);
  const k = event.key.toLowerCase() == 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if ((slash || k) && !event.defaultPrevented) hand(event, 'search');
});
