/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text, its words separated by single spaces. */
  content: string;
  /** Positions (in words of `content`) where the query matched. */
  locations: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindInstance {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  init(): Promise<void>;
  /** Adds the index at `path` to this instance's searches (the results come ranked together). */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}
