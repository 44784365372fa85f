import { type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, periodToAdx } from '@union/domain';
import { ADX_DATA_SET, ADX_NAMESPACE, ADX_VALUE_ATTRIBUTES } from './adx';
import { type ExportRow } from './export-rows';
import { type FileKind } from './figure-file-kind';

/** A cell as the file holds it: blank for null. */
const cellOf = (row: ExportRow, column: (typeof EXPORT_COLUMNS)[number]) => {
  const value = row[column];
  return value === null ? '' : String(value);
};

/** The media type and file extension of each format, for downloads and --output. */
export const EXPORT_MEDIA: Record<FileKind, { type: string; extension: string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  adx: { type: 'application/adx+xml', extension: 'xml' },
  json: { type: 'application/json', extension: 'json' },
};

function finished(stream: Writable, end: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.once('finish', resolve);
    end();
  });
}

/** CSV with a BOM, so Excel opens it as UTF-8; csv-stringify quotes what needs it. */
async function writeCsv(rows: readonly ExportRow[], out: Writable): Promise<void> {
  out.write('\uFEFF');
  const csv = stringify({ header: true, columns: [...EXPORT_COLUMNS] });
  csv.pipe(out, { end: false });
  const done = new Promise<void>((resolve, reject) => {
    csv.once('end', resolve);
    csv.once('error', reject);
  });
  for (const row of rows) csv.write(EXPORT_COLUMNS.map((column) => cellOf(row, column)));
  csv.end();
  await done;
}

/** One worksheet, the columns of the CSV, written by exceljs's streaming writer. */
async function writeXlsx(rows: readonly ExportRow[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('figures');
  sheet.addRow([...EXPORT_COLUMNS]).commit();
  for (const row of rows) {
    // Text cells throughout, so 0510 or 1.50 come back as written.
    sheet.addRow(EXPORT_COLUMNS.map((column) => cellOf(row, column))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const escapeXml = (text: string) => text.replace(/[&<>"\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * ADX: one group per unit and period, one dataValue per metric with the numeric value (the
 * point the printed text stands for) and our own attributes for what ADX has no field for.
 */
async function writeAdx(rows: readonly ExportRow[], out: Writable): Promise<void> {
  out.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<adx xmlns="${ADX_NAMESPACE}" exported="${new Date().toISOString()}">\n`,
  );
  let group: string | null = null;
  for (const row of rows) {
    const key = `${row.code} ${row.period}`;
    if (key !== group) {
      if (group !== null) out.write('  </group>\n');
      out.write(
        `  <group orgUnit="${row.code}" period="${periodToAdx(row.period)}" dataSet="${ADX_DATA_SET}">\n`,
      );
      group = key;
    }
    const extra = ADX_VALUE_ATTRIBUTES.map((name) => [name, row[name]] as const)
      .filter(([, value]) => value !== null)
      .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
      .join('');
    out.write(`    <dataValue dataElement="${row.metric}" value="${row.value}"${extra}/>\n`);
  }
  if (group !== null) out.write('  </group>\n');
  await finished(out, () => out.end('</adx>\n'));
}

/** Writes the rows in a format to a stream and ends it. */
export async function writeExport(
  rows: readonly ExportRow[],
  format: FileKind,
  out: Writable,
): Promise<void> {
  if (format === 'csv') {
    await writeCsv(rows, out);
    await finished(out, () => out.end());
  } else if (format === 'xlsx') {
    await writeXlsx(rows, out);
  } else if (format === 'adx') {
    await writeAdx(rows, out);
  } else {
    await finished(out, () => out.end(JSON.stringify(rows, null, 2) + '\n'));
  }
}
