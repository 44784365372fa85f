import ExcelJS from 'exceljs';
import { type FigureFileRow, type RowProblem } from '@union/domain';
import { rowsFromCells } from './rows-from-cells';

/** A cell as text: numbers and dates as Excel shows them, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** Rows of the first worksheet, read by exceljs's streaming reader. */
async function* firstSheetRows(file: string): AsyncGenerator<string[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      // row.values is 1-based: index 0 is always empty.
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      yield values.map(cellText);
    }
    return;
  }
}

/** Streams an Excel workbook's first sheet as figure rows. */
export function readXlsx(file: string): AsyncGenerator<FigureFileRow | RowProblem> {
  return rowsFromCells(firstSheetRows(file), file);
}
