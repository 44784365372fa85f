import { InvalidInputError } from './input-error';

const YEAR = '(\\d{4})';
// A span may be written with an ASCII hyphen or an en dash (reports print both); the
// period is always given back with the hyphen, so cell keys agree across subgraphs.
const PERIOD = new RegExp(`^${YEAR}(?:\\s*[-–]\\s*${YEAR})?$`);
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

function invalidPeriod(field: string, text: string, why: string): InvalidInputError {
  return new InvalidInputError(field, `a period is YYYY or YYYY-YYYY (${why}), got "${text}"`);
}

const inRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/**
 * Reads a period: `YYYY` (a year; a stock as at its end) or `YYYY-YYYY` (a span; a flow
 * over it, a stock as at its end year), start before end, years 1949–2100. Runs for every
 * figure a report asks for, so it allocates nothing but its answer: no closure per call
 * (the bundle's kept names wrap each one, which cost 2% of a subgraph's CPU).
 */
export function readPeriod(text: string, field = 'period'): string {
  const match = PERIOD.exec(text.trim());
  if (!match) throw invalidPeriod(field, text, 'four-digit years');
  const start = Number(match[1]);
  const end = match[2] === undefined ? null : Number(match[2]);
  if (!inRange(start) || (end !== null && !inRange(end))) {
    throw invalidPeriod(field, text, `years ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
  if (end === null) return match[1]!;
  if (end <= start) throw invalidPeriod(field, text, 'a span starts before it ends');
  return `${start}-${end}`;
}

/** readPeriod for data files: the error names the figure rather than an argument. */
export function readPeriodOrThrow(text: string, where: string): string {
  try {
    return readPeriod(text);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/**
 * The year at whose end a period is measured: a year itself, a span's last year (`2014-2019`
 * → 2019). Rollups and audits use the division tree of that year-end.
 */
export function periodEndYear(period: string): number {
  const normalized = readPeriod(period);
  return Number(normalized.slice(-4));
}

/** Reads a year argument (`asOf`): a whole year in the range periods allow, 1949–2100. */
export function readYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new InvalidInputError(field, `a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`);
  }
  return year;
}
