import { CellMap } from './cell-map';
import { coversFigureFields, type FigureFields } from './figure-row-fields';

interface Listed<Row> {
  fields: FigureFields;
  row: Row | null;
}

/**
 * Figure rows a list statement read for one request, each with only the columns of the
 * fields the list's subtree asks of them (Value's below `reported`, and the cell's own
 * `version`, `updatedAt`, `updatedBy`; the national report's county-level list reads 6 of a
 * figure's 17 columns), and null for a cell with nothing reported. They stay out of the
 * request's `figureByCell` loader, whose rows are whole: a field reads a listed row only
 * when it holds every field that field asks for, and loads the whole row otherwise. A cell
 * keeps the first row held for it unless a later one answers fields the first cannot, so
 * the fields answered from one row within a request agree with each other. A field that
 * asks for more of a listed cell loads it in a statement of its own, which may see a later
 * write; a request was never one snapshot (its lists and rollups are separate statements
 * too).
 */
export class ListedFigures<Row> {
  private readonly cells = new CellMap<Listed<Row>>();

  hold(code: string, metric: string, period: string, fields: FigureFields, row: Row | null): void {
    const units = this.cells.units(metric, period);
    const known = units.get(code);
    if (known && coversFigureFields(known.fields, fields)) return;
    units.set(code, { fields, row });
  }

  /**
   * A statement that read `fields` of these units' cell found no figure for those it held no
   * row for: each becomes null, unless a row held already answers `fields`.
   */
  holdNothing(codes: Iterable<string>, metric: string, period: string, fields: FigureFields): void {
    const units = this.cells.units(metric, period);
    for (const code of codes) {
      const known = units.get(code);
      if (!known || !coversFigureFields(known.fields, fields))
        units.set(code, { fields, row: null });
    }
  }

  /** The listed row of a cell when it answers `fields`; undefined when the cell must be loaded. */
  read(code: string, metric: string, period: string, fields: FigureFields): Row | null | undefined {
    const known = this.cells.get(code, metric, period);
    return known && coversFigureFields(known.fields, fields) ? known.row : undefined;
  }
}
