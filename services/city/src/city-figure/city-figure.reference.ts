import { type CityFigure } from './city-figure.type';

/**
 * A cell is its key, plus its districts' rollup when the gateway brings it for an audit
 * (@requires); `reported` loads the figure, null when there is none.
 */
export function resolveCityFigureReference(reference: CityFigure): CityFigure {
  return reference;
}
