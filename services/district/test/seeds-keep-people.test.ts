import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type SubgraphRuntimeOptions } from '@union/subgraph-kit';
import {
  BACKENDS,
  createTemporaryDatabase,
  createTestAuth,
  postGraphQL,
  createTestGatewayTrust,
  type TemporaryDatabase,
} from '@union/subgraph-kit/testing';
import { createServer, seedDatabase } from '../src/server';

interface CellAnswer {
  district: {
    figure: {
      version: number;
      updatedBy: string;
      reported: { text: string } | null;
      history: { version: number; action: string; by: string }[];
    };
  };
}

const JINNIU_2013 = { code: '510106', metric: 'members', period: '2013' };

const CELL = `{ district(code: "510106") { figure(metric: "members", period: "2013") {
  version updatedBy reported { text } history { version action by } } } }`;

const CORRECT = `mutation($input: FigureInput!) { recordDistrictFigure(input: $input) { version } }`;

describe.each(BACKENDS)('seeding on %s after a person corrected a seed figure', (backend) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'union-seed-keeps-'));
  let database: TemporaryDatabase | null = null;

  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the correction through a restart and npm run seed, and reports it', async () => {
    database = backend === 'postgresql' ? await createTemporaryDatabase('union_seed_keeps') : null;
    const auth = await createTestAuth();
    const trust = createTestGatewayTrust();
    const options: SubgraphRuntimeOptions = {
      gatewayTrust: trust,
      port: 0,
      host: '127.0.0.1',
      sqlitePath: path.join(folder, 'district.sqlite'),
      databaseUrl: database?.url,
      auth: auth.settings,
    };
    const token = await auth.token({ sub: 'alice', roles: ['reporter'], units: ['510106'] });

    const first = await createServer(options);
    const seeded = (await postGraphQL<CellAnswer>(first.url, CELL, {}, undefined, trust.secret))
      .data!.district.figure;
    expect(seeded).toMatchObject({ version: 1, updatedBy: 'seed', reported: { text: '181386名' } });
    const corrected = await postGraphQL(
      first.url,
      CORRECT,
      { input: { ...JINNIU_2013, text: '181390名', expectedVersion: 1, reason: 'recount' } },
      token,
      trust.secret,
    );
    expect(corrected).toEqual({ data: { recordDistrictFigure: { version: 2 } } });
    await first.stop();

    const outcome = await seedDatabase(options);
    expect(outcome && outcome.keptPersonChanges).toEqual(['510106|members|2013']);

    const second = await createServer(options);
    try {
      const figure = (await postGraphQL<CellAnswer>(second.url, CELL, {}, undefined, trust.secret))
        .data!.district.figure;
      expect(figure).toEqual({
        version: 2,
        updatedBy: 'alice',
        reported: { text: '181390名' },
        history: [
          { version: 2, action: 'CORRECTED', by: 'alice' },
          { version: 1, action: 'SEEDED', by: 'seed' },
        ],
      });
    } finally {
      await second.stop();
    }
  });
});
