/** The gateway's answers, typed as the operations below select them. */

export interface ValueData {
  text: string;
  lower: number;
  upper: number | null;
  unit: string;
}

export interface RollupData {
  lower: number;
  upper: number | null;
  reporting: number;
  expected: number;
  missing: string[];
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
  citiesSum: RollupData;
  directDistrictsSum: RollupData;
  audit: AuditData;
}

export interface CityCellData {
  metric: string;
  period: string;
  reported: ValueData | null;
  districtsSum: RollupData;
  audit: AuditData;
}

export interface NamedUnit {
  code: string;
  name: string;
}

/** Figure fields come back under aliases m0, m1, ... in the order of the metric list. */
type Cells<Cell> = { [alias: `m${number}`]: Cell | undefined };

export type CityData = NamedUnit & Cells<CityCellData>;

export interface SubtreeData {
  metrics: MetricData[];
  province:
    (NamedUnit & { cities: CityData[]; districts: NamedUnit[] } & Cells<ProvinceCellData>) | null;
  city: (CityData & { districts: NamedUnit[] }) | null;
  district: (NamedUnit & { city: NamedUnit | null; province: NamedUnit }) | null;
}

export interface MetricData {
  code: string;
  /** SUM, or NONE for rates: a rate's rollup is a span, never a sum. */
  aggregation: string;
}

export const METRICS_QUERY = 'query AuditMetrics { metrics { code } }';

export function metricAlias(index: number): `m${number}` {
  return `m${index}`;
}

/**
 * One operation for the whole subtree, whatever level the root turns out to be: only the
 * root field that finds the code resolves its figures, the others answer null at no cost.
 * Each metric is one aliased `figure` field with its own variable, so codes are never
 * spliced into the document.
 */
export function buildSubtreeQuery(metrics: readonly string[]): {
  query: string;
  variables: (root: string, period: string) => Record<string, unknown>;
} {
  const aliases = metrics.map((_, index) => metricAlias(index));
  const declarations = aliases.map((alias) => `$${alias}: String!`).join(', ');
  const cells = (fragment: string) =>
    aliases
      .map((alias) => `${alias}: figure(metric: $${alias}, period: $period) { ...${fragment} }`)
      .join('\n      ');
  const query = `query AuditSubtree($code: ID!, $period: String!, ${declarations}) {
  metrics { code aggregation }
  province(code: $code) {
    code
    name
    ${cells('ProvinceCell')}
    cities {
      code
      name
      ${cells('CityCell')}
    }
    districts { code name }
  }
  city(code: $code) {
    code
    name
    districts { code name }
    ${cells('CityCell')}
  }
  district(code: $code) { code name city { code name } province { code name } }
}

fragment ValueFields on Value { text lower upper unit }
fragment RollupFields on Rollup { lower upper reporting expected missing }

fragment ProvinceCell on ProvinceFigure {
  metric
  period
  reported { ...ValueFields }
  citiesSum { ...RollupFields }
  directDistrictsSum { ...RollupFields }
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
      ...Object.fromEntries(aliases.map((alias, index) => [alias, metrics[index]])),
    }),
  };
}
