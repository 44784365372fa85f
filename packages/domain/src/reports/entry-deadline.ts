import { readPeriod } from '../period';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day of a period (UTC): 2022 → 2022-12-31; 2014-2019 → 2019-12-31. */
export function periodEndDate(period: string): string {
  const normalized = readPeriod(period);
  return `${normalized.slice(-4)}-12-31`;
}

/**
 * When entry for a period closes: `days` whole days after its last day, at midnight UTC.
 * With 90 days, 2022 closes at 2023-04-01T00:00:00Z, so 2023-03-31 is the last day of entry.
 * Null days: the period never closes (the deployment set no deadline).
 */
export function entryClosesAt(period: string, days: number | null): Date | null {
  if (days === null) return null;
  const end = Date.parse(`${periodEndDate(period)}T00:00:00.000Z`);
  return new Date(end + (days + 1) * DAY_MS);
}

/** Whether entry for a period has closed at `now`. */
export function isEntryClosed(period: string, days: number | null, now: Date): boolean {
  const closes = entryClosesAt(period, days);
  return closes !== null && now.getTime() >= closes.getTime();
}
