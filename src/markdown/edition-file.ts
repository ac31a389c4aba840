import type { VFile } from 'vfile';
import { isLocale, type Locale } from '../i18n/locales';

/** The locale of a Markdown edition, from its `<slug>/<locale>.md` file name. */
export function localeOfFile(file: VFile): Locale | undefined {
  const name = /([^/\\]+)\.md$/.exec(file.path ?? '')?.[1];
  return name !== undefined && isLocale(name) ? name : undefined;
}

/** Whether the file is a brief's edition (`briefs/<slug>/<locale>.md`), not an author page. */
export function isBriefFile(file: VFile): boolean {
  return /[/\\]briefs[/\\][^/\\]+[/\\][^/\\]+\.md$/.test(file.path ?? '');
}
