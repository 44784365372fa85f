import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { type DivisionLevel } from '@union/domain';
import { type CellRequest, type FigureLookAhead } from './figure-look-ahead';
import { type ListedFigures } from './listed-figures';
import { figurePropertiesFor, NO_FIGURE_FIELDS } from './figure-row-fields';
import { findPlain, type PlainFindOptions } from '../orm/find-plain';
import { selectArrays } from '../orm/array-rows';
import { rowReader } from '../orm/row-reader';
import { type FigureRow } from './figure-row';
import { type DivisionUnit } from '../tree/division-unit';
import { unitsInTree } from '../tree/units-in-tree';

/** A listed row's cell: its metric is read, its code and (for one period) period are set. */
type FigureKey = Pick<FigureRow, 'code' | 'metric' | 'period'>;

export interface UnitFigureSource<Unit extends { code: string }, Row extends FigureRow> {
  unitEntity: EntityName<Unit>;
  figureEntity: EntityName<Row>;
  figureTable: string;
  listedFigures: ListedFigures<Partial<Row>>;
}

/**
 * Lists units and, in the same statement, the figure cells the query asks for below the
 * list: the unit query (filters, order, paging) becomes a subquery LEFT JOINed to the
 * figures table, and every (unit, cell) pair is held in `listedFigures` — with null where
 * nothing was reported — so `reported` (or a cell's `version`) costs no statement of its
 * own. Only the figure columns the asked fields are made from are read: in the national
 * report's county-level list (2,726 rows) that is 6 of 17 (the metric and the five Value
 * fields asked for); reading 8 instead of 17 took the statement from about 25 to 18 ms on
 * SQLite.
 */
export async function findUnitsWithFigures<Unit extends { code: string }, Row extends FigureRow>(
  em: SqlEntityManager,
  source: UnitFigureSource<Unit, Row>,
  where: FilterQuery<Unit>,
  options: PlainFindOptions,
  figures: FigureLookAhead,
): Promise<Unit[]> {
  const { cells, fields } = figures;
  const orderBy = (options.orderBy ?? { code: 'asc' }) as never;
  if (cells.length === 0) {
    return findPlain(em, source.unitEntity, where, { ...options, orderBy });
  }
  const metrics = [...new Set(cells.map((c) => c.metric))];
  const periods = [...new Set(cells.map((c) => c.period))];
  // A figure's code is its unit's, and where one period is asked for, every row's: the
  // statement reads neither (2 of 13 values a row in the national report's county list).
  // `metric`, never null in a figure, tells a joined figure from none.
  const onePeriod = periods.length === 1 ? periods[0]! : null;
  const figureKey: (keyof FigureRow)[] = onePeriod === null ? ['metric', 'period'] : ['metric'];
  const unitReader = rowReader(em, source.unitEntity);
  const figureReader = rowReader(em, source.figureEntity).only([
    ...figureKey,
    ...figurePropertiesFor(fields),
  ]);
  const units = em
    .createQueryBuilder(source.unitEntity, 'u0')
    .select(unitReader.properties as never)
    .where(where)
    .orderBy(orderBy);
  if (options.limit !== undefined) units.limit(options.limit);
  if (options.offset !== undefined) units.offset(options.offset);
  const knex = em.getKnex();
  const query = knex
    .select(
      ...unitReader.columns.map((c) => `u.${c}`),
      ...figureReader.columns.map((c) => `f.${c}`),
    )
    .from(units.getKnexQuery().as('u'))
    .leftJoin(`${source.figureTable} as f`, function joinCells() {
      this.on('f.code', '=', 'u.code').andOnIn('f.metric', metrics).andOnIn('f.period', periods);
    })
    .orderBy('u.code');
  const rows = await selectArrays(em, query);

  // Each row holds the unit's columns, then the figure's (all null where none joined).
  const unitCode = unitReader.columns.indexOf('code');
  const figureOffset = unitReader.columns.length;
  const figureMetric = figureOffset + figureReader.columns.indexOf('metric');
  const byCode = new Map<string, Unit>();
  for (const values of rows) {
    const code = values[unitCode] as string;
    if (!byCode.has(code)) byCode.set(code, unitReader.read(values));
    if (values[figureMetric] !== null && values[figureMetric] !== undefined) {
      const row = figureReader.read(values, figureOffset) as Partial<Row> & FigureKey;
      row.code = code;
      if (onePeriod !== null) row.period = onePeriod;
      source.listedFigures.hold(code, row.metric, row.period, fields, row);
    }
  }
  for (const cell of cells) {
    source.listedFigures.holdNothing(byCode.keys(), cell.metric, cell.period, fields);
  }
  return [...byCode.values()];
}

export interface GroupRequest {
  group: string;
  figures: FigureLookAhead;
  /** The year whose tree the group's units come from; null for today's. */
  year: number | null;
}

/** The cells' part of a signature, per cells array: every parent of a list field shares one. */
const cellSignatures = new WeakMap<readonly CellRequest[], string>();

function cellsSignature(cells: readonly CellRequest[]): string {
  let signature = cellSignatures.get(cells);
  if (signature === undefined) {
    signature = cells
      .map((c) => `${c.metric}|${c.period}`)
      .sort()
      .join(',');
    cellSignatures.set(cells, signature);
  }
  return signature;
}

const signatureOf = (request: GroupRequest) =>
  `${request.year ?? ''}|${cellsSignature(request.figures.cells)}`;

/**
 * The children of each parent (e.g. districts by city_code) with the requested cells
 * joined in; one statement per batch of parents asking for the same cells in the same
 * year's tree, reading the fields any of them asks of the rows. The rows are the units of
 * `level` in that tree; a unit keeps its parent in every year, so `groupProperty` assigns
 * it to its group.
 */
export function createGroupWithFiguresLoader<Unit extends DivisionUnit, Row extends FigureRow>(
  em: SqlEntityManager,
  source: UnitFigureSource<Unit, Row>,
  groupProperty: keyof Unit & string,
  level: DivisionLevel,
): DataLoader<GroupRequest, Unit[], string> {
  return new DataLoader(
    async (requests) => {
      const bySignature = new Map<string, GroupRequest[]>();
      for (const request of requests) {
        const signature = signatureOf(request);
        const list = bySignature.get(signature);
        if (list) list.push(request);
        else bySignature.set(signature, [request]);
      }
      // By signature, then group: the units of each, without a key string built per unit.
      const results = new Map<string, Map<string, Unit[]>>();
      for (const [signature, batch] of bySignature) {
        const groups = [...new Set(batch.map((r) => r.group))];
        let fields = NO_FIGURE_FIELDS;
        for (const request of batch) fields |= request.figures.fields;
        const units = await findUnitsWithFigures(
          em,
          source,
          {
            $and: [
              { [groupProperty]: { $in: groups } } as FilterQuery<Unit>,
              unitsInTree<Unit>(level, { year: batch[0]!.year, includeRetired: false }),
            ],
          } as FilterQuery<Unit>,
          {},
          { cells: batch[0]!.figures.cells, fields },
        );
        const byGroup = new Map<string, Unit[]>(groups.map((group) => [group, []]));
        for (const unit of units) byGroup.get(unit[groupProperty] as string)?.push(unit);
        results.set(signature, byGroup);
      }
      return requests.map((r) => results.get(signatureOf(r))?.get(r.group) ?? []);
    },
    // Two lists of one parent that ask for other fields of the same cells are two keys, so a
    // batch that holds both reads the fields of both.
    { cacheKeyFn: (r) => `${r.group}#${signatureOf(r)}#${r.figures.fields}` },
  );
}
