import { InvalidInputError } from '../input-error';

/**
 * The row format of figure files (CSV, Excel): one row per unit, metric and period. The
 * first nine columns are what an import writes; an export adds the cell's version (read back
 * as the version the row expects, so a re-import of an export checks nobody wrote since) and
 * what the graph read from the text, which an import ignores.
 */
export const IMPORT_COLUMNS = [
  'code',
  'metric',
  'period',
  'text',
  'reading',
  'note',
  'complete',
  'document',
  'quote',
] as const;
export const VERSION_COLUMN = 'version';
export const DERIVED_COLUMNS = ['value', 'lower', 'upper', 'qualifier', 'unit', 'name'] as const;
export const EXPORT_COLUMNS = [
  ...IMPORT_COLUMNS,
  VERSION_COLUMN,
  'value',
  'lower',
  'upper',
  'qualifier',
  'unit',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
type KnownColumn = ImportColumn | typeof VERSION_COLUMN | (typeof DERIVED_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['code', 'metric', 'period', 'text'];

/** Chinese headers a statistician's sheet may carry instead of the English ones. */
const ALIASES: Record<string, KnownColumn> = {
  代码: 'code',
  单位代码: 'code',
  指标: 'metric',
  期间: 'period',
  数值: 'text',
  读作: 'reading',
  备注: 'note',
  完整: 'complete',
  来源: 'document',
  引文: 'quote',
  版本: 'version',
  名称: 'name',
};

const KNOWN = new Set<string>([...IMPORT_COLUMNS, VERSION_COLUMN, ...DERIVED_COLUMNS]);

/** A file's header read: for each position, the column it holds, or null (ignored). */
export type FileHeader = readonly (KnownColumn | null)[];

/**
 * Reads a header row. A byte-order mark, surrounding spaces and case are tolerated; an
 * unknown, repeated or missing column is an error naming it, since a shifted column would
 * otherwise write numbers into the wrong metric.
 */
export function readHeader(cells: readonly string[]): FileHeader {
  const seen = new Set<string>();
  const unknown: string[] = [];
  const header = cells.map((cell, index) => {
    const raw = (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim();
    if (raw === '') return null;
    const name = ALIASES[raw] ?? raw.toLowerCase();
    if (!KNOWN.has(name)) {
      unknown.push(raw);
      return null;
    }
    if (seen.has(name)) throw new InvalidInputError('header', `the column ${name} appears twice`);
    seen.add(name);
    return name as KnownColumn;
  });
  const missing = REQUIRED.filter((column) => !seen.has(column));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      unknown.length > 0
        ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`
        : '',
      missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    ].filter(Boolean);
    throw new InvalidInputError(
      'header',
      `${parts.join('; ')}: the columns are ${IMPORT_COLUMNS.join(', ')} (and optionally version)`,
    );
  }
  return header;
}

/** One row of a file as an import sends it. */
export interface FigureFileRow {
  /** The row's number in the file, the header being row 1 (as a spreadsheet shows it). */
  row: number;
  code: string;
  metric: string;
  period: string;
  text: string;
  reading: string | null;
  note: string | null;
  complete: boolean | null;
  document: string | null;
  quote: string | null;
  expectedVersion: number | null;
}

/** A row the file format itself rejects, before any server sees it. */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

const TRUE = new Set(['true', 'yes', '1', '是']);
const FALSE = new Set(['false', 'no', '0', '否', '']);

/** Reads one data row by its header; a value the format cannot hold is a problem. */
export function readFigureRow(
  header: FileHeader,
  cells: readonly (string | null | undefined)[],
  row: number,
): FigureFileRow | RowProblem {
  const value = (column: KnownColumn): string | null => {
    const index = header.indexOf(column);
    const cell = index < 0 ? undefined : cells[index];
    const text = cell === null || cell === undefined ? '' : String(cell).trim();
    return text === '' ? null : text;
  };
  for (const column of REQUIRED) {
    if (value(column) === null) return { row, column, message: `${column} is empty` };
  }
  const complete = (value('complete') ?? '').toLowerCase();
  if (!TRUE.has(complete) && !FALSE.has(complete)) {
    return { row, column: 'complete', message: `complete is true or false, got "${complete}"` };
  }
  const version = value(VERSION_COLUMN);
  if (version !== null && !/^\d+$/.test(version)) {
    return { row, column: VERSION_COLUMN, message: `version is a whole number, got "${version}"` };
  }
  return {
    row,
    code: value('code')!,
    metric: value('metric')!,
    period: value('period')!,
    text: value('text')!,
    reading: value('reading'),
    note: value('note'),
    complete: complete === '' ? null : TRUE.has(complete),
    document: value('document'),
    quote: value('quote'),
    expectedVersion: version === null ? null : Number(version),
  };
}

/** True for a row problem, false for a row ready to send. */
export function isRowProblem(row: FigureFileRow | RowProblem): row is RowProblem {
  return 'message' in row;
}
