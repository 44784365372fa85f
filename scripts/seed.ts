import 'reflect-metadata';
import {
  readServiceEnv,
  reportKept,
  type SeedOutcome,
  SERVICES,
  type ServiceName,
  type SubgraphRuntimeOptions,
} from '@union/subgraph-kit';
import { seedDatabase as seedCity } from '@union/city';
import { seedDatabase as seedDistrict } from '@union/district';
import { seedDatabase as seedProvince } from '@union/province';

// Migrates each level's database (SQLite under data/, or the *_DATABASE_URL given) and loads
// the division tree and the seed reports' figures. Idempotent: a second run changes nothing;
// a corrected seed file updates the figures nobody touched, and a figure a person recorded,
// corrected or retracted is left as they left it and listed.

const seeders: Record<
  ServiceName,
  (options: SubgraphRuntimeOptions) => Promise<SeedOutcome | void>
> = {
  province: seedProvince,
  city: seedCity,
  district: seedDistrict,
};

for (const service of SERVICES) {
  const env = readServiceEnv(service);
  try {
    const outcome = await seeders[service](env);
    const counts = outcome
      ? ` (${outcome.inserted} new, ${outcome.updated} updated, ${outcome.unchanged} unchanged)`
      : '';
    console.log(`${service}: seeded ${env.databaseUrl ? 'PostgreSQL' : env.sqlitePath}${counts}`);
    reportKept(service, outcome);
  } catch (error) {
    console.error(`${service}: seeding failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
