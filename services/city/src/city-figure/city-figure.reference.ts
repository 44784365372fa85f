import { type CityFigure } from './city-figure.type';

/** A cell is its key; `reported` loads the figure, null when there is none. */
export function resolveCityFigureReference(reference: CityFigure): CityFigure {
  return reference;
}
