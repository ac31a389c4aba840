/**
 * `/reader.js`: what the reader's interactions need, loaded by the inline
 * loader (`loader.ts`) on the first one. Search itself is one more module,
 * `/search-ui.js`, loaded from here only when the reader reaches for it.
 */
import { markContents } from './contents';
import { copy, share } from './copy-share';
import { followPlace, pointAtPlace } from './keep-place';

/** What the loader hands on: a clicked control, or "search" for the keys "/" and Ctrl/Cmd+K. */
export type Action = HTMLElement | 'search';

export interface ReaderModule {
  start(scrolledTo: number, scrolled: boolean): void;
  act(action: Action): void;
}

interface SearchModule {
  openSearch(): void;
  mountSearchPage(): void;
  highlightFromUrl(): void;
}

const SEARCH_UI = '/search-ui.js';
const search = () => import(/* @vite-ignore */ SEARCH_UI) as Promise<SearchModule>;

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
  const page = document.querySelector<HTMLAnchorElement>('[data-search-open]')?.href ?? '/search/';
  search().then(
    (m) => m.openSearch(),
    () => location.assign(page),
  );
}

export function act(action: Action): void {
  if (action === 'search') return openSearch();
  if (action.matches('[data-search-open]')) return openSearch();
  if (action instanceof HTMLAnchorElement) {
    pointAtPlace(action);
    return location.assign(action.href);
  }
  if ('share' in action.dataset) share(action);
  else copy(action);
}
