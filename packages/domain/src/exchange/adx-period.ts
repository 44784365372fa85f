import { InvalidInputError } from '../input-error';
import { readPeriod } from '../period';

/**
 * ADX writes periods as ISO 8601 intervals, a start date and a duration: the year 2013 is
 * `2013-01-01/P1Y`, the span 2014–2019 `2014-01-01/P6Y` (six calendar years).
 */
export function periodToAdx(period: string): string {
  const normalized = readPeriod(period);
  const start = Number(normalized.slice(0, 4));
  const end = Number(normalized.slice(-4));
  return `${start}-01-01/P${end - start + 1}Y`;
}

const ADX_PERIOD = /^(\d{4})-01-01\/P(\d+)Y$/;

/** Reads an ADX period back; only whole calendar years map to the graph's periods. */
export function periodFromAdx(text: string): string {
  const match = ADX_PERIOD.exec(text.trim());
  if (!match) {
    throw new InvalidInputError(
      'period',
      `an ADX period here is YYYY-01-01/PnY (whole calendar years), got "${text}"`,
    );
  }
  const start = Number(match[1]);
  const years = Number(match[2]);
  if (years < 1)
    throw new InvalidInputError('period', `a period lasts at least P1Y, got "${text}"`);
  return readPeriod(years === 1 ? String(start) : `${start}-${start + years - 1}`);
}
