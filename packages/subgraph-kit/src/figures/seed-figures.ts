import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { cellKey, FIGURE_FIELDS, type FigureRecord } from '@union/domain';
import { type FigureChangeRow } from './figure-change-row';
import { type FigureRow } from './figure-row';
import { changeRow, type FigureTables } from './figure-writes';

const CHUNK = 200;

/** What a seed load did; `keptPersonChanges` are the cells a person changed, left alone. */
export interface SeedOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  keptPersonChanges: string[];
}

const SEED_USER = 'seed';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * Loads a level's seed figures without ever undoing a person's work. A cell nobody has
 * touched gets the seed's figure (inserted, or updated when a seed file was corrected, with
 * a SEEDED history row either way); a cell a person recorded, corrected or retracted is left
 * as they left it and reported. Loading the same seeds twice changes nothing.
 */
export async function seedFigures<Row extends FigureRow, Change extends FigureChangeRow>(
  em: EntityManager,
  tables: FigureTables<Row, Change>,
  seeds: FigureRecord[],
): Promise<SeedOutcome> {
  const outcome: SeedOutcome = { inserted: 0, updated: 0, unchanged: 0, keptPersonChanges: [] };
  if (seeds.length === 0) return outcome;
  const scope = {
    code: { $in: unique(seeds.map((s) => s.code)) },
    metric: { $in: unique(seeds.map((s) => s.metric)) },
    period: { $in: unique(seeds.map((s) => s.period)) },
  };
  await em.transactional(async (tx) => {
    const current = new Map(
      ((await tx.find(tables.figure, scope as FilterQuery<Row>)) as Row[]).map((row) => [
        cellKey(row),
        row,
      ]),
    );
    const history = (await tx.find(tables.change, scope as FilterQuery<Change>)) as Change[];
    const touched = new Set(
      history.filter((change) => change.by !== SEED_USER).map((change) => cellKey(change)),
    );
    const latest = new Map<string, number>();
    for (const change of history) {
      const key = cellKey(change);
      latest.set(key, Math.max(latest.get(key) ?? 0, change.version));
    }
    const at = new Date().toISOString();
    const seeded = { at, by: SEED_USER, requestId: null };
    const inserts: Row[] = [];
    const changes: Change[] = [];
    for (const seed of seeds) {
      const key = cellKey(seed);
      const row = current.get(key) ?? null;
      if (touched.has(key) || (row !== null && row.updatedBy !== SEED_USER)) {
        outcome.keptPersonChanges.push(key);
        continue;
      }
      if (row === null) {
        const version = (latest.get(key) ?? 0) + 1;
        inserts.push({ ...seed, version, updatedAt: at, updatedBy: SEED_USER } as Row);
        changes.push(
          changeRow(
            seed,
            version,
            { ...seeded, action: 'SEEDED', reason: 'seed report' },
            null,
            seed,
          ) as Change,
        );
        outcome.inserted += 1;
        continue;
      }
      if (FIGURE_FIELDS.every((field) => row[field] === seed[field])) {
        outcome.unchanged += 1;
        continue;
      }
      const version = row.version + 1;
      await tx.nativeUpdate(
        tables.figure,
        { code: seed.code, metric: seed.metric, period: seed.period } as FilterQuery<Row>,
        { ...seed, version, updatedAt: at, updatedBy: SEED_USER } as never,
      );
      changes.push(
        changeRow(
          seed,
          version,
          { ...seeded, action: 'SEEDED', reason: 'seed report corrected' },
          row,
          seed,
        ) as Change,
      );
      outcome.updated += 1;
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      await tx.insertMany(tables.figure, inserts.slice(i, i + CHUNK));
    }
    for (let i = 0; i < changes.length; i += CHUNK) {
      await tx.insertMany(tables.change, changes.slice(i, i + CHUNK));
    }
  });
  return outcome;
}
