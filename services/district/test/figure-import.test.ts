import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrm,
  createReportRuntime,
  type FigureImportRow,
  importFigures,
  lockReport,
  type Orm,
  type WriteRequest,
} from '@union/subgraph-kit';
import {
  BACKENDS,
  createTemporaryDatabase,
  type TemporaryDatabase,
} from '@union/subgraph-kit/testing';
import { districtSubgraph } from '../src/definition';
import { DistrictFigureChange } from '../src/figure/figure-change.entity';
import { DistrictFigureRecord } from '../src/figure/figure-record.entity';
import { DistrictReportEvent } from '../src/report/report-event.entity';
import { DistrictReportRecord } from '../src/report/report-record.entity';

/*
 * A level's import on each store, below GraphQL: its rows are written in one transaction,
 * so a failure between two of its statements leaves nothing behind, and a locked report
 * refuses the whole batch.
 */

const figureTables = { figure: DistrictFigureRecord, change: DistrictFigureChange };
const reportTables = { report: DistrictReportRecord, event: DistrictReportEvent };
const alice = { sub: 'alice', name: 'alice', roles: ['reporter' as const], units: ['510100'] };

const rows = (period: string): FigureImportRow[] =>
  ['510104', '510105', '510106'].map((code, index) => ({
    row: index + 2,
    code,
    metric: 'rights_cases',
    period,
    text: `${40 + index}件`,
  }));

/** An entity manager whose transactions fail when they come to write history rows. */
function crashingBeforeHistory(em: SqlEntityManager): SqlEntityManager {
  return new Proxy(em, {
    get(target, property) {
      if (property !== 'transactional') return Reflect.get(target, property, target);
      return (work: (tx: SqlEntityManager) => Promise<unknown>) =>
        target.transactional((tx) =>
          work(
            new Proxy(tx, {
              get(inner, name) {
                if (name === 'insertMany') {
                  return (entity: unknown, data: unknown[]) => {
                    if (entity === DistrictFigureChange) throw new Error('the process died here');
                    return inner.insertMany(entity as never, data as never);
                  };
                }
                const value = Reflect.get(inner, name, inner);
                return typeof value === 'function' ? value.bind(inner) : value;
              },
            }),
          ),
        );
    },
  });
}

describe.each(BACKENDS)('a district import on %s', (backend) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'union-import-'));
  let database: TemporaryDatabase | null = null;
  let orm: Orm;
  let em: SqlEntityManager;

  beforeAll(async () => {
    database = backend === 'postgresql' ? await createTemporaryDatabase('union_import') : null;
    orm = await createOrm({
      databaseUrl: database?.url,
      sqlitePath: path.join(folder, 'district.sqlite'),
      entities: districtSubgraph.entities,
      migrations: districtSubgraph.migrations,
    });
    em = orm.orm.em.fork() as SqlEntityManager;
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const request = async (manager: SqlEntityManager = em.fork()): Promise<WriteRequest> => ({
    em: manager,
    viewer: alice,
    requestId: 'test',
    findUnit: async (code) => ({ code, parent: '510100' }),
    reports: { tables: reportTables, runtime: await createReportRuntime(undefined) },
  });
  const stored = async (period: string) =>
    em.fork().count(DistrictFigureRecord, { metric: 'rights_cases', period });

  it('writes every row with its history in one transaction', async () => {
    const report = await importFigures(await request(), figureTables, {
      fileName: 'a.csv',
      rows: rows('2021'),
    });
    expect(report).toMatchObject({ written: true, created: 3, problems: [] });
    expect(await stored('2021')).toBe(3);
    const history = await em.fork().find(DistrictFigureChange, { period: '2021' });
    expect(history.map((h) => [h.action, h.reason])).toEqual(
      Array(3).fill(['IMPORTED', 'imported from a.csv']),
    );
  });

  it('leaves nothing behind when it fails between the figures and their history', async () => {
    const failing = await request(crashingBeforeHistory(em.fork()));
    await expect(
      importFigures(failing, figureTables, { fileName: 'b.csv', rows: rows('2022') }),
    ).rejects.toThrow('the process died here');
    expect(await stored('2022')).toBe(0);
    expect(await em.fork().count(DistrictFigureChange, { period: '2022' })).toBe(0);
  });

  it('refuses the whole batch when one cell’s report is submitted', async () => {
    const key = { code: '510105', period: '2023' };
    await em.fork().transactional(async (tx) => {
      await lockReport(tx, reportTables, key);
      await tx.nativeUpdate(DistrictReportRecord, key, { state: 'SUBMITTED', version: 1 });
    });
    const report = await importFigures(await request(), figureTables, {
      fileName: 'c.csv',
      rows: rows('2023'),
    });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ row: 3, code: 'LOCKED' })]);
    expect(await stored('2023')).toBe(0);
  });
});
