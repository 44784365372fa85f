import { levelOfCode, periodEndYear } from '@union/domain';
import { GatewayError, requestGateway } from './gateway-request';

/** One exported cell: the import columns, its version and what the graph read from the text. */
export interface ExportRow {
  code: string;
  metric: string;
  period: string;
  text: string;
  reading: string | null;
  note: string | null;
  complete: boolean;
  document: string | null;
  quote: string | null;
  version: number;
  value: number;
  lower: number;
  upper: number | null;
  qualifier: string;
  unit: string;
}

interface CellData {
  metric: string;
  period: string;
  version: number;
  reported: {
    text: string;
    reading: string | null;
    value: number;
    lower: number;
    upper: number | null;
    qualifier: string;
    unit: string;
    note: string | null;
    complete: boolean;
    source: { document: string; quote: string } | null;
  } | null;
}

interface UnitData {
  code: string;
  figures: CellData[];
}

const CELLS = `code figures(period: $period) {
  metric period version
  reported { text reading value lower upper qualifier unit note complete source { document quote } }
}`;

const QUERY = {
  PROVINCE: `query($code: ID!, $period: String!, $asOf: Int) {
    unit: province(code: $code) {
      ${CELLS}
      cities(asOf: $asOf) { ${CELLS} districts(asOf: $asOf) { ${CELLS} } }
      districts(asOf: $asOf) { ${CELLS} }
    }
  }`,
  CITY: `query($code: ID!, $period: String!, $asOf: Int) {
    unit: city(code: $code) { ${CELLS} districts(asOf: $asOf) { ${CELLS} } }
  }`,
  DISTRICT: `query($code: ID!, $period: String!) { unit: district(code: $code) { ${CELLS} } }`,
};

type Subtree = UnitData & {
  cities?: (UnitData & { districts: UnitData[] })[];
  districts?: UnitData[];
};

function* unitsOf(root: Subtree): Generator<UnitData> {
  yield root;
  for (const city of root.cities ?? []) {
    yield city;
    yield* city.districts;
  }
  yield* root.districts ?? [];
}

/**
 * Every reported figure of a subtree for a period, read through the gateway: the root and
 * the units below it in the tree at the period's end (so a 2013 export has 2013's counties),
 * one row per figure, in code then metric order; only the given metrics when there are some.
 */
export async function exportRows(
  gateway: string,
  token: string | null,
  root: string,
  period: string,
  metrics: readonly string[] | null = null,
): Promise<ExportRow[]> {
  let asOf: number | null = null;
  try {
    asOf = periodEndYear(period);
  } catch {
    // A malformed period is the gateway's to name.
  }
  const level = levelOfCode(root);
  const data = await requestGateway<{ unit: Subtree | null }>(gateway, token, QUERY[level], {
    code: root,
    period,
    ...(level === 'DISTRICT' ? {} : { asOf }),
  });
  if (data.unit === null) throw new GatewayError(`no unit has the code ${root}`, 'NOT_FOUND');
  const rows = new Map<string, ExportRow>();
  for (const unit of unitsOf(data.unit)) {
    for (const cell of unit.figures) {
      const reported = cell.reported;
      if (reported === null || (metrics !== null && !metrics.includes(cell.metric))) continue;
      rows.set(`${unit.code} ${cell.metric} ${cell.period}`, {
        code: unit.code,
        metric: cell.metric,
        period: cell.period,
        text: reported.text,
        reading: reported.reading,
        note: reported.note,
        complete: reported.complete,
        document: reported.source?.document ?? null,
        quote: reported.source?.quote ?? null,
        version: cell.version,
        value: reported.value,
        lower: reported.lower,
        upper: reported.upper,
        qualifier: reported.qualifier,
        unit: reported.unit,
      });
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.code.localeCompare(b.code) ||
      a.metric.localeCompare(b.metric) ||
      a.period.localeCompare(b.period),
  );
}
