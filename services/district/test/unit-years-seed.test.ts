import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchKeys, loadDivisionHistory, loadDivisionTree } from '@union/domain';
import { createOrm, seedDivisionUnits, type SubgraphRuntimeOptions } from '@union/subgraph-kit';
import {
  BACKENDS,
  createTemporaryDatabase,
  postGraphQL,
  createTestGatewayTrust,
  type TemporaryDatabase,
} from '@union/subgraph-kit/testing';
import { districtSubgraph } from '../src/definition';
import { District } from '../src/district/district.entity';
import { districtUnits } from '../src/seed';
import { createServer } from '../src/server';

interface Answer {
  county: { name: string; validFrom: number; validTo: number | null } | null;
  jinniu: { validFrom: number; validTo: number | null };
  today: { code: string }[];
  ever: { code: string }[];
}

const QUESTION = `{
  county: district(code: "510122") { name validFrom validTo }
  jinniu: district(code: "510106") { validFrom validTo }
  today: districts { code }
  ever: districts(includeRetired: true) { code } }`;

describe.each(BACKENDS)('a district table from before units had years, on %s', (backend) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'union-unit-years-'));
  let database: TemporaryDatabase | null = null;

  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gets the retired units and every unit’s years at start, and nothing more the next time', async () => {
    database = backend === 'postgresql' ? await createTemporaryDatabase('union_unit_years') : null;
    const store = { sqlitePath: path.join(folder, 'district.sqlite'), databaseUrl: database?.url };

    // What the previous version left: the first migration and today's 2,844 units.
    const initial = districtSubgraph.migrations[backend].slice(0, 1);
    const old = await createOrm({
      ...store,
      entities: districtSubgraph.entities,
      migrations: { sqlite: initial, postgresql: initial },
    });
    const rows = loadDivisionTree().districts.map((d) => ({
      code: d.code,
      name: d.name,
      pinyin: d.pinyin,
      initials: d.initials,
      search_keys: buildSearchKeys(d.pinyin, d.initials),
      province_code: d.provinceCode,
      city_code: d.cityCode,
    }));
    const knex = (old.orm.em as SqlEntityManager).getKnex();
    for (let i = 0; i < rows.length; i += 500) {
      await knex('districts').insert(rows.slice(i, i + 500));
    }
    await old.close();

    const trust = createTestGatewayTrust();
    const options: SubgraphRuntimeOptions = {
      port: 0,
      host: '127.0.0.1',
      gatewayTrust: trust,
      ...store,
    };
    const server = await createServer(options);
    try {
      const answer = (await postGraphQL<Answer>(server.url, QUESTION, {}, undefined, trust.secret))
        .data!;
      expect(answer.county).toEqual({ name: '双流县', validFrom: 1981, validTo: 2014 });
      expect(answer.jinniu).toEqual({ validFrom: 1990, validTo: null });
      expect(answer.today).toHaveLength(2844);
      expect(answer.ever).toHaveLength(loadDivisionHistory().unitsOf('DISTRICT').length);
    } finally {
      await server.stop();
    }

    const again = await createOrm({ ...store, ...districtSubgraph });
    try {
      const em = again.orm.em.fork();
      const units = districtUnits();
      expect(await seedDivisionUnits(em, District, units)).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: units.length,
      });
      // A name the tree corrects is corrected; nothing else is touched.
      await em.nativeUpdate(District, { code: '510106' }, { name: '金牛' });
      expect(await seedDivisionUnits(em, District, units)).toEqual({
        inserted: 0,
        updated: 1,
        unchanged: units.length - 1,
      });
      expect((await em.fork().findOneOrFail(District, { code: '510106' })).name).toBe('金牛区');
    } finally {
      await again.close();
    }
  });
});
