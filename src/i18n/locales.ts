/**
 * The one table of the site's languages. Every `lang`, `dir`, label and
 * `Intl` locale on the site comes from here.
 */
export const locales = {
  en: {
    /** BCP 47 tag written into `lang` attributes. */
    lang: 'en',
    /** Writing direction written into `dir` attributes. */
    dir: 'ltr',
    /** The language's name in its own script, for the language switch. */
    label: 'English',
    /** Locale handed to `Intl` formatters. */
    intl: 'en-US',
    /** Open Graph / Pagefind style region tag. */
    og: 'en_US',
    /** Typical silent-reading speed in words per minute, for reading times. */
    wordsPerMinute: 230,
    /**
     * The language's plural categories, as `Intl.PluralRules` selects them:
     * each count in the string tables has a form for every one (a test holds
     * this list to the runtime's rules).
     */
    plurals: ['one', 'other'],
  },
  ar: {
    lang: 'ar',
    dir: 'rtl',
    label: 'العربية',
    // Western digits, as Arabic-language news and policy sites print them, so
    // dates match the figures in the body text.
    intl: 'ar-u-nu-latn',
    og: 'ar_AR',
    // Arabic words carry clitics, so a text has fewer, longer words.
    wordsPerMinute: 180,
    plurals: ['zero', 'one', 'two', 'few', 'many', 'other'],
  },
} as const;

export type Locale = keyof typeof locales;
export type Direction = (typeof locales)[Locale]['dir'];

/** The locale served at the root of the site (no path prefix). */
export const defaultLocale: Locale = 'en';

/** All locales, default first: the order of language lists and alternates. */
export const localeCodes = Object.keys(locales) as Locale[];

/** Narrows an arbitrary string to a known locale code. */
export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}
