import { periodEndYear } from '../period';
import { type DivisionHistory, type UnitChange } from './division-history';
import { describeSpans } from './unit-years';

const listed = (changes: readonly UnitChange[]) =>
  changes.map((change) => `${change.code} ${change.name} (${change.year})`).join(', ');

/**
 * Why a figure of `code` for `period` has no place in the tree, or null when it has: a
 * period is measured against the tree at its end (`2014-2019` → 2019), the year its
 * parent's rollup reads, so a unit must be in use at that year's end. The reason names the
 * unit's years and where to look instead. A code the dated tree does not know is not
 * judged here.
 */
export function whyNotInPeriod(
  history: DivisionHistory,
  code: string,
  period: string,
): string | null {
  const unit = history.unit(code);
  const end = periodEndYear(period);
  if (!unit || history.existsAt(code, end)) return null;
  const year = history.treeYear(end);
  const measured = String(year) === period ? `${year}` : `${year} (${period} is read at its end)`;
  const after = unit.validTo !== null && year > unit.validTo;
  const changes = after ? history.successors(code) : history.predecessors(code);
  const hint =
    changes.length === 0 ? '' : `; ${after ? 'it became' : 'it came from'} ${listed(changes)}`;
  return `${code} ${unit.name} is in the division tree at the end of ${describeSpans(unit.spans)}, not of ${measured}${hint}`;
}
