/**
 * The Arabic web font's subsets: pure code-point sets and the CSS that
 * declares them. The build (./index.ts) cuts each subset out of
 * @fontsource's variable Arabic file, one file per subset for every weight.
 *
 * `core` is the Arabic alphabet as Arabic prose uses it (letters, hamza
 * forms, tashkeel, Arabic-Indic digits, Arabic punctuation, the joiners and
 * direction marks): about a quarter of the @fontsource file, so it is the only
 * one an Arabic page preloads. `extended` is the rest of @fontsource's Arabic
 * range (letters of Persian, Urdu, Kurdish and other languages, presentation
 * forms, Quranic marks): a browser fetches it only for a page that has one of
 * those characters. Cutting keeps every OpenType layout feature of the kept
 * glyphs (hb-subset's closure), so joining forms, ligatures and mark
 * positioning shape as in the whole font.
 */

/** An inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** The Arabic alphabet as Arabic prose uses it; every range lies inside @fontsource's Arabic range. */
export const CORE_RANGES: readonly CodePointRange[] = [
  [0x060c, 0x060c], // ، comma
  [0x061b, 0x061c], // ؛ semicolon, Arabic letter mark
  [0x061f, 0x0655], // ؟, hamza, the letters, tatweel, tashkeel, maddah and hamza marks
  [0x0660, 0x066d], // Arabic-Indic digits, percent, decimal and thousands separators, star
  [0x0670, 0x0670], // superscript alef
  [0x200c, 0x200e], // zero-width non-joiner and joiner, left-to-right mark
];

/** A font subset: its name (in file names) and the code points it covers. */
export interface Subset {
  name: 'core' | 'extended';
  ranges: readonly CodePointRange[];
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/**
 * Parses a CSS `unicode-range` value ("U+0600-06FF,U+204F") into ranges.
 * @throws on a part that is not `U+hex` or `U+hex-hex`, naming it.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((part) => {
    const match = /^\s*U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!match) throw new Error(`Not a unicode-range part: "${part}"`);
    const first = parseInt(match[1]!, 16);
    return [first, match[2] ? parseInt(match[2], 16) : first] as const;
  });
}

/** Formats ranges as a CSS `unicode-range` value ("U+060C,U+061F-0655"). */
export function formatUnicodeRange(ranges: readonly CodePointRange[]): string {
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',');
}

/** Every code point in `ranges`, ascending, without repeats. */
export function codePoints(ranges: readonly CodePointRange[]): number[] {
  const points = new Set<number>();
  for (const [first, last] of ranges) for (let p = first; p <= last; p++) points.add(p);
  return [...points].sort((a, b) => a - b);
}

/** Sorted code points back into the fewest ranges. */
function toRanges(points: readonly number[]): CodePointRange[] {
  const ranges: [number, number][] = [];
  for (const p of points) {
    const last = ranges.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else ranges.push([p, p]);
  }
  return ranges;
}

/**
 * Splits the whole font's range into the `core` subset and the `extended`
 * rest; together they cover `whole` exactly, with no code point in both.
 * @throws if a core code point lies outside `whole` (the font has no glyph for it).
 */
export function arabicSubsets(whole: readonly CodePointRange[], core: readonly CodePointRange[] = CORE_RANGES): Subset[] {
  const all = new Set(codePoints(whole));
  const corePoints = codePoints(core);
  const outside = corePoints.filter((p) => !all.has(p));
  if (outside.length > 0) throw new Error(`Core Arabic subset reaches outside the font's range: ${outside.map((p) => `U+${hex(p)}`).join(', ')}`);
  const inCore = new Set(corePoints);
  return [
    { name: 'core', ranges: toRanges(corePoints) },
    { name: 'extended', ranges: toRanges([...all].filter((p) => !inCore.has(p)).sort((a, b) => a - b)) },
  ];
}

/** File name of one subset (a variable font: every weight is in it). */
export const subsetFileName = (family: string, subset: Subset['name']) => `${family.toLowerCase().replace(/\s+/g, '-')}-${subset}.woff2`;

export interface FontFaceOptions {
  family: string;
  weights: readonly number[];
  subsets: readonly Subset[];
  /** Local font names tried before the download, per weight (a reader who has the font installed fetches nothing). */
  local?: (weight: number) => readonly string[];
  /** `font-display` per subset. */
  display: (subset: Subset['name']) => 'optional' | 'swap' | 'fallback' | 'block' | 'auto';
  /** URL of a subset file, relative to the style sheet. */
  url: (file: string) => string;
}

/**
 * One `@font-face` rule per subset and weight. Every weight of a subset
 * names the same variable file, so a page fetches it once and the browser
 * sets its weight axis from `font-weight`; the rules differ in the local
 * fonts tried first, since an installed copy may come as one file per weight.
 */
export function fontFaceCss({ family, weights, subsets, local = () => [], display, url }: FontFaceOptions): string {
  const quote = (name: string) => `'${name.replace(/'/g, "\\'")}'`;
  return subsets
    .flatMap((subset) =>
      weights.map((weight) => {
        const sources = [...local(weight).map((name) => `local(${quote(name)})`), `url(${quote(url(subsetFileName(family, subset.name)))}) format('woff2')`];
        return [
          '@font-face {',
          `  font-family: ${quote(family)};`,
          '  font-style: normal;',
          `  font-weight: ${weight};`,
          `  font-display: ${display(subset.name)};`,
          `  src: ${sources.join(', ')};`,
          `  unicode-range: ${formatUnicodeRange(subset.ranges)};`,
          '}',
        ].join('\n');
      }),
    )
    .join('\n');
}

/** A font's vertical metrics, in em (its units per em = 1). */
export interface VerticalMetrics {
  ascent: number;
  /** Positive: the distance below the baseline. */
  descent: number;
  lineGap: number;
}

/**
 * Reads the vertical metrics browsers lay lines out with (the `hhea`
 * table's ascender, descender and line gap over `head`'s units per em) from
 * an uncompressed font (TrueType/OpenType, not WOFF2).
 * @throws if the font lacks either table.
 */
export function verticalMetrics(sfnt: Uint8Array): VerticalMetrics {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    tables.set(String.fromCharCode(...sfnt.subarray(record, record + 4)), view.getUint32(record + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error('Font has no head or hhea table: not an uncompressed TrueType/OpenType font');
  const em = view.getUint16(head + 18);
  return { ascent: view.getInt16(hhea + 4) / em, descent: -view.getInt16(hhea + 6) / em, lineGap: view.getInt16(hhea + 8) / em };
}

export interface FallbackFaceOptions {
  /** The fallback family's name, as the style sheets name it. */
  family: string;
  /** Installed fonts to use, in order of preference, per weight (full or PostScript names). */
  local: Readonly<Record<number, readonly string[]>>;
  /** The web font's vertical metrics, which the fallback takes on. */
  metrics: VerticalMetrics;
  /** The characters the fallback sets (the web font's), so other scripts keep their own family. */
  ranges: readonly CodePointRange[];
}

const percent = (em: number) => `${+(em * 100).toFixed(2)}%`;

/**
 * `@font-face` rules, one per weight, for a fallback built from installed
 * fonts and given the web font's ascent, descent and line gap: each line's
 * text sits where the web font's will, so the swap moves no baseline.
 */
export function fallbackFaceCss({ family, local, metrics, ranges }: FallbackFaceOptions): string {
  return Object.entries(local)
    .map(([weight, names]) =>
      [
        '@font-face {',
        `  font-family: '${family}';`,
        '  font-style: normal;',
        `  font-weight: ${weight};`,
        `  src: ${names.map((name) => `local('${name}')`).join(', ')};`,
        `  ascent-override: ${percent(metrics.ascent)};`,
        `  descent-override: ${percent(metrics.descent)};`,
        `  line-gap-override: ${percent(metrics.lineGap)};`,
        `  unicode-range: ${formatUnicodeRange(ranges)};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
