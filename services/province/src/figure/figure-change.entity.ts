import { Entity } from '@mikro-orm/core';
import { FigureChangeRow } from '@union/subgraph-kit';

/** One change of a province figure cell; appended with the change, never rewritten. */
@Entity({ tableName: 'province_figure_changes' })
export class ProvinceFigureChange extends FigureChangeRow {}
