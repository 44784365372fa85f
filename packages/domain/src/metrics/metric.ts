/** A stock is a level at a date (as at the end of its period); a flow is an amount over its period. */
export type MetricKind = 'STOCK' | 'FLOW';

/** SUM: children's figures add up to the parent's. NONE: rates and ratios, never added. */
export type Aggregation = 'SUM' | 'NONE';

/** One entry of the metric catalog (docs/metrics-and-periods.md). */
export interface MetricDefinition {
  /** snake_case, stable: the `metric` argument of every figure field. */
  code: string;
  nameZh: string;
  nameEn: string;
  /** The unit every stored value of this metric is in: 个, 人, 元, %, 人次, ... */
  unit: string;
  kind: MetricKind;
  aggregation: Aggregation;
  /** For an "of which" metric, the code of the total it is part of (same org and period). */
  totalOf: string | null;
  /** False for figures only one level reports (a federation's own awards): audits say NOT_APPLICABLE. */
  comparableAcrossLevels: boolean;
  /** Why the metric exists beyond the core catalog: a seed document and a quote from it. */
  justification: { document: string; quote: string } | null;
}
