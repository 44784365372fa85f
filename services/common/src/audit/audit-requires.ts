import { type Children } from './audit-rules';

/** The Rollup fields an audit needs from the children's subgraph, for `@requires`. */
export const AUDIT_ROLLUP_SELECTION =
  '{ lower upper value minValue maxValue reporting expected missing }';

/**
 * A rollup the gateway passed in through `@requires`. Its absence means the audit was
 * resolved without its requirements, which only a misrouted call can do: say so plainly.
 */
export function requiredRollup(value: Children | undefined, field: string): Children {
  if (!value) {
    throw new Error(`audit needs ${field}, which the gateway provides through @requires`);
  }
  return value;
}
