/**
 * Writes a synthetic library for scale benchmarks: `count` bilingual briefs
 * shaped like the real one (21 paragraphs under the same outline, about
 * 1,400 words in English), written by 40 authors (the first of them,
 * `PROLIFIC_AUTHOR`, on every other brief, so an author's list paginates), filed under the real
 * topics, recommending the real items. Words come from the real brief's two
 * editions mixed with made-up words, so the index sees a large, varied
 * vocabulary as a real library's would. Each brief uses the real brief's
 * most frequent words (its function words: "the", «في») and a share of
 * the others (`topicalShare`, about one in seven by default), as briefs on
 * different subjects do: "PMF" is in about one brief in seven, not in every
 * one. `topicalShare: 1` gives every brief all of the real brief's words.
 * Deterministic for a given count and share.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textVersion } from '../content/versions.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const REAL = join(ROOT, 'content');
const OUTLINE = [7, '##', 1, '###', 3, '###', 7, '##', 3] as const;
const TOPICS = ['iraq', 'iran', 'us-policy', 'military-security', 'energy-economics'];
/** The author who writes every other brief (and some others by chance). */
export const PROLIFIC_AUTHOR = 'author-1';
/** Share of the real brief's less frequent words each synthetic brief uses. */
export const DEFAULT_TOPICAL_SHARE = 0.15;
/** Words of the real brief, by frequency, that every brief uses. */
const COMMON_WORDS = 20;
const RECOMMENDED = ['iran-takes-next-steps-rocket-technology', 'saudi-arabia-adjusts-its-history-diminishing-role-wahhabism', 'podcast-breaking-hezbollahs-golden-rule'];

/** A small seeded PRNG (mulberry32): the same library for the same count. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bodyWords(file: string): string[] {
  const body = readFileSync(file, 'utf8').split('---').slice(2).join('---');
  return body.replace(/[#*«»“”"()]/g, ' ').split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
}

/** The real brief's words in one language: all of them in order, and the most frequent. */
function vocabulary(tokens: string[]) {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const common = new Set([...counts].sort((a, b) => b[1] - a[1]).slice(0, COMMON_WORDS).map(([word]) => word));
  return { tokens, common, distinct: [...counts.keys()] };
}

/** One brief's words: the common ones and a `share` of the others, each as often as the real brief uses it. */
function briefWords({ tokens, common, distinct }: ReturnType<typeof vocabulary>, share: number, rand: () => number): string[] {
  if (share >= 1) return tokens;
  const chosen = new Set(distinct.filter((word) => common.has(word) || rand() < share));
  return tokens.filter((token) => chosen.has(token));
}

export function writeSyntheticLibrary(dir: string, count: number, { topicalShare = DEFAULT_TOPICAL_SHARE }: { topicalShare?: number } = {}): void {
  const rand = random(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const real = {
    en: vocabulary(bodyWords(join(REAL, 'briefs/iraq-us-strategic-dialogue/en.md'))),
    ar: vocabulary(bodyWords(join(REAL, 'briefs/iraq-us-strategic-dialogue/ar.md'))),
  };
  // The words of the brief being written (authors' pages use all of them).
  const words = { en: real.en.tokens, ar: real.ar.tokens };
  const syllables = { en: ['ka', 'ri', 'mon', 'tel', 'sha', 'vor', 'din', 'lu', 'pra', 'zet', 'ob', 'ner'], ar: ['كا', 'ري', 'مو', 'تل', 'شا', 'فو', 'دين', 'لو', 'برا', 'زت', 'عب', 'نر'] };
  const made = (locale: 'en' | 'ar') => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syllables[locale])).join('');
  const word = (locale: 'en' | 'ar') => (rand() < 0.08 ? made(locale) : pick(words[locale]));
  const sentence = (locale: 'en' | 'ar', length: number) => {
    const text = Array.from({ length }, () => word(locale)).join(' ');
    return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) + '.' : `${text}.`;
  };
  const paragraph = (locale: 'en' | 'ar') => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(locale, 12 + Math.floor(rand() * 14))).join(' ');

  mkdirSync(dir, { recursive: true });
  for (const file of ['publishers.yaml', 'recommended.yaml', 'glossary.yaml', 'topics.yaml']) cpSync(join(REAL, file), join(dir, file));
  const authors = Array.from({ length: 40 }, (_, i) => `author-${i + 1}`);
  for (const [i, slug] of authors.entries()) {
    mkdirSync(join(dir, 'authors', slug), { recursive: true });
    writeFileSync(join(dir, 'authors', slug, 'en.md'), `---\nname: "Author ${i + 1} ${made('en')}"\n---\n\n${paragraph('en')}\n`);
    writeFileSync(join(dir, 'authors', slug, 'ar.md'), `---\nname: "الكاتب ${made('ar')} ${i + 1}"\nfamily: "${i + 1}"\n---\n\n${paragraph('ar')}\n`);
  }
  for (let n = 1; n <= count; n++) {
    const slug = `brief-${String(n).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(rand() * 5800) * 86_400_000).toISOString().slice(0, 10);
    const author = pick(authors);
    const shared = [
      `type: ${rand() < 0.8 ? 'brief-analysis' : 'articles-testimony'}`,
      `published: ${day}`,
      `authors: [${n % 2 === 0 ? PROLIFIC_AUTHOR : author}]`,
      // Every brief is on Iraq (the library's focus), and on some other topics.
      `topics: [${['iraq', ...TOPICS.slice(1).filter(() => rand() < 0.4)].join(', ')}]`,
      `recommended: [${pick(RECOMMENDED)}]`,
      'source:',
      '  publisher: washington-institute',
      `  url: https://www.washingtoninstitute.org/policy-analysis/${slug}`,
    ].join('\n');
    mkdirSync(join(dir, 'briefs', slug), { recursive: true });
    let original = '';
    for (const locale of ['en', 'ar'] as const) {
      words[locale] = briefWords(real[locale], topicalShare, rand);
      const blocks = OUTLINE.flatMap((part) =>
        typeof part === 'number' ? Array.from({ length: part }, () => paragraph(locale)) : [`${part} ${sentence(locale, 4).slice(0, -1)}`],
      );
      const title = sentence(locale, 8).slice(0, -1);
      const body = blocks.join('\n\n');
      // The Arabic edition is the site's translation of the English one as it is.
      const translation = locale === 'ar' ? ['translatedFrom: en', `originalVersion: "${original}"`] : [];
      if (locale === 'en') original = textVersion(title, body);
      const front = [`title: "${title}"`, `summary: "${sentence(locale, 20)}"`, shared, ...translation];
      writeFileSync(join(dir, 'briefs', slug, `${locale}.md`), `---\n${front.join('\n')}\n---\n\n${body}\n`);
    }
  }
}
