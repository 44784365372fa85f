import { type Knex } from '@mikro-orm/knex';

/**
 * The SQL of a knex schema builder, one statement per entry. Migrations add these as
 * strings: MikroORM executes one statement per `addSql`, and a schema builder can compile
 * to several (SQLite emits index creation separately), which the driver would reject.
 */
export function schemaStatements(builder: Knex.SchemaBuilder): string[] {
  return builder.toSQL().map((statement) => statement.sql);
}
