import { type AuditRoot, type RootLevel } from './audit-root';
import {
  type AuditData,
  type CityData,
  type NamedUnit,
  type RollupData,
  type SubtreeData,
  type ValueData,
} from './subtree-query';

/** One audited cell: a unit's figure for one metric and period against its children's. */
export interface Finding {
  level: RootLevel;
  code: string;
  name: string;
  metric: string;
  period: string;
  status: string;
  rule: string;
  gap: number | null;
  reported: { text: string; lower: number; upper: number | null; unit: string } | null;
  children: {
    /** Null when no child reported: blank is not zero. */
    interval: { lower: number; upper: number | null } | null;
    reporting: number;
    expected: number;
    coverage: number;
    missing: NamedUnit[];
  };
  explanation: string;
}

/** Nothing reported at the unit and none of its children reported: nothing to audit. */
export function isBlank(finding: Finding): boolean {
  return finding.reported === null && finding.children.reporting === 0;
}

function toFinding(
  unit: NamedUnit & { level: RootLevel },
  cell: { metric: string; period: string; reported: ValueData | null; audit: AuditData },
  children: RollupData,
  names: ReadonlyMap<string, string>,
): Finding {
  const { reported, audit } = cell;
  return {
    level: unit.level,
    code: unit.code,
    name: unit.name,
    metric: cell.metric,
    period: cell.period,
    status: audit.status,
    rule: audit.rule,
    gap: audit.gap,
    reported: reported && {
      text: reported.text,
      lower: reported.lower,
      upper: reported.upper,
      unit: reported.unit,
    },
    children: {
      interval: children.reporting > 0 ? { lower: children.lower, upper: children.upper } : null,
      reporting: children.reporting,
      expected: children.expected,
      coverage: children.coverage,
      missing: children.missing.map((code) => ({ code, name: names.get(code) ?? code })),
    },
    explanation: audit.explanation,
  };
}

function cityFindings(
  city: CityData,
  metrics: readonly string[],
  names: ReadonlyMap<string, string>,
): Finding[] {
  return metrics.flatMap((_, index) => {
    const cell = city.cells[index];
    if (!cell) return [];
    const unit = { level: 'city' as const, code: city.code, name: city.name };
    return [toFinding(unit, cell, cell.districtsSum, names)];
  });
}

function namesOf(...lists: (readonly NamedUnit[])[]): Map<string, string> {
  return new Map(lists.flat().map((unit) => [unit.code, unit.name]));
}

/**
 * Every cell of the subtree, in no particular order: for a province root, the province's
 * cells and each of its cities'; for a city root, the city's. Missing children are named
 * from the units the same answer listed.
 */
export function buildFindings(
  root: AuditRoot,
  data: SubtreeData,
  metrics: readonly string[],
): Finding[] {
  if (root.level === 'city') {
    const city = data.city!;
    return cityFindings(city, metrics, namesOf(city.districts));
  }
  const province = data.province!;
  const names = namesOf(province.cities, province.districts);
  // The province's direct children (cities and city-less units) come summed by the graph.
  const own = metrics.flatMap((_, index) => {
    const cell = province.cells[index];
    if (!cell) return [];
    const unit = { level: 'province' as const, code: province.code, name: province.name };
    return [toFinding(unit, cell, cell.directChildrenSum, names)];
  });
  return [...own, ...province.cities.flatMap((city) => cityFindings(city, metrics, names))];
}
