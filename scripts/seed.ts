import 'reflect-metadata';
import {
  readServiceEnv,
  SERVICES,
  type ServiceName,
  type SubgraphRuntimeOptions,
} from '@union/subgraph-kit';
import { seedDatabase as seedCity } from '@union/city';
import { seedDatabase as seedDistrict } from '@union/district';
import { seedDatabase as seedProvince } from '@union/province';

// Migrates each level's database (SQLite under data/, or the *_DATABASE_URL given) and loads
// the division tree and the seed reports' figures. Idempotent: a second run changes nothing,
// and a corrected seed file updates its figures in place.

const seeders: Record<ServiceName, (options: SubgraphRuntimeOptions) => Promise<void>> = {
  province: seedProvince,
  city: seedCity,
  district: seedDistrict,
};

for (const service of SERVICES) {
  const env = readServiceEnv(service);
  try {
    await seeders[service](env);
    console.log(`${service}: seeded ${env.databaseUrl ? 'PostgreSQL' : env.sqlitePath}`);
  } catch (error) {
    console.error(`${service}: seeding failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
