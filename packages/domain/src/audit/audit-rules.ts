import { type Rollup } from '../rollup/rollup';
import { type AuditStatus } from './audit-status';

/** A reported figure as the rules see it: its point value and its interval. */
export interface Figure {
  value: number;
  lower: number;
  upper: number | null;
}

export type RuleName = 'AT_LEAST' | 'EQUALS' | 'WITHIN_RANGE' | 'PART_OF';

export interface CheckResult {
  rule: RuleName;
  status: AuditStatus;
  /** How far the check fails at the most favourable ends; null unless INCONSISTENT. */
  gap: number | null;
}

/*
 * The rules compare intervals, never rounded sums (docs/rollups-and-audits.md). Each check has two
 * readings: on the printed point values (does it hold as printed? then CONSISTENT) and on
 * the intervals (can it hold for some true values the print allows? if not, INCONSISTENT,
 * and `gap` is the distance between the closest ends). A check that fails on the points
 * but holds on the intervals is CONSISTENT_APPROXIMATE: only rounding or a qualifier such
 * as 余 saves it. An unbounded side (以上, upper null) can never be exceeded.
 *
 * Floating point: bounds come from decimal texts (0.5 units of a last digit, 96.955 ...).
 * Sums of such bounds can be off by an ulp, so comparisons allow a relative epsilon; a gap
 * smaller than that is no gap.
 */

const EPSILON = 1e-9;

function exceeds(a: number, b: number): boolean {
  return a - b > EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

function result(rule: RuleName, status: AuditStatus, gap: number | null = null): CheckResult {
  return { rule, status, gap };
}

/**
 * AT_LEAST (the default): a federation's own figure may include units no child reports,
 * so the children may add up to less, never to more. Missing children only make the sum
 * smaller, so the rule stays sound at any coverage.
 */
export function checkAtLeast(parent: Figure, children: Rollup): CheckResult {
  if (parent.upper !== null && exceeds(children.lower, parent.upper)) {
    return result('AT_LEAST', 'INCONSISTENT', children.lower - parent.upper);
  }
  const onPoints = children.value === null || !exceeds(children.value, parent.value);
  return result('AT_LEAST', onPoints ? 'CONSISTENT' : 'CONSISTENT_APPROXIMATE');
}

/**
 * EQUALS, where the parent declares its figure complete: the children's sum must be able
 * to equal it. With every child reporting, the intervals must overlap. With children
 * missing, their figures could only add, so only an excess over the parent is certain.
 */
export function checkEquals(parent: Figure, children: Rollup): CheckResult {
  if (parent.upper !== null && exceeds(children.lower, parent.upper)) {
    return result('EQUALS', 'INCONSISTENT', children.lower - parent.upper);
  }
  const complete = children.missing.length === 0;
  if (complete && children.upper !== null && exceeds(parent.lower, children.upper)) {
    return result('EQUALS', 'INCONSISTENT', parent.lower - children.upper);
  }
  const onPoints =
    complete && children.value !== null && !exceeds(Math.abs(children.value - parent.value), 0);
  return result('EQUALS', onPoints ? 'CONSISTENT' : 'CONSISTENT_APPROXIMATE');
}

/**
 * WITHIN_RANGE, for rates (aggregation NONE): a rate over all the units lies between the
 * lowest and the highest of its children's rates.
 */
export function checkWithinRange(parent: Figure, children: Rollup): CheckResult {
  if (children.upper !== null && exceeds(parent.lower, children.upper)) {
    return result('WITHIN_RANGE', 'INCONSISTENT', parent.lower - children.upper);
  }
  if (parent.upper !== null && exceeds(children.lower, parent.upper)) {
    return result('WITHIN_RANGE', 'INCONSISTENT', children.lower - parent.upper);
  }
  const onPoints =
    children.minValue !== null &&
    children.maxValue !== null &&
    !exceeds(children.minValue, parent.value) &&
    !exceeds(parent.value, children.maxValue);
  return result('WITHIN_RANGE', onPoints ? 'CONSISTENT' : 'CONSISTENT_APPROXIMATE');
}

/** PART_OF: an "of which" figure may not exceed its total at the same unit and period. */
export function checkPartOf(part: Figure, total: Figure): CheckResult {
  if (total.upper !== null && exceeds(part.lower, total.upper)) {
    return result('PART_OF', 'INCONSISTENT', part.lower - total.upper);
  }
  return result(
    'PART_OF',
    exceeds(part.value, total.value) ? 'CONSISTENT_APPROXIMATE' : 'CONSISTENT',
  );
}

/**
 * Combines one cell's checks: the worst status stands, ties keep the first rule. Within a
 * cell, a check that held outranks one that had nothing to compare (an "of which" figure
 * within its total is CONSISTENT though no child reported); reports still list
 * INDETERMINATE cells before consistent ones (AUDIT_STATUSES), since they need a look.
 */
export function worstOf(checks: readonly CheckResult[]): CheckResult | null {
  const rank: Record<AuditStatus, number> = {
    INCONSISTENT: 0,
    CONSISTENT_APPROXIMATE: 1,
    CONSISTENT: 2,
    INDETERMINATE: 3,
    NOT_APPLICABLE: 4,
  };
  return checks.reduce<CheckResult | null>(
    (worst, check) => (worst === null || rank[check.status] < rank[worst.status] ? check : worst),
    null,
  );
}
