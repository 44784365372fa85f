import { type Rollup } from '@union/domain';

/** The Rollup fields an audit needs from the children's subgraph, for `@requires`. */
export const AUDIT_ROLLUP_SELECTION =
  '{ lower upper value minValue maxValue reporting expected missing }';

/**
 * A rollup the gateway passed in through `@requires`. Hive Gateway leaves null fields out
 * of the representation it sends (an unbounded `upper`, a rate's `value`), so absent
 * nullable fields are read as null. A missing rollup means the audit was resolved without
 * its requirements, which only a misrouted call can do: say so plainly.
 */
export function requiredRollup(value: Partial<Rollup> | undefined, field: string): Rollup {
  if (!value || typeof value.lower !== 'number' || typeof value.reporting !== 'number') {
    throw new Error(`audit needs ${field}, which the gateway provides through @requires`);
  }
  return {
    lower: value.lower,
    upper: value.upper ?? null,
    value: value.value ?? null,
    minValue: value.minValue ?? null,
    maxValue: value.maxValue ?? null,
    reporting: value.reporting,
    expected: value.expected ?? 0,
    coverage: value.coverage ?? 0,
    missing: value.missing ?? [],
  };
}
