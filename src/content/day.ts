/**
 * Calendar days in content files: `published: 2021-03-04`, quoted or not.
 * Content YAML is read with the YAML 1.2 core schema, which leaves dates as
 * text, so an impossible day is seen as written instead of rolling over
 * (2021-02-30 would otherwise become March 2).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day `value` names, as midnight UTC, or why it names none. Accepts
 * `YYYY-MM-DD` text (quoted in YAML or not) and a `Date` at midnight UTC
 * (what a YAML 1.1 reader makes of an unquoted day).
 */
export function parseDay(value: unknown): { date: Date } | { error: string } {
  if (value instanceof Date) {
    return !Number.isNaN(value.getTime()) && value.getTime() % 86_400_000 === 0 ? { date: value } : { error: 'expected a date written YYYY-MM-DD, without a time' };
  }
  const match = typeof value === 'string' ? DAY.exec(value.trim()) : null;
  if (!match) return { error: `expected a date written YYYY-MM-DD, found ${JSON.stringify(value ?? null)}` };
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    const days = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
    const why = days === 0 ? `there is no month ${month}` : `${new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)))} has ${days} days`;
    return { error: `${match[0]} is not a day of the calendar (${why})` };
  }
  return { date };
}
