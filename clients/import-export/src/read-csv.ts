import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { type FigureFileRow, type RowProblem } from '@union/domain';
import { rowsFromCells } from './rows-from-cells';

/** Streams a CSV file's rows (UTF-8, a BOM tolerated), one record at a time. */
export async function* readCsv(file: string): AsyncGenerator<FigureFileRow | RowProblem> {
  const records = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  yield* rowsFromCells(records as AsyncIterable<string[]>, file);
}
