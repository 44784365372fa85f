import { periodEndYear, type Rollup } from '@union/domain';

/** The gateway's answers, typed as the operations below select them. */

export interface ValueData {
  text: string;
  lower: number;
  upper: number | null;
  unit: string;
}

/**
 * What a report says of a cell's children: their interval, how many reported of how many,
 * and which are missing. Their value and extremes are not printed, so not asked for.
 */
export type RollupData = Pick<
  Rollup,
  'lower' | 'upper' | 'reporting' | 'expected' | 'coverage' | 'missing'
>;

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
  directChildrenSum: RollupData;
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

/** One cell per metric, in the order of the metric list. */
type Cells<Cell> = { cells: Cell[] };

export type CityData = NamedUnit & Cells<CityCellData>;

export interface SubtreeData {
  province:
    (NamedUnit & { cities: CityData[]; districts: NamedUnit[] } & Cells<ProvinceCellData>) | null;
  city: (CityData & { districts: NamedUnit[] }) | null;
  district: (NamedUnit & { city: NamedUnit | null; province: NamedUnit }) | null;
}

/** The gateway's answer to the subtree query: the province's cities come at the root. */
export interface SubtreeAnswer {
  province?: (NamedUnit & { districts: NamedUnit[] } & Cells<ProvinceCellData>) | null;
  provinceCities?: CityData[];
  city?: SubtreeData['city'];
  district?: SubtreeData['district'];
}

/** The answer as one tree; a root field the document left out found nothing. */
export function subtreeOf(answer: SubtreeAnswer): SubtreeData {
  return {
    province: answer.province ? { ...answer.province, cities: answer.provinceCities ?? [] } : null,
    city: answer.city ?? null,
    district: answer.district ?? null,
  };
}

/** A malformed period is left to the gateway, which owns the syntax and names the error. */
function endYearOrNull(period: string): number | null {
  try {
    return periodEndYear(period);
  } catch {
    return null;
  }
}

/** Which of the three root fields a request asks; a field left out costs no subgraph request. */
export interface RootFields {
  province: boolean;
  city: boolean;
  district: boolean;
}

export const EVERY_ROOT_FIELD: RootFields = { province: true, city: true, district: true };

/**
 * Each root field's selection. `cellArguments` are those of every unit's `cells`: the period
 * and the metrics asked for, or the period alone for the whole catalog in catalog order.
 */
const rootSelections = (cellArguments: string): Record<keyof RootFields, string> => {
  const cells = (fragment: string) => `cells(${cellArguments}) { ...${fragment} }`;
  return {
    // The province's cities are asked at the root rather than as `province { cities }`:
    // from a root field the gateway takes the fields each city cell's audit requires in the
    // same city fetch, where under the province it fetches them again for every cell.
    province: `
  province(code: $code) {
    code
    name
    ${cells('ProvinceCell')}
    districts(asOf: $asOf) { code name }
  }
  provinceCities: cities(provinceCode: $code, asOf: $asOf) {
    code
    name
    ${cells('CityCell')}
  }`,
    city: `
  city(code: $code) {
    code
    name
    districts(asOf: $asOf) { code name }
    ${cells('CityCell')}
  }`,
    district: `
  district(code: $code) { code name city { code name } province { code name } }`,
  };
};

const CELL_FRAGMENTS = `

fragment ValueFields on Value { text lower upper unit }
fragment RollupFields on Rollup { lower upper reporting expected coverage missing }

fragment CityCell on CityFigure {
  metric
  period
  reported { ...ValueFields }
  districtsSum { ...RollupFields }
  audit { status rule gap explanation }
}`;

const PROVINCE_CELL_FRAGMENT = `

fragment ProvinceCell on ProvinceFigure {
  metric
  period
  reported { ...ValueFields }
  directChildrenSum { ...RollupFields }
  audit { status rule gap explanation }
}`;

/**
 * One operation for the whole subtree, whatever level the root turns out to be: only the
 * root field that finds the code resolves its figures, the others answer null. `fields`
 * says which root fields the document holds at all, since even a null answer costs a
 * subgraph request (and a gateway may send a field skipped by `@include` all the same).
 * Each unit asks for all its metrics through one `cells` field, which a gateway fetches in
 * one subgraph request per level rather than one per metric. `metrics` null asks for the
 * whole catalog (`cells` without a metric list answers every metric in catalog order), so
 * an audit of every metric needs no request for the catalog first. The subtree is the tree
 * at the end of the period, the one the rollups count, so every missing child has its name.
 */
export function buildSubtreeQuery(
  metrics: readonly string[] | null,
  fields: RootFields = EVERY_ROOT_FIELD,
): {
  query: string;
  variables: (root: string, period: string) => Record<string, unknown>;
} {
  const selections = rootSelections(
    metrics ? 'period: $period, metrics: $metrics' : 'period: $period',
  );
  const levels = (Object.keys(selections) as (keyof RootFields)[]).filter((level) => fields[level]);
  if (levels.length === 0) throw new Error('the subtree query needs at least one root field');
  const withCells = fields.province || fields.city;
  // A declared variable no field uses is an error: a district-only document uses only $code.
  const declared = withCells
    ? `$code: ID!, $period: String!, $asOf: Int${metrics ? ', $metrics: [String!]!' : ''}`
    : '$code: ID!';
  const query =
    `query AuditSubtree(${declared}) {` +
    levels.map((level) => selections[level]).join('') +
    '\n}' +
    (withCells ? CELL_FRAGMENTS : '') +
    (fields.province ? PROVINCE_CELL_FRAGMENT : '');
  const variables = (root: string, period: string): Record<string, unknown> => {
    if (!withCells) return { code: root };
    const asked = { code: root, period, asOf: endYearOrNull(period) };
    return metrics ? { ...asked, metrics: [...metrics] } : asked;
  };
  return { query, variables };
}

/**
 * The metrics a subtree's answer covers, in order: those of its root's cells (every unit
 * answers the same list). A county-level root asks no cells and is refused before this.
 */
export function metricsAnswered(data: SubtreeData): string[] {
  return (data.province ?? data.city)?.cells.map((cell) => cell.metric) ?? [];
}
