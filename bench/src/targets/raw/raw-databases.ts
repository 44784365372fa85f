import { createOrm, type Orm, SERVICES, type ServiceName } from '@union/subgraph-kit';
import { type ServiceStore } from '../../dataset/stores';
import { DEFINITIONS } from '../../services';

/** The three databases, queried with hand-written SQL; every statement is counted. */
export interface RawDatabases {
  query<Row = Record<string, unknown>>(
    service: ServiceName,
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
  statements(): number;
  /** group_concat or string_agg, by the store behind the service. */
  concat(service: ServiceName, column: string): string;
  close(): Promise<void>;
}

export async function openRawDatabases(
  stores: Record<ServiceName, ServiceStore>,
): Promise<RawDatabases> {
  const orms = {} as Record<ServiceName, Orm>;
  for (const service of SERVICES) {
    const definition = DEFINITIONS[service];
    orms[service] = await createOrm({
      ...stores[service],
      entities: definition.entities,
      migrations: definition.migrations,
    });
  }
  let statements = 0;
  return {
    async query<Row>(service: ServiceName, sql: string, params: readonly unknown[] = []) {
      statements += 1;
      const rows = await orms[service].orm.em
        .getConnection()
        .execute<Row[]>(sql, [...params], 'all');
      return rows;
    },
    statements: () => statements,
    concat: (service, column) =>
      orms[service].dialect === 'postgresql'
        ? `string_agg(${column}, ',')`
        : `group_concat(${column}, ',')`,
    async close() {
      await Promise.all(SERVICES.map((service) => orms[service].close()));
    },
  };
}
