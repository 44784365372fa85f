import { coversFigureFields, type FigureFields } from './figure-row-fields';

interface Listed<Row> {
  fields: FigureFields;
  row: Row | null;
}

/**
 * Figure rows a list statement read for one request, each with only the columns of the
 * fields the list's subtree asks of them (Value's below `reported`, and the cell's own
 * `version`, `updatedAt`, `updatedBy`; the national report's county-level list reads 8 of a
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
  private readonly listed = new Map<string, Listed<Row>>();

  hold(key: string, fields: FigureFields, row: Row | null): void {
    const known = this.listed.get(key);
    if (known && coversFigureFields(known.fields, fields)) return;
    this.listed.set(key, { fields, row });
  }

  /** The listed row of a cell when it answers `fields`; undefined when the cell must be loaded. */
  read(key: string, fields: FigureFields): Row | null | undefined {
    const known = this.listed.get(key);
    return known && coversFigureFields(known.fields, fields) ? known.row : undefined;
  }
}
