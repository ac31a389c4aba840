import { citationPaths, citationRoute } from '../../../../citation/files';

/** `/briefs/<slug>/citation.ris` and `/ar/briefs/<slug>/citation.ris`: the brief's citation for reference managers. */
export const getStaticPaths = citationPaths;
export const GET = citationRoute('ris');
