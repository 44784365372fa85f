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
 * are the codes of that year's tree. Those are the units whose first and last year span it,
 * less the few codes in a break of their use that year (511402 in 1997–1999): a condition
 * of three values, where the tree's codes themselves would be hundreds, each of which the
 * ORM turns into a criteria node of its own.
 */
export function unitsInTree<Unit extends DivisionUnit>(
  level: DivisionLevel,
  scope: UnitScope,
): FilterQuery<Unit> {
  if (scope.includeRetired) return {};
  if (scope.year === null) return { validTo: null } as FilterQuery<Unit>;
  const year = scope.year;
  const breaks = loadDivisionHistory().codesInBreakAt(level, year);
  return {
    validFrom: { $lte: year },
    $or: [{ validTo: null }, { validTo: { $gte: year } }],
    ...(breaks.length > 0 ? { code: { $nin: [...breaks] } } : {}),
  } as FilterQuery<DivisionUnit> as FilterQuery<Unit>;
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
