import pg from 'pg';
import { readServiceEnv, SERVICES } from '@union/subgraph-kit';

// Creates each level's PostgreSQL database named by PROVINCE_DATABASE_URL, CITY_DATABASE_URL
// and DISTRICT_DATABASE_URL when it does not exist yet. The services never create a database
// themselves, so a mistyped name is an error rather than a fresh empty database.

let failed = false;
for (const service of SERVICES) {
  const { databaseUrl } = readServiceEnv(service);
  if (!databaseUrl) {
    console.log(`${service}: no ${service.toUpperCase()}_DATABASE_URL, uses its SQLite file`);
    continue;
  }
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (!/^[A-Za-z_][\w$]*$/.test(database)) {
    console.error(`${service}: "${database}" is not a plain database name; create it by hand`);
    failed = true;
    continue;
  }
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`create database "${database}"`);
      console.log(`${service}: created ${database} on ${url.host}`);
    } else {
      console.log(`${service}: ${database} on ${url.host} exists`);
    }
  } catch (error) {
    console.error(`${service}: ${error instanceof Error ? error.message : error}`);
    failed = true;
  } finally {
    await client.end();
  }
}
process.exitCode = failed ? 1 : 0;
