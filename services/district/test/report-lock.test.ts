import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrm,
  createReportRuntime,
  guardEntry,
  lockReport,
  type Orm,
  readReport,
  submitReport,
} from '@union/subgraph-kit';
import {
  BACKENDS,
  createTemporaryDatabase,
  type TemporaryDatabase,
} from '@union/subgraph-kit/testing';
import { districtSubgraph } from '../src/definition';
import { DistrictReportEvent } from '../src/report/report-event.entity';
import { DistrictReportRecord } from '../src/report/report-record.entity';

/*
 * A figure write and a decision on its report meet on the report's row, so neither can
 * slip past the other: each of these holds one side's transaction open and shows that the
 * other waits for it, then acts on what it left. On PostgreSQL that is the row lock; on
 * SQLite the single connection does the same.
 */

const tables = { report: DistrictReportRecord, event: DistrictReportEvent };
const JINNIU = { code: '510106', parent: '510100' };
const rita = { sub: 'rita', name: 'rita', roles: ['reporter' as const], units: ['510106'] };

/** A transaction held open until `release` is called, after `hold` ran inside it. */
function holdTransaction(em: SqlEntityManager, hold: (tx: SqlEntityManager) => Promise<void>) {
  let release!: () => void;
  let held!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const holding = new Promise<void>((resolve) => (held = resolve));
  const done = em.transactional(async (tx) => {
    await hold(tx);
    held();
    await released;
  });
  return { holding, release, done };
}

/** Whether a promise is still pending after a while. */
async function stillPending(promise: Promise<unknown>, ms = 300): Promise<boolean> {
  const timeout = Symbol('pending');
  const first = await Promise.race([
    promise.then(
      () => null,
      () => null,
    ),
    new Promise((resolve) => setTimeout(() => resolve(timeout), ms)),
  ]);
  return first === timeout;
}

describe.each(BACKENDS)('the report row on %s', (backend) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'union-report-lock-'));
  let database: TemporaryDatabase | null = null;
  let orm: Orm;
  let em: SqlEntityManager;

  beforeAll(async () => {
    database = backend === 'postgresql' ? await createTemporaryDatabase('union_lock') : null;
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

  const request = async () => ({
    em: em.fork(),
    viewer: rita,
    requestId: 'test',
    runtime: await createReportRuntime(undefined),
    findUnit: async () => JINNIU,
  });

  // A report with no row yet (the insert of the row is what waits), and one whose row exists
  // (the row's lock is what waits).
  describe.each([
    ['a report with no row', false, '2031'],
    ['a report with a row', true, '2041'],
  ])('on %s', (_, withRow, year) => {
    const makeRow = async (key: { code: string; period: string }) => {
      if (withRow) await em.fork().transactional((tx) => lockReport(tx, tables, key));
    };

    it('makes a submit wait for a write in progress, then submits', async () => {
      const key = { code: '510106', period: year };
      await makeRow(key);
      const write = holdTransaction(em.fork(), async (tx) => {
        await lockReport(tx, tables, key);
      });
      await write.holding;
      const submit = submitReport(await request(), tables, key);
      expect(await stillPending(submit)).toBe(true);
      write.release();
      await write.done;
      await expect(submit).resolves.toEqual(key);
      expect((await readReport(em, tables, key))?.state).toBe('SUBMITTED');
    });

    it('makes a write wait for a submit in progress, then refuses it as LOCKED', async () => {
      const key = { code: '510106', period: String(Number(year) + 1) };
      await makeRow(key);
      const runtime = await createReportRuntime(undefined);
      const submit = holdTransaction(em.fork(), async (tx) => {
        await lockReport(tx, tables, key);
        await tx.nativeUpdate(DistrictReportRecord, key, { state: 'SUBMITTED', version: 1 });
      });
      await submit.holding;
      const cell = { ...key, metric: 'members' };
      const write = em
        .fork()
        .transactional((tx) => guardEntry(tx, { tables, runtime }, JINNIU, cell, rita, null));
      expect(await stillPending(write)).toBe(true);
      submit.release();
      await submit.done;
      await expect(write).rejects.toMatchObject({ extensions: { code: 'LOCKED' } });
    });
  });
});
