import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The level of the organisation a figure belongs to. */
export type SeedLevel = 'PROVINCE' | 'CITY' | 'DISTRICT';

export const SEED_LEVELS: readonly SeedLevel[] = ['PROVINCE', 'CITY', 'DISTRICT'];

/** One reported cell: (code, metric, period), as printed in a seed report. */
export interface SeedFigure {
  level: SeedLevel;
  /** 6-digit GB/T 2260 code. */
  code: string;
  name: string;
  metric: string;
  /** `YYYY` or `YYYY-YYYY` (docs/metrics-and-periods.md). */
  period: string;
  /** The figure exactly as printed; a substring of `quote`. */
  text: string;
  /** What the report meant where `text` is a typo; the parser reads this instead. */
  reading: string | null;
  /** The point value a careful reader takes from the figure, in the metric's base unit. */
  value: number;
  /** An exact substring of the seed document. */
  quote: string;
  /** True only where the report says the figure covers every unit (audit rule EQUALS). */
  complete: boolean;
  note: string | null;
}

/** The figures taken from one seed document. */
export interface SeedReport {
  /** The seed file's name, e.g. `002_de0d90078638c7b4.txt`. */
  document: string;
  title: string;
  /** `YYYY-MM-DD`, or null where the text does not give it. */
  published: string | null;
  about: string;
  figures: SeedFigure[];
}

export const SEED_DATA_DIR = fileURLToPath(new URL('../../data/figures/', import.meta.url));

/** Every seed report in `dir`, one per `.json` file, in file-name order. */
export function loadSeedDataset(dir: string = SEED_DATA_DIR): SeedReport[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new Error(`${name}: not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      return validateSeedReport(json, name);
    });
}

const REPORT_KEYS = ['document', 'title', 'published', 'about', 'figures'] as const;
const FIGURE_KEYS = [
  'level',
  'code',
  'name',
  'metric',
  'period',
  'text',
  'reading',
  'value',
  'quote',
  'complete',
  'note',
] as const;

const CODE = /^\d{6}$/;
const PERIOD = /^\d{4}(-\d{4})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const METRIC = /^[a-z][a-z0-9_]*$/;

/**
 * Checks the shape of one parsed seed file and returns it typed; throws an error naming the file,
 * the figure's index and the field for anything missing, mistyped or unknown.
 */
export function validateSeedReport(json: unknown, fileName: string): SeedReport {
  const fail = (where: string, problem: string): never => {
    throw new Error(`${fileName}: ${where}: ${problem}`);
  };
  if (!isRecord(json)) return fail('top level', `expected an object, got ${describe(json)}`);
  checkKeys(json, REPORT_KEYS, 'top level', fail);

  const report = {
    document: nonEmptyString(json, 'document', 'document', fail),
    title: nonEmptyString(json, 'title', 'title', fail),
    published: nullable(json, 'published', 'published', fail),
    about: nonEmptyString(json, 'about', 'about', fail),
  };
  if (report.published !== null && !DATE.test(report.published)) {
    fail('published', `expected YYYY-MM-DD or null, got "${report.published}"`);
  }
  if (!Array.isArray(json.figures)) {
    return fail('figures', `expected an array, got ${describe(json.figures)}`);
  }

  const figures = json.figures.map((item: unknown, index): SeedFigure => {
    const where = (field?: string) => `figures[${index}]${field === undefined ? '' : `.${field}`}`;
    if (!isRecord(item)) return fail(where(), `expected an object, got ${describe(item)}`);
    checkKeys(item, FIGURE_KEYS, where(), fail);
    const text = (field: string) => nonEmptyString(item, field, where(field), fail);

    const level = text('level');
    if (!(SEED_LEVELS as readonly string[]).includes(level)) {
      fail(where('level'), `expected one of ${SEED_LEVELS.join(', ')}, got "${level}"`);
    }
    const code = text('code');
    if (!CODE.test(code)) fail(where('code'), `expected 6 digits, got "${code}"`);
    const metric = text('metric');
    if (!METRIC.test(metric)) fail(where('metric'), `expected a snake_case code, got "${metric}"`);
    const period = text('period');
    if (!PERIOD.test(period)) fail(where('period'), `expected YYYY or YYYY-YYYY, got "${period}"`);
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) {
      fail(where('value'), `expected a finite number, got ${describe(item.value)}`);
    }
    if (typeof item.complete !== 'boolean') {
      fail(where('complete'), `expected a boolean, got ${describe(item.complete)}`);
    }
    return {
      level: level as SeedLevel,
      code,
      name: text('name'),
      metric,
      period,
      text: text('text'),
      reading: nullable(item, 'reading', where('reading'), fail),
      value: item.value as number,
      quote: text('quote'),
      complete: item.complete as boolean,
      note: nullable(item, 'note', where('note'), fail),
    };
  });

  return { ...report, figures };
}

type Fail = (where: string, problem: string) => never;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string "${value}"` : typeof value;
}

/** Unknown keys are rejected too: a misspelt optional field would otherwise pass as missing. */
function checkKeys(
  record: Record<string, unknown>,
  keys: readonly string[],
  where: string,
  fail: Fail,
): void {
  for (const key of keys) {
    if (!(key in record)) fail(where, `missing field "${key}"`);
  }
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) fail(where, `unknown field "${key}"`);
  }
}

function nonEmptyString(
  record: Record<string, unknown>,
  key: string,
  where: string,
  fail: Fail,
): string {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '') {
    return fail(where, `expected a non-empty string, got ${describe(value)}`);
  }
  return value;
}

function nullable(
  record: Record<string, unknown>,
  key: string,
  where: string,
  fail: Fail,
): string | null {
  const value = record[key];
  if (value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    return fail(where, `expected a non-empty string or null, got ${describe(value)}`);
  }
  return value;
}
