import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFigureFile } from '../src/read-figure-file';

const folder = mkdtempSync(path.join(tmpdir(), 'union-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function read(name: string, content: string | Buffer) {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  const rows = [];
  for await (const row of readFigureFile(file)) rows.push(row);
  return rows;
}

describe('reading figure files', () => {
  it('reads a CSV with a BOM, Chinese headers and a quoted note over two lines', async () => {
    const rows = await read(
      'zh.csv',
      '\uFEFF代码,指标,期间,数值,备注\r\n510106,members,2013,181386名,"目前,\n截至"\r\n',
    );
    expect(rows).toEqual([
      expect.objectContaining({ row: 2, code: '510106', text: '181386名', note: '目前,\n截至' }),
    ]);
  });

  it('reports a row the format cannot hold by row and column, and reads on', async () => {
    const rows = await read(
      'gap.csv',
      'code,metric,period,text\n510106,members,2013,\n510104,members,2013,144959人\n',
    );
    expect(rows).toEqual([
      { row: 2, column: 'text', message: 'text is empty' },
      expect.objectContaining({ row: 3, code: '510104' }),
    ]);
  });

  it('refuses an ADX group whose period is not whole years, for each of its values', async () => {
    const rows = await read(
      'q.xml',
      '<adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="510106" period="2013-04-01/P3M" dataSet="X">' +
        '<dataValue dataElement="members" value="1"/></group></adx>',
    );
    expect(rows).toEqual([expect.objectContaining({ row: 1, column: 'period' })]);
  });

  it('names what it cannot read', async () => {
    await expect(read('figures.pdf', 'x')).rejects.toThrow(/a figure file is .csv, .xlsx or ADX/);
    await expect(read('empty.csv', '')).rejects.toThrow(/empty.csv: the file is empty/);
    await expect(read('not-zip.xlsx', 'code,metric\n')).rejects.toThrow(/not-zip.xlsx/);
    await expect(read('other.xml', '<html></html>')).rejects.toThrow(/root element is not <adx/);
  });
});
