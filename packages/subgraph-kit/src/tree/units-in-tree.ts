import { type FilterQuery } from '@mikro-orm/core';
import { type DivisionLevel, loadDivisionHistory, readYear } from '@union/domain';
import { badUserInput, readArgument } from '../graphql/errors';
import { type DivisionUnit } from './division-unit';

/** Which units a list shows: today's, those of a year's tree, or every unit ever listed. */
export type UnitScope = { year: number | null; includeRetired: boolean };

/**
 * An `asOf` argument as the year whose tree answers it (see DivisionHistory.treeYear), or
 * null for today's tree.
 */
export function readAsOf(asOf: number | null | undefined): number | null {
  if (asOf === null || asOf === undefined) return null;
  return loadDivisionHistory().treeYear(readArgument('asOf', () => readYear(asOf, 'asOf')));
}

/** A root list's `asOf` and `includeRetired`, which name two different sets of units. */
export function readUnitScope(args: {
  asOf?: number | null;
  includeRetired?: boolean | null;
}): UnitScope {
  const year = readAsOf(args.asOf);
  const includeRetired = args.includeRetired ?? false;
  if (includeRetired && year !== null) {
    throw badUserInput(
      'includeRetired',
      'asOf already says which units: those of its year; leave includeRetired out',
    );
  }
  return { year, includeRetired };
}

/**
 * The filter on a level's table for a scope: today's units are those still in use; a year's
 * are the codes of that year's tree (a code can have a break, so its first and last year
 * alone would not say it).
 */
export function unitsInTree<Unit extends DivisionUnit>(
  level: DivisionLevel,
  scope: UnitScope,
): FilterQuery<Unit> {
  if (scope.includeRetired) return {};
  if (scope.year === null) return { validTo: null } as FilterQuery<Unit>;
  return {
    code: { $in: [...loadDivisionHistory().codesAt(level, scope.year)] },
  } as FilterQuery<Unit>;
}

/** Units as they were in a year's tree: each with the name and readings it had then. */
export function namedAsOf<Unit extends DivisionUnit>(units: Unit[], year: number | null): Unit[] {
  if (year === null) return units;
  const history = loadDivisionHistory();
  return units.map((unit) => {
    const spell = history.spellAt(unit.code, year);
    return spell
      ? { ...unit, name: spell.name, pinyin: spell.pinyin, initials: spell.initials }
      : unit;
  });
}
