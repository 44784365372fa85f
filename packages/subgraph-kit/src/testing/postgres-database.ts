import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests create their databases on; a missing server fails the run, never skips. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TemporaryDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for this test and did not answer at ${TEST_POSTGRES_URL} ` +
        `(set TEST_POSTGRES_URL to use another server): ${String(error)}`,
    );
  }
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name; `drop` removes it even with open sessions. */
export async function createTemporaryDatabase(prefix: string): Promise<TemporaryDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await onServer(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
  });
  return {
    name,
    url: withDatabase(TEST_POSTGRES_URL, name),
    drop: () =>
      onServer(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}
