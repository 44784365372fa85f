import { type ReportedFigure, type Rollup } from '@union/domain';
import { badUserInput } from '../graphql/errors';
import { type Value } from '../figures/value.type';

/** The Value fields an audit reads from the parent's subgraph, for `@requires`. */
export const AUDIT_FIGURE_SELECTION = '{ value lower upper text complete }';

/** The Rollup fields an audit reads from a sibling subgraph, for `@requires`. */
export const AUDIT_ROLLUP_SELECTION =
  '{ lower upper value minValue maxValue reporting expected coverage missing }';

/**
 * The parent's reported figure as the gateway passed it through `@requires`. Hive Gateway
 * leaves null fields out of the representations it sends (a blank `reported`, an unbounded
 * `upper`), so an absent field reads as null. A figure without its bounds is refused: the
 * audit would otherwise be computed from data nobody reported.
 */
export function requiredFigure(
  value: Partial<Value> | null | undefined,
  field: string,
): ReportedFigure | null {
  if (value === null || value === undefined) return null;
  if (
    typeof value.value !== 'number' ||
    typeof value.lower !== 'number' ||
    typeof value.text !== 'string'
  ) {
    throw badUserInput(field, `an audit needs ${field} ${AUDIT_FIGURE_SELECTION}`);
  }
  return {
    value: value.value,
    lower: value.lower,
    upper: value.upper ?? null,
    text: value.text,
    complete: value.complete ?? false,
  };
}

/** A rollup passed in through `@requires`; absent nullable fields read as null (see above). */
export function requiredRollup(value: Partial<Rollup> | null | undefined, field: string): Rollup {
  if (!value || typeof value.lower !== 'number' || typeof value.reporting !== 'number') {
    throw badUserInput(field, `an audit needs ${field} ${AUDIT_ROLLUP_SELECTION}`);
  }
  const expected = value.expected ?? 0;
  return {
    lower: value.lower,
    upper: value.upper ?? null,
    value: value.value ?? null,
    minValue: value.minValue ?? null,
    maxValue: value.maxValue ?? null,
    reporting: value.reporting,
    expected,
    coverage: value.coverage ?? (expected === 0 ? 0 : value.reporting / expected),
    missing: value.missing ?? [],
  };
}
