import { type ProvinceFigure } from './province-figure.type';

/** A cell is its key; `reported` loads the figure, null when there is none. */
export function resolveProvinceFigureReference(reference: ProvinceFigure): ProvinceFigure {
  return reference;
}
