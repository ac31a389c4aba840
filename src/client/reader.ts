/**
 * `/reader.js`: what the reader's interactions need, loaded by the inline
 * loader (`loader.ts`) on the first one. Search itself is one more module,
 * `/search-ui.js`, loaded from here only when the reader reaches for it.
 */
import { markContents } from './contents';
import { copy, share } from './copy-share';
import { followPlace, pointAtPlace } from './keep-place';
import { loadStylesheet, SEARCH_CSS } from './stylesheet';

/** What the loader hands on: a clicked `data-act` control, or "search" for the keys "/" and Ctrl/Cmd+K. */
export type Action = HTMLElement | 'search';

export interface ReaderModule {
  start(scrolledTo: number, scrolled: boolean): void;
  act(action: Action): void;
}

type SearchModule = typeof import('../search/ui');

const SEARCH_UI = '/search-ui.js';
let ui: SearchModule | undefined;
// The search styles load beside the module, so the dialog never shows unstyled.
const search = async () => (ui ??= ((await Promise.all([import(/* @vite-ignore */ SEARCH_UI), loadStylesheet(SEARCH_CSS)]))[0] as SearchModule));

/**
 * Runs once, when the module loads. `scrolledTo` is where the page was when
 * the reader first acted, and `scrolled` whether that act was a scroll.
 */
export function start(scrolledTo: number, scrolled: boolean): void {
  followPlace(scrolledTo, scrolled);
  markContents();
  if (document.querySelector('[data-search-page]')) void search().then((m) => m.mountSearchPage());
  else if (/[?&]highlight=/.test(location.search)) void search().then((m) => m.highlightFromUrl());
}

/** Opens the search dialog; if it cannot load, the search page. On the search page, its own box. */
function openSearch(): void {
  const box = document.querySelector<HTMLInputElement>('[data-search-page] input[type=search]');
  if (box) return box.focus();
  // Once loaded, the dialog opens in the same task as the reader's click or key.
  if (ui) return ui.openSearch();
  const page = document.querySelector<HTMLAnchorElement>('[data-act=search]')?.href ?? '/search/';
  search().then(
    (m) => m.openSearch(),
    () => location.assign(page),
  );
}

/** Does what a `data-act` control (or, as "search", a search key) asks for. */
export function act(action: Action): void {
  if (action === 'search') return openSearch();
  const kind = action.dataset['act'];
  if (kind === 'search') openSearch();
  else if (kind === 'place' && action instanceof HTMLAnchorElement) {
    pointAtPlace(action);
    location.assign(action.href);
  } else if (kind === 'share') share(action);
  else if (kind === 'clipboard') copy(action);
}
