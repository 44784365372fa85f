import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@union/subgraph-kit';
import { createTestAuth, postGraphQL, type TestAuth } from '@union/subgraph-kit/testing';
import { type RunningGateway } from '@union/gateway';
import { IMPORT_COLUMNS, isRowProblem } from '@union/domain';
import { SaxesParser } from 'saxes';
import { createExportServer } from '../clients/import-export/src/export-download';
import { exportCommand } from '../clients/import-export/src/export-command';
import { importCommand } from '../clients/import-export/src/import-command';
import { readFigureFile } from '../clients/import-export/src/read-figure-file';
import { runImport } from '../clients/import-export/src/run-import';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * Import and export through the gateway, on both engines and both stores: the Chengdu 2013
 * sample (40 rows over the city and its 19 county-level units of 2013) goes in all or not
 * at all, comes back out as CSV, Excel and ADX, and each export re-imports as a no-op.
 */

const SAMPLE = path.join(REPO_ROOT, 'samples', 'chengdu-2013.csv');
const SAMPLE_LINES = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');

const CELL = `query($code: ID!) {
  city(code: "510100") {
    figure(metric: "rights_cases", period: "2013") {
      version reported { text } history { action reason by }
      districtsSum { reporting expected }
    }
  }
  district(code: $code) { figure(metric: "union_cadres_trained", period: "2013") { version reported { text } } }
}`;

/** The file's rows, on the columns an import writes, in file order. */
async function importColumns(file: string) {
  const rows = [];
  for await (const row of readFigureFile(file)) {
    if (isRowProblem(row)) throw new Error(`row ${row.row}: ${row.message}`);
    rows.push(Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, row[column]])));
  }
  return rows;
}

describe.each(['sqlite', 'postgresql'] as const)('import and export on %s', (store) => {
  describe.each(ENGINES)('through %s', (engine) => {
    let auth: TestAuth;
    let subgraphs: Subgraphs;
    let gateway: RunningGateway;
    let alice: string;
    let folder: string;

    const send = (query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<Record<string, any>>(gateway.url, query, variables, token); // eslint-disable-line @typescript-eslint/no-explicit-any
    const cells = async (code = '510106') => (await send(CELL, { code })).data!;
    const importFile = (file: string, options: { dryRun?: boolean; token?: string } = {}) =>
      runImport({
        file,
        gateway: gateway.url,
        token: options.token ?? alice,
        dryRun: options.dryRun ?? false,
      });
    /** A copy of the sample with some lines replaced (line 1 is the header, as row 1). */
    const variant = (name: string, edit: (lines: string[]) => string[]) => {
      const file = path.join(folder, name);
      writeFileSync(file, edit([...SAMPLE_LINES]).join('\n') + '\n');
      return file;
    };
    const exported = async (format: string, name: string) => {
      const output = path.join(folder, name);
      const stderr: string[] = [];
      const code = await exportCommand(
        [
          ...['--root', '510100', '--period', '2013', '--format', format, '--output', output],
          ...['--metric', 'rights_cases,union_cadres_trained'],
        ],
        {
          stdout: process.stdout,
          stderr: { write: (t: string) => stderr.push(t) },
          env: { GATEWAY_URL: gateway.url },
        },
      );
      expect(code, stderr.join('')).toBe(0);
      return output;
    };

    beforeAll(async () => {
      auth = await createTestAuth();
      subgraphs = await startSubgraphs(store, auth.settings);
      gateway = await startGateway(engine, subgraphs);
      alice = await auth.token({
        sub: 'alice',
        name: 'Alice',
        roles: ['reporter'],
        units: ['510100'],
      });
      folder = mkdtempSync(path.join(tmpdir(), 'union-import-'));
    });

    afterAll(async () => {
      await gateway?.stop();
      await subgraphs?.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('a dry run reports every row it would create and writes nothing', async () => {
      const report = await importFile(SAMPLE, { dryRun: true });
      expect(report).toMatchObject({
        rows: 40,
        written: false,
        created: 40,
        changed: 0,
        unchanged: 0,
        problems: [],
        levels: ['CITY', 'DISTRICT'],
      });
      expect(report.changes[0]).toEqual({
        row: 2,
        code: '510100',
        metric: 'rights_cases',
        period: '2013',
        outcome: 'CREATED',
        oldText: null,
        newText: '1268件',
        version: 1,
      });
      const after = await cells();
      expect(after.city.figure).toMatchObject({ version: 0, reported: null, history: [] });
      expect(after.district.figure).toMatchObject({ version: 0, reported: null });
    });

    it('one bad row (an unknown metric in row 37) writes nothing and names row 37 and the column', async () => {
      const file = variant('bad-row-37.csv', (lines) => {
        lines[36] = lines[36]!.replace('union_cadres_trained', 'union_cadre_trained');
        return lines;
      });
      const report = await importFile(file);
      expect(report.written).toBe(false);
      expect(report.problems).toEqual([
        expect.objectContaining({ row: 37, column: 'metric', code: 'BAD_USER_INPUT' }),
      ]);
      expect(report.problems[0]!.message).toMatch(/union_cadre_trained/);
      expect((await cells()).city.figure.reported).toBeNull();
      let stdout = '';
      const code = await importCommand([file, '--gateway', gateway.url, '--token', alice], {
        stdout: { write: (t: string) => (stdout += t) } as never,
        stderr: process.stderr,
        env: {},
      });
      expect(code).toBe(1);
      expect(stdout).toMatch(/refused: nothing was written\n {2}row 37, metric: /);
    });

    it("a row outside the user's scope refuses the whole file, across levels", async () => {
      const file = variant('with-sichuan.csv', (lines) => [
        ...lines,
        '510000,rights_cases,2013,9000件,,,false,,',
      ]);
      const report = await importFile(file);
      expect(report.written).toBe(false);
      expect(report.problems).toEqual([
        expect.objectContaining({ row: 42, column: 'code', code: 'FORBIDDEN' }),
      ]);
      const jinniu = await auth.token({ sub: 'rita', roles: ['reporter'], units: ['510106'] });
      const narrow = await importFile(SAMPLE, { token: jinniu });
      expect(narrow.problems.map((p) => p.code)).toEqual(Array(38).fill('FORBIDDEN'));
      expect(narrow.problems.map((p) => p.row)).not.toContain(8);
      const after = await cells();
      expect(after.city.figure.reported).toBeNull();
      expect(after.district.figure.reported).toBeNull();
    });

    it('imports the sample, with IMPORTED history naming the file; a second import changes nothing', async () => {
      const report = await importFile(SAMPLE);
      expect(report).toMatchObject({ written: true, created: 40, changed: 0, problems: [] });
      const after = await cells();
      expect(after.city.figure).toMatchObject({
        version: 1,
        reported: { text: '1268件' },
        history: [{ action: 'IMPORTED', reason: 'imported from chengdu-2013.csv', by: 'alice' }],
        districtsSum: { reporting: 19, expected: 19 },
      });
      expect(after.district.figure).toMatchObject({ version: 1, reported: { text: '459人次' } });
      const again = await importFile(SAMPLE);
      expect(again).toMatchObject({ written: true, created: 0, changed: 0, unchanged: 40 });
      expect((await cells()).city.figure.version).toBe(1);
    });

    it('reports a change as old → new text and refuses a stale version', async () => {
      const changed = variant('changed.csv', (lines) => {
        lines[1] = lines[1]!.replace('1268件', '1270件');
        return lines;
      });
      const dry = await importFile(changed, { dryRun: true });
      expect(dry).toMatchObject({
        written: false,
        created: 0,
        changed: 1,
        unchanged: 39,
        problems: [],
      });
      expect(dry.changes[0]).toMatchObject({
        outcome: 'CHANGED',
        oldText: '1268件',
        newText: '1270件',
        version: 2,
      });
      const stale = variant('stale.csv', (lines) => [
        `${lines[0]},version`,
        `${lines[1]!.replace('1268件', '1270件')},7`,
      ]);
      const refused = await importFile(stale);
      expect(refused.problems).toEqual([
        expect.objectContaining({ row: 2, column: 'expectedVersion', code: 'CONFLICT' }),
      ]);
      expect((await cells()).city.figure).toMatchObject({
        version: 1,
        reported: { text: '1268件' },
      });
    });

    it('of two imports from the same version, exactly one is written', async () => {
      const from = (text: string, name: string) =>
        variant(name, (lines) => [
          `${lines[0]},version`,
          `${lines[3]!.replace(/,\d+件,/, `,${text},`)},1`,
        ]);
      const results = await Promise.all([
        importFile(from('40件', 'first.csv')),
        importFile(from('41件', 'second.csv')),
      ]).then(
        (reports) => reports.map((r) => r.written),
        (error: Error) => [error.message],
      );
      const written = results.filter((r) => r === true).length;
      expect(written).toBe(1);
      const cell = await send(
        '{ district(code: "510104") { figure(metric: "rights_cases", period: "2013") { version reported { text } } } }',
      );
      expect(cell.data!.district.figure.version).toBe(2);
      // Put it back for the round trips below.
      const back = variant('back.csv', (lines) => [`${lines[0]},version`, `${lines[3]},2`]);
      expect((await importFile(back)).written).toBe(true);
    });

    it('CSV → import → export: the same rows, and re-importing the export is a no-op', async () => {
      const csv = await exported('csv', 'export.csv');
      expect(await importColumns(csv)).toEqual(await importColumns(SAMPLE));
      expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(
        '\uFEFFcode,metric,period,text,reading,note,complete,document,quote,version,value,lower,upper,qualifier,unit',
      );
      expect(await importFile(csv)).toMatchObject({
        written: true,
        created: 0,
        changed: 0,
        unchanged: 40,
      });
    });

    it('Excel and ADX round trips', async () => {
      const xlsx = await exported('xlsx', 'export.xlsx');
      expect(await importColumns(xlsx)).toEqual(await importColumns(SAMPLE));
      expect(await importFile(xlsx)).toMatchObject({ written: true, unchanged: 40, problems: [] });
      const adx = await exported('adx', 'export.xml');
      expect(await importColumns(adx)).toEqual(await importColumns(SAMPLE));
      expect(await importFile(adx)).toMatchObject({ written: true, unchanged: 40, problems: [] });
      assertAdxStructure(readFileSync(adx, 'utf8'));
    });

    it('a malformed file gets a clear error', async () => {
      const binary = path.join(folder, 'binary.csv');
      writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x01]));
      await expect(importFile(binary)).rejects.toThrow(/binary.csv: not a UTF-8 text file/);
      const adx = readFileSync(await exported('adx', 'whole.xml'), 'utf8');
      const truncated = path.join(folder, 'truncated.xml');
      writeFileSync(truncated, adx.slice(0, adx.length / 2));
      await expect(importFile(truncated)).rejects.toThrow(/truncated.xml: not a readable ADX file/);
      const columns = variant('columns.csv', (lines) => [
        'code,metric,year,amount',
        ...lines.slice(1),
      ]);
      await expect(importFile(columns)).rejects.toThrow(
        /columns.csv: row 1 \(header\): unknown columns year, amount; missing period, text/,
      );
      let stderr = '';
      const code = await importCommand([truncated, '--gateway', gateway.url], {
        stdout: process.stdout,
        stderr: { write: (t: string) => (stderr += t) },
        env: {},
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^import: truncated.xml: not a readable ADX file/);
    });

    it('serves an export as an HTTP download', async () => {
      const server = createExportServer(gateway.url);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        const base = `http://127.0.0.1:${port}/export?root=510100&period=2013`;
        const csv = await fetch(`${base}&metric=rights_cases,union_cadres_trained`);
        expect(csv.status).toBe(200);
        expect(csv.headers.get('content-disposition')).toBe(
          'attachment; filename="510100-2013.csv"',
        );
        const file = path.join(folder, 'download.csv');
        writeFileSync(file, Buffer.from(await csv.arrayBuffer()));
        expect(await importColumns(file)).toEqual(await importColumns(SAMPLE));
        const xlsx = await fetch(`${base}&format=xlsx`);
        expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
        expect(
          Buffer.from(await xlsx.arrayBuffer())
            .subarray(0, 2)
            .toString(),
        ).toBe('PK');
        const bad = await fetch(`http://127.0.0.1:${port}/export?root=510100&period=13`);
        expect(bad.status).toBe(400);
        expect(((await bad.json()) as { error: string }).error).toMatch(/period/);
        expect((await fetch(`${base}&format=pdf`)).status).toBe(400);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('the mutation needs a token', async () => {
      const answer = await send(
        `mutation($input: FigureImportInput!) { importCityFigures(input: $input) { written } }`,
        { input: { fileName: 'x.csv', rows: [] } },
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});

/**
 * The structure the ADX schema (urn:ihe:qrph:adx:2015) requires of what we write: an adx root
 * with `exported`, groups with orgUnit, period (an ISO 8601 interval) and dataSet, dataValues
 * inside groups only, with a dataElement and a decimal value.
 */
function assertAdxStructure(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let values = 0;
  parser.on('opentag', (tag) => {
    const attr = (name: string) => tag.attributes[name]?.value;
    expect(tag.uri).toBe('urn:ihe:qrph:adx:2015');
    const parent = stack.at(-1) ?? null;
    if (tag.local === 'adx') {
      expect(parent).toBeNull();
      expect(attr('exported')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    } else if (tag.local === 'group') {
      expect(parent).toBe('adx');
      expect(attr('orgUnit')).toMatch(/^\d{6}$/);
      expect(attr('period')).toMatch(/^\d{4}-\d{2}-\d{2}\/P\d+Y$/);
      expect(attr('dataSet')).toBeTruthy();
    } else {
      expect(tag.local).toBe('dataValue');
      expect(parent).toBe('group');
      expect(attr('dataElement')).toMatch(/^[a-z_]+$/);
      expect(attr('value')).toMatch(/^-?\d+(\.\d+)?$/);
      values += 1;
    }
    stack.push(tag.local);
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  expect(values).toBe(40);
}
