import { Entity } from '@mikro-orm/core';
import { FigureRow } from '@union/subgraph-kit';

/** A province's reported figure; (code, metric, period) is unique. */
@Entity({ tableName: 'province_figures' })
export class ProvinceFigureRecord extends FigureRow {}
