import { locales, type Locale } from './locales';
import { numberFormat } from './intl';

/** Words in Markdown or HTML text, markup aside. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|~-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read `words` words at the locale's reading speed; at least 1. */
export function readingMinutes(words: number, locale: Locale): number {
  return Math.max(1, Math.round(words / locales[locale].wordsPerMinute));
}

/** "6 minutes" / "6 دقائق", with the language's own plural forms. */
export function formatMinutes(minutes: number, locale: Locale): string {
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
