/**
 * The one script a page runs before the reader does anything, inlined
 * (minified, under 1 KB) at the end of <body>. It downloads nothing itself.
 * - Before the first paint, it shows a button whose `data-act` names what
 *   it needs from the browser ("clipboard", "share") only where the browser
 *   has it, so no dead button flashes.
 * - The reader's first scroll, key press, pointer hover or press, or focus loads
 *   `/reader.js`, which does the work; the search page and "?highlight="
 *   landings load it at once.
 * - A plain click on a `data-act` control (search, a place-keeping language
 *   link, copy, share) and the keys "/" and Ctrl/Cmd+K (on any keyboard
 *   layout) are handed to it,
 *   after it loads if they come first. Clicks with a modifier key keep the
 *   browser's behaviour.
 */
import type { Action, ReaderModule } from './reader';

const READER = '/reader.js';
const doc = document;

for (const button of doc.querySelectorAll<HTMLElement>('button[data-act]')) {
  button.hidden = !navigator[button.dataset['act'] as 'clipboard' | 'share'];
}

let reader: ReaderModule | undefined;
let loading: Promise<ReaderModule> | undefined;
const wake = (event?: Event) => {
  const at = scrollY;
  const scrolled = event?.type == 'scroll';
  return (loading ??= (import(READER) as Promise<ReaderModule>).then((m) => (m.start(at, scrolled), (reader = m))));
};
for (const type of ['scroll', 'keydown', 'pointerover', 'pointerdown', 'focusin']) addEventListener(type, wake, { once: true, capture: true });
if (doc.querySelector('[data-search-page]') || /[?&]highlight=/.test(location.search)) wake();

const modified = (event: MouseEvent | KeyboardEvent) => event.ctrlKey || event.metaKey || event.altKey;
// If `/reader.js` cannot load, a link (for the keys, the search button's) still opens.
const hand = (event: Event, action: Action) => {
  const link = (action == 'search' ? doc.querySelector('[data-act=search]') : action) as HTMLAnchorElement | null;
  event.preventDefault();
  if (reader) return reader.act(action);
  wake().then(
    (m) => m.act(action),
    () => link?.href && location.assign(link.href),
  );
};

doc.addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.<HTMLElement>('[data-act]');
  if (target && !modified(event) && !event.shiftKey) hand(event, target);
});

doc.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  // A field inside a just-closed dialog can keep focus for a moment.
  const typing = !target.closest?.('dialog:not([open])') && target.matches('input,textarea,select,[contenteditable]');
  // The key's character, or its place (`code`) where the layout types another there (Arabic: «ظ», «ن»).
  const slash = (event.key == '/' || event.code == 'Slash') && !typing && !modified(event);
  const k = (/^k$/i.test(event.key) || event.code == 'KeyK') && modified(event) && !event.altKey;
  if ((slash || k) && !event.defaultPrevented) hand(event, 'search');
});
