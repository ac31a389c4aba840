/**
 * Dates as the publisher's pages print them, read into `YYYY-MM-DD`.
 *
 * English: "Aug 18, 2020", "August 18, 2020", "Sept 3, 2021".
 * Arabic: «١٨ آب/أغسطس ٢٠٢٠»: Arabic-Indic (or Western) digits, and the
 * month by its Levantine/Iraqi name, its Egyptian/Gulf name, or both paired
 * with a slash, in either order.
 */

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Each month's two Arabic names: Levantine/Iraqi, then Egyptian/Gulf. */
const ARABIC_MONTHS: readonly (readonly [string, string])[] = [
  ['كانون الثاني', 'يناير'],
  ['شباط', 'فبراير'],
  ['آذار', 'مارس'],
  ['نيسان', 'أبريل'],
  ['أيار', 'مايو'],
  ['حزيران', 'يونيو'],
  ['تموز', 'يوليو'],
  ['آب', 'أغسطس'],
  ['أيلول', 'سبتمبر'],
  ['تشرين الأول', 'أكتوبر'],
  ['تشرين الثاني', 'نوفمبر'],
  ['كانون الأول', 'ديسمبر'],
];

/** Alef forms and spacing folded, so «ابريل» and «أبريل», «كانون  الثاني» match. */
const foldArabic = (text: string) => text.replace(/[أإآ]/g, 'ا').replace(/\s+/g, ' ').trim();

/** Arabic-Indic and Extended Arabic-Indic digits to ASCII. */
export const westernDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90 % 10));

function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function arabicMonth(name: string): number | undefined {
  const parts = name.split('/').map(foldArabic).filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return undefined;
  const months = parts.map((part) => ARABIC_MONTHS.findIndex((names) => names.some((n) => foldArabic(n) === part)));
  if (months.some((m) => m < 0) || new Set(months).size !== 1) return undefined;
  return months[0]! + 1;
}

/**
 * Reads a printed date.
 * @returns the day as `YYYY-MM-DD`, or undefined if `text` is not a date in a
 *   known form (or names a day that does not exist).
 */
export function parsePageDate(text: string): string | undefined {
  const line = westernDigits(text.replace(/[*_]/g, '')).trim();
  const english = /^([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})$/.exec(line);
  if (english) {
    const name = english[1]!.toLowerCase();
    const month = ENGLISH_MONTHS.findIndex((m) => name.startsWith(m));
    const full = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month, 1))).toLowerCase();
    if (month < 0 || !(full.startsWith(name) || name === 'sept')) return undefined;
    return isoDay(Number(english[3]), month + 1, Number(english[2]));
  }
  const arabic = /^(\d{1,2})\s+([\u0600-\u06FF\s/]+?)\s+(\d{4})$/.exec(line);
  if (arabic) {
    const month = arabicMonth(arabic[2]!);
    if (month === undefined) return undefined;
    return isoDay(Number(arabic[3]), month, Number(arabic[1]));
  }
  return undefined;
}
