import { Entity } from '@mikro-orm/core';
import { FigureRow } from '@union/subgraph-kit';

/** A city's reported figure; (code, metric, period) is unique. */
@Entity({ tableName: 'city_figures' })
export class CityFigureRecord extends FigureRow {}
