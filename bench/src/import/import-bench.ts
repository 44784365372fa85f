import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify';
import { loadDivisionHistory, METRICS } from '@union/domain';
import { REPO_ROOT } from '@union/subgraph-kit';
import { createTestAuth } from '@union/subgraph-kit/testing';
import { startGateway, startSubgraphs } from '../../../test/support/federation';

/*
 * The import benchmark: every county-level unit of a period's tree × every catalog metric
 * (about 88,000 rows) as one CSV, imported through a Hive Gateway into fresh subgraphs by the
 * shipped CLI in its own process. Prints rows per second of the whole import (the dry run of
 * every batch, then the writes) and the CLI's peak resident memory. A script, not a test.
 */

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'sqlite' },
    period: { type: 'string', default: '2023' },
    limit: { type: 'string' },
  },
});
const store = values.store as 'sqlite' | 'postgresql';
const period = values.period!;
const year = Number(period.slice(-4));

const history = loadDivisionHistory();
let codes = [...history.codesAt('DISTRICT', year)];
if (values.limit) codes = codes.slice(0, Number(values.limit));
const folder = mkdtempSync(path.join(tmpdir(), 'union-import-bench-'));
const file = path.join(folder, `national-${period}.csv`);

/** A printed value each metric's parser reads: a count, or a rate in per cent. */
const textOf = (unit: string, index: number) =>
  unit === '%' ? `${50 + (index % 50)}%` : `${1000 + ((index * 7919) % 90000)}${unit}`;

const csv = stringify({ header: true, columns: ['code', 'metric', 'period', 'text'] });
const written = finished(csv.pipe(createWriteStream(file)));
let rows = 0;
for (const code of codes) {
  for (const metric of METRICS) {
    csv.write([code, metric.code, period, textOf(metric.unit, rows)]);
    rows += 1;
  }
}
csv.end();
await written;

const auth = await createTestAuth();
const subgraphs = await startSubgraphs(store, auth.settings);
const gateway = await startGateway('hive', subgraphs);
const provinces = history.codesAt('PROVINCE', year);
const token = await auth.token({ sub: 'bench', roles: ['reporter'], units: [...provinces] });

/** Runs the CLI under /usr/bin/time for its peak resident set (kilobytes, %M). */
function runCli(): Promise<{ seconds: number; peakRssMb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        'PEAK_RSS_KB=%M',
        process.execPath,
        '--import',
        'tsx',
        'clients/import-export/src/import-main.ts',
        file,
        '--gateway',
        gateway.url,
        '--token',
        token,
        '--json',
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(errors)?.[1] ?? NaN);
      if (code !== 0) reject(new Error(`import exited ${code}: ${errors.slice(0, 2000)}`));
      else resolve({ seconds, peakRssMb: kb / 1024, output });
    });
  });
}

try {
  const first = await runCli();
  const report = JSON.parse(first.output) as { written: boolean; created: number };
  const again = await runCli();
  const second = JSON.parse(again.output) as { unchanged: number };
  const figures = {
    date: new Date().toISOString(),
    store,
    period,
    rows,
    fileMb: statSync(file).size / 1e6,
    machine: `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`,
    firstImport: {
      written: report.written,
      created: report.created,
      seconds: first.seconds,
      rowsPerSecond: rows / first.seconds,
      cliPeakRssMb: first.peakRssMb,
    },
    secondImport: {
      unchanged: second.unchanged,
      seconds: again.seconds,
      rowsPerSecond: rows / again.seconds,
      cliPeakRssMb: again.peakRssMb,
    },
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await gateway.stop();
  await subgraphs.stop();
  rmSync(folder, { recursive: true, force: true });
}
