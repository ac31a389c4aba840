import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { arabicSubsets, codePoints, CORE_RANGES, fontFaceCss, formatUnicodeRange, parseUnicodeRange } from './subsets';

const require = createRequire(import.meta.url);
const fontsourceArabicRange = () =>
  parseUnicodeRange((JSON.parse(readFileSync(require.resolve('@fontsource-variable/noto-naskh-arabic/unicode.json'), 'utf8')) as { arabic: string }).arabic);

describe('Arabic font subsets', () => {
  it('reads and writes CSS unicode-range values', () => {
    expect(parseUnicodeRange('U+0600-06FF, U+204F,u+1ee00-1EE03')).toEqual([
      [0x600, 0x6ff],
      [0x204f, 0x204f],
      [0x1ee00, 0x1ee03],
    ]);
    expect(formatUnicodeRange([[0x60c, 0x60c], [0x61f, 0x655], [0x1ee00, 0x1ee03]])).toBe('U+060C,U+061F-0655,U+1EE00-1EE03');
    expect(() => parseUnicodeRange('U+0600-06FF,0700')).toThrow('Not a unicode-range part: "0700"');
  });

  it('splits the whole range into a core and the rest, covering it exactly once', () => {
    const whole = fontsourceArabicRange();
    const [core, extended] = arabicSubsets(whole);
    const corePoints = codePoints(core!.ranges);
    const extendedPoints = codePoints(extended!.ranges);
    expect(corePoints.filter((p) => extendedPoints.includes(p))).toEqual([]);
    expect([...corePoints, ...extendedPoints].sort((a, b) => a - b)).toEqual(codePoints(whole));
  });

  it('keeps in the core everything Arabic prose and the site write, and leaves other languages’ letters out', () => {
    const core = new Set(codePoints(arabicSubsets(fontsourceArabicRange())[0]!.ranges));
    const prose = 'فرهاد علاء الدين، «الحشد الشعبي»؛ هل؟ ٢٠٢٠ ٪ إأآؤئءة ـ ًٌٍَُِّْ ٰ\u200c\u200d';
    expect([...prose].filter((c) => c !== ' ' && !core.has(c.codePointAt(0)!) && !'«»'.includes(c))).toEqual([]);
    // Persian and Kurdish letters (پ چ ژ گ ڤ ی) and presentation forms come from the extended subset.
    for (const c of 'پچژگڤی\uFEFB') expect(core.has(c.codePointAt(0)!), c).toBe(false);
  });

  it('refuses a core that reaches outside the font', () => {
    expect(() => arabicSubsets([[0x600, 0x6ff]], [...CORE_RANGES])).toThrow(/outside the font's range: U\+200C, U\+200D, U\+200E/);
  });

  it('declares one face per subset and weight, local names first, with its display and range, all weights of a subset in one file', () => {
    const css = fontFaceCss({
      family: 'Noto Naskh Arabic',
      weights: [400, 700],
      subsets: [
        { name: 'core', ranges: [[0x621, 0x64a]] },
        { name: 'extended', ranges: [[0x67e, 0x67e]] },
      ],
      local: (weight) => (weight === 400 ? ['Noto Naskh Arabic'] : []),
      display: (subset) => (subset === 'core' ? 'optional' : 'swap'),
      url: (file) => `./${file}`,
    });
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css).toContain(
      "font-weight: 400;\n  font-display: optional;\n  src: local('Noto Naskh Arabic'), url('./noto-naskh-arabic-core.woff2') format('woff2');\n  unicode-range: U+0621-064A;",
    );
    expect(css).toContain("font-weight: 700;\n  font-display: swap;\n  src: url('./noto-naskh-arabic-extended.woff2') format('woff2');\n  unicode-range: U+067E;");
  });
});
