import { periodEndYear, type Rollup } from '@union/domain';

/** The gateway's answers, typed as the operations below select them. */

export interface ValueData {
  text: string;
  lower: number;
  upper: number | null;
  unit: string;
}

export interface AuditData {
  status: string;
  rule: string;
  gap: number | null;
  explanation: string;
}

export interface ProvinceCellData {
  metric: string;
  period: string;
  reported: ValueData | null;
  /** Its cities and its county-level units with no city, rolled up by the graph. */
  directChildrenSum: Rollup;
  audit: AuditData;
}

export interface CityCellData {
  metric: string;
  period: string;
  reported: ValueData | null;
  districtsSum: Rollup;
  audit: AuditData;
}

export interface NamedUnit {
  code: string;
  name: string;
}

/** One cell per metric, in the order of the metric list. */
type Cells<Cell> = { cells: Cell[] };

export type CityData = NamedUnit & Cells<CityCellData>;

export interface SubtreeData {
  province:
    (NamedUnit & { cities: CityData[]; districts: NamedUnit[] } & Cells<ProvinceCellData>) | null;
  city: (CityData & { districts: NamedUnit[] }) | null;
  district: (NamedUnit & { city: NamedUnit | null; province: NamedUnit }) | null;
}

/** A malformed period is left to the gateway, which owns the syntax and names the error. */
function endYearOrNull(period: string): number | null {
  try {
    return periodEndYear(period);
  } catch {
    return null;
  }
}

export const METRICS_QUERY = 'query AuditMetrics { metrics { code } }';

/**
 * One operation for the whole subtree, whatever level the root turns out to be: only the
 * root field that finds the code resolves its figures, the others answer null at no cost.
 * Each unit asks for all its metrics through one `cells` field, which a gateway fetches in
 * one subgraph request per level rather than one per metric. The subtree is the tree at the
 * end of the period, the one the rollups count, so every missing child has its name.
 */
export function buildSubtreeQuery(metrics: readonly string[]): {
  query: string;
  variables: (root: string, period: string) => Record<string, unknown>;
} {
  const cells = (fragment: string) =>
    `cells(period: $period, metrics: $metrics) { ...${fragment} }`;
  const query = `query AuditSubtree($code: ID!, $period: String!, $asOf: Int, $metrics: [String!]!) {
  province(code: $code) {
    code
    name
    ${cells('ProvinceCell')}
    cities(asOf: $asOf) {
      code
      name
      ${cells('CityCell')}
    }
    districts(asOf: $asOf) { code name }
  }
  city(code: $code) {
    code
    name
    districts(asOf: $asOf) { code name }
    ${cells('CityCell')}
  }
  district(code: $code) { code name city { code name } province { code name } }
}

fragment ValueFields on Value { text lower upper unit }
fragment RollupFields on Rollup {
  lower upper value minValue maxValue reporting expected coverage missing
}

fragment ProvinceCell on ProvinceFigure {
  metric
  period
  reported { ...ValueFields }
  directChildrenSum { ...RollupFields }
  audit { status rule gap explanation }
}

fragment CityCell on CityFigure {
  metric
  period
  reported { ...ValueFields }
  districtsSum { ...RollupFields }
  audit { status rule gap explanation }
}`;
  return {
    query,
    variables: (root, period) => ({
      code: root,
      period,
      asOf: endYearOrNull(period),
      metrics: [...metrics],
    }),
  };
}
