import { type SqlEntityManager } from '@mikro-orm/knex';
import { type FigureRecord } from '@union/domain';
import { createOrm, SERVICES, type ServiceName, seedDivisionUnits } from '@union/subgraph-kit';
import { DEFINITIONS, FIGURE_TABLES, UNIT_ENTITIES } from '../services';
import { type BenchStores } from './stores';

const INSERT_CHUNK = 500;

import { cityUnits } from '../../../services/city/src/seed';
import { districtUnits } from '../../../services/district/src/seed';
import { provinceUnits } from '../../../services/province/src/seed';

/**
 * The units each service seeds: every code of the dated tree with its years, retired ones
 * too, so a past period's rollups expect the units of that year as they do in use.
 */
const UNITS: Record<ServiceName, () => readonly object[]> = {
  province: provinceUnits,
  city: cityUnits,
  district: districtUnits,
};

/**
 * Brings each service's database up through its own migrations, loads its units and then
 * the synthetic figures straight into `<level>_figures`, and refreshes the planner's
 * statistics so both stores plan as they would on a database in use.
 */
export async function loadDataset(
  stores: BenchStores,
  rows: Record<ServiceName, FigureRecord[]>,
): Promise<void> {
  await Promise.all(
    SERVICES.map(async (service) => {
      const definition = DEFINITIONS[service];
      const orm = await createOrm({
        ...stores.services[service],
        entities: definition.entities,
        migrations: definition.migrations,
      });
      try {
        const em = orm.orm.em.fork() as SqlEntityManager;
        await seedDivisionUnits(em, UNIT_ENTITIES[service], UNITS[service]() as never);
        const knex = em.getKnex();
        const sqlite = orm.dialect === 'sqlite';
        await knex.transaction(async (trx) => {
          const table = FIGURE_TABLES[service];
          const all = rows[service];
          for (let i = 0; i < all.length; i += INSERT_CHUNK) {
            const chunk = all.slice(i, i + INSERT_CHUNK);
            await trx(table).insert(
              sqlite ? chunk.map((row) => ({ ...row, complete: row.complete ? 1 : 0 })) : chunk,
            );
          }
        });
        await knex.raw('analyze');
      } finally {
        await orm.close();
      }
    }),
  );
}
