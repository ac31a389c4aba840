import type { Locale } from './locales';
import { dateFormat, listFormat } from './intl';

/**
 * Publication dates are calendar days. Front matter's `2020-08-18` parses to
 * midnight UTC, so every formatter here reads the date in UTC: a reader's
 * time zone must not move Aug 18 to Aug 17.
 */

/** The day as `YYYY-MM-DD`, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The day written out for readers of `locale` ("Aug 18, 2020" / "18 آب/أغسطس 2020").
 * Arabic names the month as the briefs' text does, in both of its common
 * forms: the Levantine and Iraqi name, then the Egyptian and Gulf one
 * ("آب/أغسطس"), so byline and body agree.
 */
export function formatDate(date: Date, locale: Locale): string {
  const options = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
  const parts = dateFormat(locale, options).formatToParts(date);
  if (locale !== 'ar') return parts.map((part) => part.value).join('');
  return parts.map((part) => (part.type === 'month' ? arabicMonth(date) : part.value)).join('');
}

const levantineMonths = new Intl.DateTimeFormat('ar-IQ', { month: 'long', timeZone: 'UTC' });
const gulfMonths = new Intl.DateTimeFormat('ar-EG', { month: 'long', timeZone: 'UTC' });

/** "آب/أغسطس"; one name where both regions use the same. */
function arabicMonth(date: Date): string {
  const levantine = levantineMonths.format(date);
  const gulf = gulfMonths.format(date);
  return levantine === gulf ? gulf : `${levantine}/${gulf}`;
}

/**
 * Splits a conjunction list ("A, B and C" / "A وB وC") for `locale` into the
 * items' indexes and the literal text between them, so each item can be
 * rendered as a link.
 */
export function listParts(count: number, locale: Locale): ({ item: number } | { literal: string })[] {
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return listFormat(locale, { type: 'conjunction' })
    .formatToParts(placeholders)
    .map((part) => (part.type === 'element' ? { item: placeholders.indexOf(part.value) } : { literal: part.value }));
}
