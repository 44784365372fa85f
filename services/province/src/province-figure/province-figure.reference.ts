import { type ProvinceFigure } from './province-figure.type';

/**
 * A cell is its key, plus the children's rollups when the gateway brings them for an
 * audit (@requires); `reported` loads the figure, null when there is none.
 */
export function resolveProvinceFigureReference(reference: ProvinceFigure): ProvinceFigure {
  return reference;
}
