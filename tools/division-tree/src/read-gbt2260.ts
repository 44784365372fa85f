import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed copy of the yescallop/areacodes files, the dated tree's only input. */
export const GBT2260_DIR = fileURLToPath(new URL('../data/gbt2260', import.meta.url));

/**
 * The years the dated tree covers: the lists start at the end of 1981, and the tree stops at
 * 2023, the year of the NBS tree the project ships, so the latest year of both is one tree.
 */
export const GBT2260_YEARS = { first: 1981, last: 2023 } as const;

/** Where the copied data came from; written into the generated file. */
export const GBT2260_SOURCE = {
  dataset: 'yescallop/areacodes',
  commit: 'eed219a',
  license: 'CC0-1.0',
  list: 'GB/T 2260 codes in use at the end of each year, county level and above',
  generator: 'tools/division-tree/src/generate-tree.ts',
} as const;

/** One line of a year's list: a code in use at the end of that year. */
export interface ListedCode {
  code: string;
  name: string;
}

/** One row of result.csv: a code under one name, and what became of it. */
export interface CodeHistoryRow {
  code: string;
  name: string;
  /** 在用 in use, 弃用 retired, 变更 the code went on under another name. */
  status: '在用' | '弃用' | '变更';
  /** First year-end in use. */
  start: number;
  /** First year-end no longer in use under this name; null while in use. */
  end: number | null;
  /** Where the area went when the code was retired (`510116`). */
  successors: string[];
  /** Parts of the area moved while the code went on (`510114[2005]`); not a succession. */
  transfers: { code: string; year: number }[];
}

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');
const LINE = /^(\d{6}) (\S.*)$/;

/** The codes in use at the end of `year`, as listed (`data/<year>.txt`, `code name` a line). */
export function readYearList(year: number, dir: string = GBT2260_DIR): ListedCode[] {
  const file = join(dir, 'data', `${year}.txt`);
  const lines = stripBom(readFileSync(file, 'utf8')).split(/\r?\n/);
  const seen = new Set<string>();
  const codes: ListedCode[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const match = LINE.exec(line);
    if (!match)
      throw new Error(`${file}:${index + 1}: expected "code name", got ${JSON.stringify(line)}`);
    const [, code, name] = match as unknown as [string, string, string];
    if (seen.has(code)) throw new Error(`${file}:${index + 1}: code ${code} listed twice`);
    seen.add(code);
    codes.push({ code, name: name.trim() });
  });
  if (codes.length === 0) throw new Error(`${file}: no codes`);
  return codes;
}

const HEADER = '代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码';
const NEW_CODE = /^(\d{6})(?:\[(\d{4})\])?$/;

/** Every row of result.csv; a malformed row is an error, since the dataset's format changed. */
export function readCodeHistory(dir: string = GBT2260_DIR): CodeHistoryRow[] {
  const file = join(dir, 'result.csv');
  const [header, ...lines] = stripBom(readFileSync(file, 'utf8')).split(/\r?\n/);
  if (header !== HEADER) throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const where = `${file}:${index + 2}`;
    const fields = line.split(',');
    if (fields.length !== 9) throw new Error(`${where}: expected 9 fields, got ${fields.length}`);
    const [code, , , name, , status, start, end, newCodes] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^\d{6}$/.test(code) || name === '') throw new Error(`${where}: malformed code or name`);
    if (status !== '在用' && status !== '弃用' && status !== '变更') {
      throw new Error(`${where}: unknown status ${status}`);
    }
    if (!/^\d{4}$/.test(start) || !/^(\d{4})?$/.test(end)) {
      throw new Error(`${where}: malformed years ${start}, ${end}`);
    }
    const row: CodeHistoryRow = {
      code,
      name,
      status,
      start: Number(start),
      end: end === '' ? null : Number(end),
      successors: [],
      transfers: [],
    };
    if ((row.end === null) !== (status === '在用')) {
      throw new Error(`${where}: a code is in use exactly when it has no end year`);
    }
    for (const entry of newCodes === '' ? [] : newCodes.split(';')) {
      const match = NEW_CODE.exec(entry);
      if (!match) throw new Error(`${where}: malformed new code ${JSON.stringify(entry)}`);
      if (match[2] === undefined) row.successors.push(match[1]!);
      else row.transfers.push({ code: match[1]!, year: Number(match[2]) });
    }
    return [row];
  });
}
