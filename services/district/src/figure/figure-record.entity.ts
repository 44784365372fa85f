import { Entity } from '@mikro-orm/core';
import { FigureRow } from '@union/subgraph-kit';

/** A county-level unit's reported figure; (code, metric, period) is unique. */
@Entity({ tableName: 'district_figures' })
export class DistrictFigureRecord extends FigureRow {}
