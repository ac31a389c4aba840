/** The part of Citation.js the citation tests use; its packages ship no types. */
declare module '@citation-js/core' {
  /** A CSL-JSON name. */
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  /** A CSL-JSON item, as far as the tests read it. */
  export interface CslItem {
    type: string;
    title?: string;
    'original-title'?: string;
    author?: CslName[];
    translator?: CslName[];
    publisher?: string;
    URL?: string;
    note?: string;
    language?: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: string, options?: { forceType?: string });
    data: CslItem[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
