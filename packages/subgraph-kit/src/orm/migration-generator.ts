import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Constructor, type IMigrationGenerator, type MigrationDiff } from '@mikro-orm/core';
import { TSMigrationGenerator } from '@mikro-orm/migrations';

/**
 * Splits SQL into its statements at every `;` outside quotes ('…', "…", `…`) and comments,
 * each returned with its closing `;`. libsql runs only the first statement of a string it is
 * given, and MikroORM glues some statements together (`pragma foreign_keys = on;drop index …`),
 * so each generated `addSql` must hold exactly one statement.
 */
export function splitSqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quote: string | null = null;
  let comment: 'line' | 'block' | null = null;
  for (let i = 0; i < sql.length; i += 1) {
    const char = sql[i]!;
    const next = sql[i + 1];
    current += char;
    if (comment === 'line') {
      if (char === '\n') comment = null;
    } else if (comment === 'block') {
      if (char === '*' && next === '/') {
        current += next;
        i += 1;
        comment = null;
      }
    } else if (quote) {
      // A doubled quote inside a quoted run is an escaped quote: it opens and closes again.
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else if (char === '-' && next === '-') {
      comment = 'line';
    } else if (char === '/' && next === '*') {
      comment = 'block';
    } else if (char === ';') {
      const statement = current.trim();
      if (statement !== ';') statements.push(statement);
      current = '';
    }
  }
  const rest = current.trim();
  if (rest) statements.push(`${rest};`);
  return statements;
}

/** A migration's class and file name, the same for every dialect: `Migration<stamp>_<name>`. */
export function migrationClassName(timestamp: string, name: string): string {
  if (!/^\d{14}$/.test(timestamp)) throw new Error(`a migration stamp has 14 digits: ${timestamp}`);
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`a migration name has only letters, digits and _: "${name}"`);
  }
  return `Migration${timestamp}_${name}`;
}

/** Now, as MikroORM stamps migrations: yyyyMMddHHmmss in UTC. */
export function migrationTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-T:]|\.\d{3}z$/gi, '');
}

/**
 * MikroORM's TypeScript generator with a fixed stamp (one stamp for every dialect, so a
 * change gets the same class name in each folder) and one statement per `addSql`.
 */
export function stampedMigrationGenerator(timestamp: string): Constructor<IMigrationGenerator> {
  return class StampedMigrationGenerator extends TSMigrationGenerator {
    override async generate(
      diff: MigrationDiff,
      directory?: string,
      name?: string,
    ): Promise<[string, string]> {
      if (!directory || !name) throw new Error('a migration needs a directory and a name');
      const className = migrationClassName(timestamp, name);
      const split = (statements: string[]) =>
        statements.flatMap((sql) => (sql ? splitSqlStatements(sql) : ['']));
      const code = this.generateMigrationFile(className, {
        up: split(diff.up),
        down: split(diff.down),
      });
      mkdirSync(directory, { recursive: true });
      writeFileSync(path.join(directory, `${className}.ts`), code);
      return [code, `${className}.ts`];
    }
  };
}
