import { citationPaths, citationRoute } from '../../../../citation/files';

/** `/briefs/<slug>/citation.bib` and `/ar/briefs/<slug>/citation.bib`: the brief's citation for reference managers. */
export const getStaticPaths = citationPaths;
export const GET = citationRoute('bib');
