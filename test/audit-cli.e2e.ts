import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '@union/domain';
import { REPO_ROOT, SERVICES } from '@union/subgraph-kit';
import { type RunningGateway } from '@union/gateway';
import { CSV_COLUMNS } from '../clients/audit/src/format-csv';
import { buildSubtreeQuery } from '../clients/audit/src/subtree-query';
import { runAudit } from '../clients/audit/src/run-audit';
import {
  ENGINES,
  recordSubgraphCosts,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function audit(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runAudit(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  expect(quoted, 'an unterminated quoted field').toBe(false);
  expect(record.length + field.length, 'a last record without CRLF').toBe(0);
  return records;
}

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const CHENGDU_MEMBERS = ['--root', '510100', '--period', '2013', '--metric', 'members'];

const QINGYANG_MEMBERS_2013 = { code: '510105', metric: 'members', period: '2013' };

let subgraphs: Subgraphs;

function districtKnex() {
  return (subgraphs.servers.district.orm.orm.em as SqlEntityManager).getKnex();
}

async function insertInconsistentFigure(): Promise<void> {
  await districtKnex()('district_figures').insert({
    ...QINGYANG_MEMBERS_2013,
    text: '400万人',
    reading: null,
    value: 4_000_000,
    lower: 4_000_000,
    upper: 4_000_000,
    qualifier: 'ROUNDED',
    unit: '人',
    document: 'test',
    quote: 'test',
    note: null,
    complete: false,
  });
}

async function removeInconsistentFigure(): Promise<void> {
  await districtKnex()('district_figures').where(QINGYANG_MEMBERS_2013).delete();
}

beforeAll(async () => {
  subgraphs = await startSubgraphs();
});

afterAll(async () => {
  await subgraphs?.stop();
});

describe.each(ENGINES)('npm run audit through the %s gateway', (engine) => {
  let gateway: RunningGateway;
  const cli = (...argv: string[]) => audit(...argv, '--gateway', gateway.url);

  beforeAll(async () => {
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it("finds Chengdu's 2013 members consistent, naming the 17 districts of 2013 that did not report", async () => {
    const result = await cli(...CHENGDU_MEMBERS, '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout);
    expect(report.root).toEqual({ level: 'city', code: '510100', name: '成都市', cities: 0 });
    expect(report.summary).toEqual({
      counts: {
        INCONSISTENT: 0,
        INDETERMINATE: 0,
        CONSISTENT_APPROXIMATE: 0,
        CONSISTENT: 1,
        NOT_APPLICABLE: 0,
      },
      listed: 1,
      skipped: 0,
    });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      code: '510100',
      name: '成都市',
      metric: 'members',
      period: '2013',
      status: 'CONSISTENT',
      rule: 'AT_LEAST',
      gap: null,
      reported: { text: '329余万人', lower: 3290000, upper: 3300000 },
      children: {
        interval: { lower: 326345, upper: 326345 },
        reporting: 2,
        expected: 19,
        coverage: 2 / 19,
      },
    });
    const missing = finding.children.missing.map((unit: { name: string }) => unit.name);
    expect(missing).toHaveLength(17);
    expect(missing).toContain('青羊区');
    expect(missing).not.toContain('金牛区');
    // Named as they were at the end of 2013: the counties that are districts today.
    expect(missing).toEqual(expect.arrayContaining(['双流县', '郫县', '新津县']));
    expect(missing).not.toContain('双流区');
  });

  it('audits Sichuan and its cities for every metric as readable text', async () => {
    const result = await cli('--root', '510000', '--period', '2013');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^Audit of 四川省 510000 and its 21 cities, period 2013, all \d+ metrics/,
    );
    expect(result.stdout).toContain('成都市 510100  members  2013');
    expect(result.stdout).toMatch(/Summary: \d+ findings: 0 INCONSISTENT, .*blank cells skipped/);
  });

  it('writes CSV that parses back to a header and one record per finding', async () => {
    const args = ['--root', '510000', '--period', '2013'];
    const [csv, json] = await Promise.all([
      cli(...args, '--format', 'csv'),
      cli(...args, '--format', 'json'),
    ]);
    expect(csv.code).toBe(0);
    const findings = JSON.parse(json.stdout).findings;
    const [header, ...records] = parseCsv(csv.stdout);
    expect(header).toEqual(CSV_COLUMNS);
    expect(records).toHaveLength(findings.length);
    for (const [index, record] of records.entries()) {
      expect(record).toHaveLength(CSV_COLUMNS.length);
      const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, record[i]]));
      expect(row).toMatchObject({
        status: findings[index].status,
        code: findings[index].code,
        metric: findings[index].metric,
        explanation: findings[index].explanation,
        missing: findings[index].children.missing.map((u: { name: string }) => u.name).join(';'),
      });
    }
  });

  it('writes a markdown table under a summary of the counts', async () => {
    const result = await cli('--root', '510000', '--period', '2013', '--format', 'markdown');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# Audit: 四川省 510000 and its 21 cities, period 2013, all 31 metrics');
    expect(lines).toContain(
      "| Status | Unit | Metric | Period | Rule | Gap | Reported | Children's sum | Coverage | Missing | Explanation |",
    );
    expect(result.stdout).toContain('| CONSISTENT | 成都市 510100 | members | 2013 | AT_LEAST |');
  });

  describe('with a district figure larger than its city allows', () => {
    beforeAll(insertInconsistentFigure);
    afterAll(removeInconsistentFigure);

    it('finds Chengdu INCONSISTENT by the exact gap, lists it first and exits 1', async () => {
      const result = await cli('--root', '510000', '--period', '2013', '--format', 'json');
      expect(result).toMatchObject({ code: 1, stderr: '' });
      const report = JSON.parse(result.stdout);
      expect(report.summary.counts.INCONSISTENT).toBe(1);
      expect(report.findings[0]).toMatchObject({
        code: '510100',
        metric: 'members',
        status: 'INCONSISTENT',
        rule: 'AT_LEAST',
        // 锦江区 144,959 + 金牛区 181,386 + the exact 4,000,000 = 4,326,345 at the children's
        // lowest, against the 3,300,000 that 329余万 allows at most.
        gap: 1_026_345,
        children: { interval: { lower: 4326345, upper: 4326345 }, reporting: 3, expected: 19 },
      });
    });
  });

  it('asks only the root field the code suggests: a city root costs no province request', async () => {
    const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
      cli(...CHENGDU_MEMBERS, '--format', 'json'),
    );
    expect(result.code).toBe(0);
    // city(code) with its cells, then the districts' rollups and names; nothing asks the
    // province subgraph whether 510100 is a province.
    expect(statementsPerFetch.province).toEqual([]);
    expect(statementsPerFetch.city.length).toBeGreaterThan(0);
  });

  it('asks each city cell of a province root once, with what its audit requires', async () => {
    const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
      cli('--root', '510000', '--period', '2013', '--format', 'json'),
    );
    expect(result.stderr).toBe('');
    // The province's cells; the cities' cells, then citiesSum; the districts' names and the
    // cities' audits, then the province's audit (Apollo asks the names on their own). Asked
    // as province { cities }, Hive made six: every city cell fetched a second time for what
    // its audit @requires, and the names asked on their own.
    expect(Object.fromEntries(SERVICES.map((s) => [s, statementsPerFetch[s].length]))).toEqual({
      province: 1,
      city: 2,
      district: engine === 'hive' ? 2 : 3,
    });
  });

  it('audits every metric in one request: the subtree answer names the catalog', async () => {
    const one = await recordSubgraphCosts(subgraphs, () =>
      cli('--root', '510000', '--period', '2013', '--metric', 'members', '--format', 'json'),
    );
    const every = await recordSubgraphCosts(subgraphs, () =>
      cli('--root', '510000', '--period', '2013', '--format', 'json'),
    );
    expect(every.result.stderr).toBe('');
    const report = JSON.parse(every.result.stdout);
    expect(report.metrics).toEqual(METRICS.map((metric) => metric.code));
    // Every metric costs the subgraphs the same requests as one: no catalog request first.
    for (const service of SERVICES) {
      expect(every.statementsPerFetch[service], service).toHaveLength(
        one.statementsPerFetch[service].length,
      );
    }
  });

  it('finds a root the guess missed by asking every root field', async () => {
    // 510000 asked as a city answers nothing; loadSubtree then asks all three root fields,
    // as it does for a code of no known shape.
    const asCity = buildSubtreeQuery(['members'], { province: false, city: true, district: false });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: asCity.query,
        variables: asCity.variables('510000', '2013'),
      }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ city: null });
    const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
      cli('--root', '510001', '--period', '2013', '--metric', 'members'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown root 510001');
    // The guess (a county-level unit) and then all three root fields.
    expect(statementsPerFetch.district).toHaveLength(2);
    expect(statementsPerFetch.province).toHaveLength(1);
    expect(statementsPerFetch.city).toHaveLength(1);
  });

  it('refuses an unknown root, naming it, whatever level its shape suggests', async () => {
    // 999900 is asked as a city first, 990000 as a province with its cities at the root.
    for (const root of ['999900', '990000']) {
      const result = await cli('--root', root, '--period', '2013');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: unknown root ${root}: no province, city or county-level unit has that code\n`,
      });
    }
  });

  it('refuses an unknown metric, listing the valid codes', async () => {
    const result = await cli('--root', '510100', '--period', '2013', '--metric', 'workers');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(
      /^audit: invalid --metric: unknown metric "workers"; valid codes: grassroots_unions, covered_units, members,/,
    );
  });

  it('refuses a malformed period, naming the period', async () => {
    const result = await cli('--root', '510000', '--period', '2013-2008');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'audit: invalid --period: a period is YYYY or YYYY-YYYY (a span starts before it ends), got "2013-2008"\n',
    });
  });

  it('refuses a county-level root: it has no children to audit', async () => {
    const result = await cli('--root', '510106', '--period', '2013');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'audit: 510106 金牛区 is a county-level unit: county-level units have no children to audit. ' +
        'Audit its city instead: --root 510100 (成都市).\n',
    });
  });
});

describe('the audit command', () => {
  it('prints its usage for --help and exits 0', async () => {
    const result = await audit('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run audit -- --root <code> --period <period>');
  });

  it('says plainly when the gateway does not answer, and exits 2', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const result = await audit(...CHENGDU_MEMBERS, '--gateway', url);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `audit: the gateway at ${url} did not answer (ECONNREFUSED); ` +
        'start the federation with npm start, or pass --gateway <url> or set GATEWAY_URL\n',
    });
  });

  describe('run as a process', () => {
    let gateway: RunningGateway;

    beforeAll(async () => {
      gateway = await startGateway('hive', subgraphs);
      await insertInconsistentFigure();
    });

    afterAll(async () => {
      await removeInconsistentFigure();
      await gateway?.stop();
    });

    it('exits 1 on an INCONSISTENT cell, finding the gateway through GATEWAY_URL', async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'clients/audit/src/main.ts', ...CHENGDU_MEMBERS],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, GATEWAY_URL: gateway.url },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
      expect(stdout.split('\n').slice(2, 6)).toEqual([
        'INCONSISTENT            成都市 510100  members  2013',
        '  rule         AT_LEAST',
        '  gap          1,026,345',
        '  reported     329余万人 (3,290,000..3,300,000)',
      ]);
    });
  });
});
