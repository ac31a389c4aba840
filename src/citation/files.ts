import type { APIRoute, GetStaticPaths } from 'astro';
import { briefCitationSource } from './source';
import { citationFormats, type CitationFormat } from './formats';
import { getLibrary, type Brief } from '../content/library';
import { briefView } from '../routing/brief-view';
import { briefEditionPaths } from '../routing/static-paths';

/** Site path of a brief edition's citation file, e.g. `/ar/briefs/x/citation.ris`. */
export const citationFilePath = (briefPath: string, file: CitationFormat) => `${briefPath}citation.${file}`;

/** `getStaticPaths` for the citation files: one per brief edition. */
export const citationPaths = briefEditionPaths satisfies GetStaticPaths;

/** The endpoint that writes a brief edition's citation `file` at build time. */
export function citationRoute(file: CitationFormat): APIRoute<{ brief: Brief }> {
  return async ({ props, site }) => {
    const { format, type } = citationFormats[file];
    const body = format(briefCitationSource(briefView(await getLibrary(), props.brief), site));
    return new Response(body, { headers: { 'Content-Type': type } });
  };
}
