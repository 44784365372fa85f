/** A unit row with the figure of one cell LEFT JOINed in (null columns where none). */
export interface UnitFigureRow {
  code: string;
  name: string;
  province_code?: string;
  city_code?: string | null;
  valid_from?: number;
  valid_to?: number | null;
  metric: string | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: string | null;
  text: string | null;
  unit: string | null;
  complete: boolean | number | null;
}

/**
 * A unit (alias `u`) of the tree at the end of a year: what rollups expect and what the
 * `asOf` lists show. Takes the year twice.
 */
export const IN_YEAR = '(u.valid_from <= ? and (u.valid_to is null or u.valid_to >= ?))';

export const FIGURE_COLUMNS =
  'f.metric, f.value, f.lower, f.upper, f.qualifier, f.text, f.unit, f.complete';

/** A stored figure as the floor uses it: what the workloads print and what audits read. */
export interface RawFigure {
  value: number;
  lower: number;
  upper: number | null;
  qualifier: string;
  text: string;
  unit: string;
  complete: boolean;
}

export function figureOf(row: UnitFigureRow): RawFigure | null {
  if (row.metric === null || row.metric === undefined) return null;
  return {
    value: Number(row.value),
    lower: Number(row.lower),
    upper: row.upper === null ? null : Number(row.upper),
    qualifier: String(row.qualifier),
    text: String(row.text),
    unit: String(row.unit),
    complete: Boolean(row.complete),
  };
}

/** A `Value`: every field the floor knows; the query picks. */
export function reportedValue(figure: RawFigure | null | undefined): RawFigure | null {
  return figure ?? null;
}

/** Every figure of the rows by unit and metric. */
export class FigureTable {
  private readonly figures = new Map<string, RawFigure>();

  constructor(rows: Iterable<UnitFigureRow>) {
    for (const row of rows) {
      const figure = figureOf(row);
      if (figure) this.figures.set(`${row.code}|${row.metric}`, figure);
    }
  }

  get(code: string, metric: string): RawFigure | null {
    return this.figures.get(`${code}|${metric}`) ?? null;
  }
}
