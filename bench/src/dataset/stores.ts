import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVICES, type ServiceName } from '@union/subgraph-kit';
import { createTemporaryDatabase, type TemporaryDatabase } from '@union/subgraph-kit/testing';
import { type StoreKind } from '../options';

/** Where one service's database is: what SubgraphRuntimeOptions needs to open it. */
export interface ServiceStore {
  sqlitePath: string;
  databaseUrl: string | undefined;
}

export interface BenchStores {
  kind: StoreKind;
  services: Record<ServiceName, ServiceStore>;
  drop(): Promise<void>;
}

/**
 * Fresh databases of the bench's own, one per service, never the ones `npm start` uses:
 * SQLite files in a new folder, or new PostgreSQL databases named union_bench_* that
 * `drop` removes.
 */
export async function createStores(kind: StoreKind, dataDir?: string): Promise<BenchStores> {
  const folder = dataDir
    ? path.join(path.resolve(dataDir), `bench-${Date.now().toString(36)}`)
    : mkdtempSync(path.join(tmpdir(), 'union-bench-'));
  mkdirSync(folder, { recursive: true });
  const databases: TemporaryDatabase[] = [];
  const services = {} as Record<ServiceName, ServiceStore>;
  try {
    for (const service of SERVICES) {
      const database =
        kind === 'postgresql' ? await createTemporaryDatabase(`union_bench_${service}`) : null;
      if (database) databases.push(database);
      services[service] = {
        sqlitePath: path.join(folder, `${service}.sqlite`),
        databaseUrl: database?.url,
      };
    }
  } catch (error) {
    await Promise.all(databases.map((database) => database.drop()));
    throw error;
  }
  return {
    kind,
    services,
    async drop() {
      await Promise.all(databases.map((database) => database.drop()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
