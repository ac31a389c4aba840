import { vi } from 'vitest';

/**
 * Runs `body` with the process's time zone set to `zone`, on freshly imported
 * modules (`await import()` inside `body`): an `Intl.DateTimeFormat` resolves
 * the zone when it is made, so a formatter cached before the switch would
 * still answer in the old zone and hide a missing `timeZone` option.
 * Restores the zone afterwards.
 */
export async function inTimeZone<T>(zone: string, body: () => Promise<T>): Promise<T> {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  vi.resetModules();
  try {
    return await body();
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
    vi.resetModules();
  }
}

/** Zones where midnight UTC is still the day before (west) or already well into the day (east). */
export const TIME_ZONES = ['America/New_York', 'Pacific/Honolulu', 'Asia/Baghdad', 'Pacific/Kiritimati'];
