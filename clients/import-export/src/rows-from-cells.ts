import path from 'node:path';
import {
  type FigureFileRow,
  type FileHeader,
  InvalidInputError,
  readFigureRow,
  readHeader,
  type RowProblem,
} from '@union/domain';
import { FileFormatError } from './file-format-error';

/** NUL or the replacement character in a header: the file is not UTF-8 text. */
const NOT_TEXT = (text: string) => text.includes('\u0000') || text.includes('\uFFFD');

/**
 * Reads a sheet's rows (CSV records, worksheet rows) as figure rows: the first is the
 * header, the rest are numbered from 2 as a spreadsheet shows them.
 */
export async function* rowsFromCells(
  records: AsyncIterable<readonly (string | null | undefined)[]>,
  file: string,
): AsyncGenerator<FigureFileRow | RowProblem> {
  const name = path.basename(file);
  let header: FileHeader | null = null;
  let row = 0;
  try {
    for await (const cells of records) {
      row += 1;
      if (header === null) {
        const texts = cells.map((cell) =>
          cell === null || cell === undefined ? '' : String(cell),
        );
        if (texts.some(NOT_TEXT)) {
          throw new FileFormatError(`${name}: not a UTF-8 text file of figures`);
        }
        try {
          header = readHeader(texts);
        } catch (error) {
          if (error instanceof InvalidInputError) {
            throw new FileFormatError(`${name}: row 1 (header): ${error.message}`);
          }
          throw error;
        }
        continue;
      }
      yield readFigureRow(header, cells, row);
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError(
      `${name}: cannot be read after row ${row}: ${(error as Error).message}`,
    );
  }
  if (header === null) throw new FileFormatError(`${name}: the file is empty`);
}
