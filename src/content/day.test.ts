import { describe, expect, it } from 'vitest';
import { parseDay } from './day';

describe('parseDay', () => {
  it.each([
    ['reads an unquoted day as YAML 1.2 leaves it, text', '2021-03-04', '2021-03-04'],
    ['reads a day written with quotes the same way', ' 2021-03-04 ', '2021-03-04'],
    ['accepts 29 February in a leap year', '2020-02-29', '2020-02-29'],
    ['accepts a date a YAML 1.1 reader made, at midnight UTC', new Date('2021-03-04'), '2021-03-04'],
  ])('%s', (_, value, iso) => {
    expect(parseDay(value)).toEqual({ date: new Date(`${iso}T00:00:00Z`) });
  });

  it.each([
    ['rejects 30 February, naming the month’s length', '2021-02-30', '2021-02-30 is not a day of the calendar (February 2021 has 28 days)'],
    ['rejects 29 February outside a leap year', '2021-02-29', '2021-02-29 is not a day of the calendar (February 2021 has 28 days)'],
    ['rejects a 31st in a 30-day month', '2021-04-31', '2021-04-31 is not a day of the calendar (April 2021 has 30 days)'],
    ['rejects month 13', '2021-13-01', '2021-13-01 is not a day of the calendar (there is no month 13)'],
    ['rejects day 0', '2021-03-00', '2021-03-00 is not a day of the calendar (March 2021 has 31 days)'],
    ['rejects words', 'March 4th', 'expected a date written YYYY-MM-DD, found "March 4th"'],
    ['rejects a day written the other way round', '04-03-2021', 'expected a date written YYYY-MM-DD, found "04-03-2021"'],
    ['rejects a missing value', undefined, 'expected a date written YYYY-MM-DD, found null'],
    ['rejects a time of day', new Date('2021-03-04T10:00:00Z'), 'expected a date written YYYY-MM-DD, without a time'],
  ])('%s', (_, value, error) => {
    expect(parseDay(value)).toEqual({ error });
  });
});
