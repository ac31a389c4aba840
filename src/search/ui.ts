import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { defaultLocale, isLocale, localeCodes, locales, type Locale } from '../i18n/locales';
import { useSearchTranslations, type SearchTranslator } from '../i18n/search';
import { findWithRespelling, searchIndex, type Found, type Respeller } from './find';
import type { PagefindInstance, PagefindModule, PagefindResultData } from './pagefind';
import {
  highlightPattern,
  highlightTerms,
  markMatches,
  normalizeQuery,
  parseExcerpt,
  withHighlight,
  withoutAliases,
  type ExcerptPart,
} from './query';
import { indexedAliases } from '../content/alias-text';
import { extraPartFolders, PARTS_FILE, type PartCounts } from './parts';
import { loadStylesheet, SEARCH_CSS } from '../client/stylesheet';
import { splitAtMatches, wrapsAny } from '../util/split-at-matches';
import { localizedPath } from '../routing/urls';
import { rejoinWords } from './word-breaks';

/**
 * The site's search, loaded only when a reader reaches for it (the search
 * button, `/` or Ctrl/Cmd+K, the search page, or a `?highlight=` landing).
 * Built on Pagefind's JS API: one index per edition, queried in the page's
 * language first, then in the other edition.
 */

/** Each glossary entry's forms (`formGroups`), defined when the bundle is built (src/pages/search-ui.js.ts). */
declare const __GLOSSARY_FORMS__: string[][];

const BASE = '/pagefind/';
const BUNDLE = `${BASE}pagefind.js`;
const EXCERPT_LENGTH = 24;
const RESULT_LIMIT = 8;
const SECTION_LIMIT = 3;
/**
 * Editions whose queries go to Pagefind as stems (`stemmedQuery`), with the
 * Snowball stemmer Pagefind indexes their language with. Only Arabic: an
 * English word as typed and its stem nearly always sort into the same
 * index chunk, where an Arabic word's article moves it far from its stem.
 */
const QUERY_STEMMERS: Partial<Record<Locale, (word: string) => string>> = { ar: stemArabic };
/** Respelling a query that finds nothing (src/search/respell.ts), loaded only then. */
const RESPELL = '/search-respell.js';

const pageLocale = (): Locale => {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : defaultLocale;
};

/** Adds the search styles (`/search.css`); `/reader.js` has usually started loading them with this module. */
const addStyles = () => void loadStylesheet(SEARCH_CSS);

let parts: Promise<PartCounts> | undefined;

/** How many parts each language's index has (src/search/parts.ts), fetched once. */
function partCounts(): Promise<PartCounts> {
  // Revalidated like Pagefind's own entry file: a stale count would miss a part or ask for one that is gone.
  parts ??= fetch(`${BASE}${PARTS_FILE}`, { cache: 'no-cache' }).then((response) => {
    if (!response.ok) throw new Error(`${PARTS_FILE}: HTTP ${response.status}`);
    return response.json() as Promise<PartCounts>;
  });
  parts.catch(() => (parts = undefined));
  return parts;
}

const instances = new Map<Locale, Promise<PagefindInstance>>();

/**
 * The Pagefind instance searching `locale`'s edition. Each language needs
 * its own module instance (Pagefind keeps one wasm per module); a distinct
 * fragment gives one while the HTTP cache still serves a single file.
 */
function pagefindFor(locale: Locale): Promise<PagefindInstance> {
  let instance = instances.get(locale);
  if (!instance) {
    const counts = partCounts();
    instance = (async () => {
      const language = locales[locale].lang;
      const module = (await import(/* @vite-ignore */ `${BUNDLE}#${locale}`)) as PagefindModule;
      // Pagefind picks the index from <html lang> when an instance is created,
      // synchronously: name the edition's language for that moment only.
      const html = document.documentElement;
      const lang = html.getAttribute('lang');
      html.setAttribute('lang', language);
      let created: PagefindInstance;
      try {
        created = module.createInstance({ basePath: BASE, noWorker: true, excerptLength: EXCERPT_LENGTH });
      } finally {
        if (lang === null) html.removeAttribute('lang');
        else html.setAttribute('lang', lang);
      }
      await created.init();
      // A large library's index comes in parts: search them all as one.
      const folders = extraPartFolders(await counts, language);
      await Promise.all(folders.map((folder) => created.mergeIndex(`${BASE}${folder}`, { language, excerptLength: EXCERPT_LENGTH })));
      return created;
    })();
    instance.catch(() => instances.delete(locale));
    instances.set(locale, instance);
  }
  return instance;
}

const queues = new Map<Locale, Promise<unknown>>();

/**
 * Runs `task` on `locale`'s instance once the tasks queued before it have
 * settled. Pagefind's `result.data()` returns its cached fragment object and
 * rewrites that object's excerpt and sub-results for every search that
 * reaches the same page, so searches that overlap (a reader typing on)
 * could show another query's sections; one at a time, they cannot.
 */
function exclusive<T>(locale: Locale, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(locale) ?? Promise.resolve()).catch(() => undefined).then(task);
  queues.set(locale, next);
  return next;
}

/**
 * Searches one edition, widening Arabic queries over prefixes the stemmer
 * keeps and sending them as stems; best results first. A page found by an
 * earlier variant (the query as typed comes first) keeps that variant's
 * result, so its sections and excerpt do not depend on which variant
 * happened to score higher. Pages that matched a word only through a much
 * shorter prefix of it are dropped (`matchesQuery`). `isStale` lets a
 * search the reader has typed past give up early.
 */
export function searchEdition(
  locale: Locale,
  query: string,
  filters: Record<string, string> = {},
  isStale: () => boolean = () => false,
): Promise<PagefindResultData[]> {
  return exclusive(locale, async () => {
    if (isStale()) return [];
    // An edition with no pages yet (a library with no Arabic brief) has no index to load.
    if ((await partCounts())[locales[locale].lang] === 0) return [];
    const stem = QUERY_STEMMERS[locale];
    const loadLatinStemmer = async () => (await loadRespeller()).stemEnglish;
    return searchIndex(await pagefindFor(locale), query, { filters, isStale, limit: RESULT_LIMIT, loadLatinStemmer, ...(stem && { stem }) });
  });
}

let respeller: Promise<Respeller> | undefined;

/** The respelling module, fetched once, the first time a query finds nothing. */
function loadRespeller(): Promise<Respeller> {
  respeller ??= import(/* @vite-ignore */ RESPELL) as Promise<Respeller>;
  respeller.catch(() => (respeller = undefined));
  return respeller;
}

/** `findWithRespelling` in `locale`'s edition. */
function findInEdition(locale: Locale, query: string, filters: Record<string, string>, isStale: () => boolean): Promise<Found> {
  return findWithRespelling((q, f) => searchEdition(locale, q, f, isStale), loadRespeller, query, {
    filters,
    isStale,
    base: BASE,
    language: locales[locale].lang,
    limit: RESULT_LIMIT,
  });
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** An excerpt's parts as shown: glossary alias texts left out, the term marked where only an alias matched. */
const ALIASES = indexedAliases(__GLOSSARY_FORMS__);
const shownExcerpt = (excerpt: string) => withoutAliases(parseExcerpt(excerpt), ALIASES);

function excerptParagraph(parts: readonly ExcerptPart[], pattern: RegExp | undefined): HTMLParagraphElement {
  const p = el('p', { class: 'search-excerpt' });
  for (const part of markMatches(parts, pattern)) {
    p.append(part.mark ? el('mark', {}, part.text) : part.text);
  }
  return p;
}

/** One result: the brief's title, its opening excerpt, and its matching sections. */
function renderResult(data: PagefindResultData, query: string, locale: Locale): HTMLLIElement {
  const sections = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, SECTION_LIMIT);
  const top = data.sub_results.find((sub) => !sub.url.includes('#'));
  const shown = new Map([data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].map((excerpt) => [excerpt, shownExcerpt(excerpt)]));
  const terms = highlightTerms(query, [...shown.values()]);
  const pattern = highlightPattern(terms);
  const { lang, dir } = locales[locale];
  const item = el('li', { class: 'search-result', lang, dir });
  item.append(el('a', { class: 'search-result-title', href: withHighlight(data.url, terms) }, rejoinWords(data.meta['title'] ?? data.url)));
  if (top || sections.length === 0) item.append(excerptParagraph(shown.get(top?.excerpt ?? data.excerpt)!, pattern));
  if (sections.length > 0) {
    // Named in the result's own language, like the rest of the result.
    const list = el('ul', { class: 'search-sections', 'aria-label': useSearchTranslations(locale)('search.sections') });
    for (const sub of sections) {
      list.append(el('li', {}, el('a', { href: withHighlight(sub.url, terms) }, rejoinWords(sub.title)), excerptParagraph(shown.get(sub.excerpt)!, pattern)));
    }
    item.append(list);
  }
  return item;
}

/** The parts of a search form and its results, on the search page or in the dialog. */
interface SearchView {
  input: HTMLInputElement;
  status: HTMLElement;
  /** The closest spellings offered when nothing is found. */
  closest: HTMLElement;
  results: HTMLOListElement;
  other: HTMLElement;
}

/**
 * Creates the results area (status, list, other-edition list) for a view;
 * `heading` is the other edition's heading level, one below the view's title.
 */
function resultsArea(t: SearchTranslator, heading: 'h2' | 'h3'): Omit<SearchView, 'input'> & { nodes: Node[] } {
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const closest = el('p', { class: 'search-closest', hidden: '' });
  const results = el('ol', { class: 'search-results' });
  const title = el(heading, { class: 'search-other-title' }, t('search.otherEdition'));
  const other = el('section', { class: 'search-other', hidden: '' }, title, el('ol', { class: 'search-results' }));
  return { status, closest, results, other, nodes: [status, closest, results, other] };
}

/**
 * Wires a view: searches as the reader types (debounced), shows the page's
 * edition first, then what the other edition has. Returns `run` for a
 * programmatic query (the search page's `?q=`).
 */
function connect(
  view: SearchView,
  locale: Locale,
  t: SearchTranslator,
  onQuery?: (query: string) => void,
  filters: () => Record<string, string> = () => ({}),
) {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const otherLocales = localeCodes.filter((code) => code !== locale);

  const run = async (raw: string) => {
    const query = normalizeQuery(raw);
    const current = ++generation;
    const stale = () => current !== generation;
    onQuery?.(query);
    // `data-query` names the query whose results are shown (for scripts and tests);
    // on the other edition's list, the query it has been searched for, found or not.
    delete view.status.dataset['query'];
    delete view.other.dataset['query'];
    delete view.status.dataset['instead'];
    view.results.replaceChildren();
    view.closest.hidden = true;
    view.other.hidden = true;
    if (!query) {
      view.status.textContent = '';
      view.status.dataset['query'] = '';
      return;
    }
    view.status.textContent = t('search.loading');
    // Timing for `npm run bench`: from the search starting to its results on screen.
    performance.mark('search:start');
    let found: Found;
    try {
      found = await findInEdition(locale, query, filters(), stale);
    } catch {
      if (stale()) return;
      view.status.textContent = t('search.unavailable');
      view.status.dataset['query'] = query;
      return;
    }
    if (stale()) return;
    // Excerpts and the landing page mark the words of the query that found the results.
    const shownQuery = found.instead.length > 0 ? found.instead.join(' ') : query;
    view.results.replaceChildren(...found.results.map((data) => renderResult(data, shownQuery, locale)));
    view.status.textContent = found.results.length > 0 ? t.count('search.count', found.results.length) : t('search.none', { query });
    if (found.instead.length > 0 || found.closest.length > 0) {
      // The respelling module is loaded already: it found these.
      const respell = await loadRespeller();
      if (stale()) return;
      respell.showRespelling(view.status, view.closest, found, query, {
        t,
        intl: locales[locale].intl,
        searchPage: localizedPath(locale, '/search/'),
        search: (spelling) => {
          view.input.value = spelling;
          void run(spelling);
        },
      });
    }
    view.status.dataset['query'] = query;
    performance.measure('search', 'search:start');
    // The other edition is searched once these results are on screen, and
    // not at all if the reader has typed on meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 250));
    for (const otherLocale of otherLocales) {
      if (stale()) return;
      const elsewhere = await searchEdition(otherLocale, query, {}, stale).catch(() => []);
      if (stale() || elsewhere.length === 0) continue;
      view.other.querySelector('ol')?.replaceChildren(...elsewhere.map((data) => renderResult(data, query, otherLocale)));
      view.other.hidden = false;
    }
    if (!stale()) view.other.dataset['query'] = query;
  };

  view.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(view.input.value), 120);
  });
  view.input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(view.input.value);
  });
  // Arrow keys move between the input and the result links.
  const scope = view.input.closest('.search-panel, .search-page');
  scope?.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'ArrowDown' && key !== 'ArrowUp') return;
    const links = [...scope.querySelectorAll<HTMLAnchorElement>('.search-results a')].filter((a) => a.offsetParent !== null);
    if (links.length === 0) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (key === 'ArrowDown') (links[index + 1] ?? links[0])?.focus();
    else if (index <= 0) view.input.focus();
    else links[index - 1]?.focus();
  });
  return () => run(view.input.value);
}

function searchForm(t: SearchTranslator, id: string, initial = ''): { form: HTMLFormElement; input: HTMLInputElement } {
  const input = el('input', {
    id,
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: '1000',
    placeholder: t('search.placeholder'),
    enterkeyhint: 'search',
  });
  input.value = initial;
  const form = el('form', { role: 'search', class: 'search-form' }, el('label', { for: id }, t('search.label')), input);
  return { form, input };
}

let dialog: HTMLDialogElement | undefined;
let opener: Element | null = null;

/** Opens the search dialog (creating it on first use), focused on its input. */
export function openSearch(): void {
  addStyles();
  const locale = pageLocale();
  const t = useSearchTranslations(locale);
  if (!dialog) {
    const { form, input } = searchForm(t, 'search-dialog-input');
    const area = resultsArea(t, 'h3');
    const close = el('button', { type: 'button', class: 'search-close', 'aria-label': t('search.close') }, '×');
    const panel = el(
      'div',
      { class: 'search-panel' },
      el('div', { class: 'search-head' }, el('h2', { id: 'search-dialog-title' }, t('search.title')), close),
      form,
      // Only where a keyboard is likely (styles.ts hides it on touch screens); Mac keyboards say ⌘.
      el('p', { class: 'search-hint' }, t(/Mac|iPhone|iPad/.test(navigator.platform) ? 'search.shortcutMac' : 'search.shortcut')),
      ...area.nodes,
    );
    dialog = el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' }, panel);
    close.addEventListener('click', () => dialog?.close());
    // Escape closes the dialog even from a search box with text in it (where
    // the browser's own Escape would only clear the box).
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog?.close();
      }
    });
    // A click on the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog?.close();
    });
    dialog.addEventListener('close', () => {
      if (opener instanceof HTMLElement) opener.focus();
    });
    document.body.append(dialog);
    connect({ input, ...area }, locale, t);
  }
  if (!dialog.open) {
    opener = document.activeElement;
    dialog.showModal();
  }
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}

/**
 * Turns the search page's static form into live search, starting from `?q=`
 * and `?topic=` (a topic's slug, as in its page's URL, or its name).
 */
export async function mountSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  addStyles();
  const locale = pageLocale();
  const t = useSearchTranslations(locale);
  root.querySelector('.search-needs-js')?.remove();
  const params = new URLSearchParams(location.search);
  const { form, input } = searchForm(t, 'search-page-input', params.get('q') ?? '');
  const topic = el('select', { id: 'search-page-topic', name: 'topic' }, el('option', { value: '' }, t('search.allTopics')));
  form.append(el('label', { for: 'search-page-topic' }, t('search.topic')), topic);
  const area = resultsArea(t, 'h2');
  root.querySelector('form')?.replaceWith(form);
  root.append(...area.nodes);
  /** `url` with each of `params` set, or dropped where it is empty. */
  const withParams = (url: URL, params: Record<string, string>) => {
    for (const [name, value] of Object.entries(params)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    return url;
  };
  const sync = (q: string) => {
    history.replaceState(null, '', withParams(new URL(location.href), { q, topic: topic.value }));
    // The language switch opens the other edition's search on the same words and topic (its slug is the same there).
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
      const other = withParams(new URL(link.href), { q, topic: topic.value });
      link.setAttribute('href', `${other.pathname}${other.search}${other.hash}`);
    }
  };
  // The index filters by a topic's name; the option's value is its slug, where the site knows one.
  const rerun = connect({ input, ...area }, locale, t, sync, () => (topic.value ? { topic: topic.selectedOptions[0]?.textContent ?? '' } : {}));
  topic.addEventListener('change', () => void rerun());
  input.focus();
  // Topics come from the index; a failure to load it is reported by the search itself.
  const names: string[] = await pagefindFor(locale)
    .then((pagefind) => pagefind.filters())
    .then((all) => Object.keys(all['topic'] ?? {}).sort((a, b) => a.localeCompare(b, locales[locale].intl)))
    .catch(() => []);
  const slugs = new Map((JSON.parse(root.dataset['topics'] ?? '[]') as [string, string][]).map(([slug, name]) => [name, slug]));
  topic.append(...names.map((name) => el('option', { value: slugs.get(name) ?? name }, name)));
  const wanted = params.get('topic') ?? '';
  topic.value = [...topic.options].find((option) => option.value === wanted || option.textContent === wanted)?.value ?? '';
  if (input.value) void rerun();
}

/**
 * Marks the `?highlight=` terms in the article, as a reader lands from a
 * result, and takes `highlight` out of the address (a link copied or a
 * reload then shows the page plain). Before the block of the first match, a
 * note says so with a button that clears the marks; Escape clears them too.
 */
export function highlightFromUrl(): void {
  const terms = (new URLSearchParams(location.search).get('highlight') ?? '').split(' ');
  const pattern = highlightPattern(terms);
  const root = document.querySelector('.prose');
  if (!pattern || !root) return;
  addStyles();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const pieces = splitAtMatches(node.data, pattern, (_, matched) => el('mark', { class: 'search-hit' }, matched));
    if (!wrapsAny(pieces)) continue;
    first ??= pieces.find((piece) => typeof piece !== 'string');
    const fragment = document.createDocumentFragment();
    fragment.append(...pieces);
    node.replaceWith(fragment);
  }
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
  if (!first) return;
  const hit: HTMLElement = first;
  const t = useSearchTranslations(pageLocale());
  const clear = el('button', { type: 'button', class: 'button search-clear' }, t('search.clearHighlights'));
  const note = el('p', { class: 'search-hits-note', 'data-pagefind-ignore': '' }, t('search.highlighted'), ' ', clear);
  const block = [...root.children].find((child) => child.contains(hit)) ?? root.firstElementChild;
  root.insertBefore(note, block ?? null);
  const unmark = () => {
    for (const mark of root.querySelectorAll('mark.search-hit')) {
      const parent = mark.parentNode;
      mark.replaceWith(mark.textContent ?? '');
      parent?.normalize();
    }
    note.remove();
    removeEventListener('keydown', onEscape);
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !document.querySelector('dialog[open]')) unmark();
  };
  clear.addEventListener('click', () => {
    // Focus would be lost with the button: it goes to the block the note stood before.
    const next = note.nextElementSibling as HTMLElement | null;
    unmark();
    next?.setAttribute('tabindex', '-1');
    next?.focus({ preventScroll: true });
  });
  addEventListener('keydown', onEscape);
  if (!location.hash) hit.scrollIntoView({ block: 'center' });
}
