import { describe, expect, it } from 'vitest';
import { parsePageDate, westernDigits } from './dates.ts';

describe('parsePageDate', () => {
  it.each([
    ['Aug 18, 2020', '2020-08-18'],
    ['August 18, 2020', '2020-08-18'],
    ['Sept 3, 2021', '2021-09-03'],
    ['Feb 9, 2022', '2022-02-09'],
    ['**Feb 9, 2022**', '2022-02-09'],
    ['١٨ آب/أغسطس ٢٠٢٠', '2020-08-18'],
    ['١٨ أغسطس/آب ٢٠٢٠', '2020-08-18'],
    ['9 شباط/فبراير 2022', '2022-02-09'],
    ['٣ كانون الثاني/يناير ٢٠٢١', '2021-01-03'],
    ['٣ تشرين الأول ٢٠٢١', '2021-10-03'],
    ['١ ابريل ٢٠٢١', '2021-04-01'],
  ])('reads %s as %s', (text, day) => {
    expect(parsePageDate(text)).toBe(day);
  });

  it.each(['Aug 32, 2020', 'Agu 18, 2020', 'Foo 18, 2020', '18 August 2020', '2020-08-18', '١٨ آب/سبتمبر ٢٠٢٠', '٣٠ شباط ٢٠٢١', 'by Someone'])(
    'rejects %s',
    (text) => {
      expect(parsePageDate(text)).toBeUndefined();
    },
  );

  it('turns both Arabic-Indic digit sets into ASCII', () => {
    expect(westernDigits('١٨ ۲۰۲۰')).toBe('18 2020');
  });
});
