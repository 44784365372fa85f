import { type FigureFileRow, type RowProblem } from '@union/domain';
import { fileKindOf } from './figure-file-kind';
import { readAdx } from './read-adx';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

/** Streams a figure file's rows, whichever of the formats its name says it is. */
export function readFigureFile(file: string): AsyncGenerator<FigureFileRow | RowProblem> {
  const kind = fileKindOf(file);
  if (kind === 'csv') return readCsv(file);
  if (kind === 'xlsx') return readXlsx(file);
  return readAdx(file);
}
