import { Entity } from '@mikro-orm/core';
import { FigureChangeRow } from '@union/subgraph-kit';

/** One change of a city figure cell; appended with the change, never rewritten. */
@Entity({ tableName: 'city_figure_changes' })
export class CityFigureChange extends FigureChangeRow {}
