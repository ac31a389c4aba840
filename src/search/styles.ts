/**
 * Styles of the search dialog, results and landing highlights, served as
 * `/search.css` (src/pages/search.css.ts) and loaded only when search loads. Colours come from the site's tokens
 * (global.css); horizontal layout uses logical properties only.
 */
export const css = `
.search-dialog {
  inline-size: min(42rem, 100% - 1rem);
  max-block-size: min(40rem, 100dvh - 2rem);
  margin-block-start: 3rem;
  padding: 0;
  border: 1px solid var(--rule);
  border-radius: 0.5rem;
  background: var(--bg);
  color: var(--text);
  font-family: var(--font-ui);
}
.search-dialog::backdrop { background: rgb(0 0 0 / 0.45); }
.search-panel { padding: 1rem 1.25rem 1.25rem; }
.search-head { display: flex; align-items: center; justify-content: space-between; gap: 1rem; }
.search-head h2 { margin: 0; font-size: var(--step-1); }
.search-close {
  min-inline-size: 2.75rem; min-block-size: 2.75rem;
  border: 1px solid var(--rule); border-radius: 0.375rem;
  background: var(--surface); color: var(--text); font-size: 1.5rem; line-height: 1; cursor: pointer;
}
.search-form { display: grid; gap: 0.25rem; margin-block-start: 0.75rem; }
.search-form label { font-weight: 700; }
.search-form :is(input, select) {
  inline-size: 100%; min-block-size: 2.75rem; padding: 0.6rem 0.75rem;
  border: 2px solid var(--muted); border-radius: 0.375rem;
  background: var(--bg); color: var(--text); font: inherit;
}
.search-hint, .search-status { margin-block: 0.5rem; color: var(--muted); font-size: var(--step--1); }
.search-instead { color: var(--text); }
.search-closest { margin-block: 0.5rem; }
.search-closest a { font-weight: 600; }
.search-results { margin: 0; padding: 0; list-style: none; }
.search-result { padding-block: 0.75rem; border-block-end: 1px solid var(--rule); text-align: start; }
.search-result-title { font-weight: 700; }
.search-sections { margin: 0.25rem 0 0; padding-inline-start: 1rem; list-style: none; border-inline-start: 2px solid var(--rule); }
.search-sections li { margin-block: 0.4rem; }
.search-excerpt { margin: 0.2rem 0 0; font-size: var(--step--1); color: var(--text); }
.search-excerpt mark, .search-hit { background: #ffe58a; color: #1b1b1f; border-radius: 0.15em; }
.search-other { margin-block-start: 1rem; }
.search-other-title { margin: 0; font-size: var(--step-0); }
.search-page .search-form { max-inline-size: 36rem; }
.search-hits-note { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.25rem 0.75rem; background: var(--surface); font-family: var(--font-ui); font-size: var(--step--1); }
/* No keyboard to press the shortcut on a touch screen. */
@media (hover: none) and (pointer: coarse) { .search-hint { display: none; } }
@media (prefers-color-scheme: dark) {
  .search-excerpt mark, .search-hit { background: #6b5400; color: #fff; }
}
`;
