import { Entity } from '@mikro-orm/core';
import { FigureChangeRow } from '@union/subgraph-kit';

/** One change of a district figure cell; appended with the change, never rewritten. */
@Entity({ tableName: 'district_figure_changes' })
export class DistrictFigureChange extends FigureChangeRow {}
