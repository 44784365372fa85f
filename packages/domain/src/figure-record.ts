import { type Qualifier } from './value/qualifier';

/**
 * One reported figure as a level stores it: the cell (code, metric, period), the text as
 * printed, the interval read from it, and the report it came from.
 */
export interface FigureRecord {
  code: string;
  metric: string;
  period: string;
  /** Exactly as printed, e.g. 329余万人. */
  text: string;
  /** What the report meant where the printed text is a typo; the interval is read from it. */
  reading: string | null;
  value: number;
  lower: number;
  /** Null: unbounded above (以上, 超过). */
  upper: number | null;
  qualifier: Qualifier;
  unit: string;
  /** The source report's file name; null for a figure entered without a source. */
  document: string | null;
  quote: string | null;
  note: string | null;
  /** The report declares the figure covers every unit below: audits use EQUALS. */
  complete: boolean;
}

/** The fields a figure has beyond its cell key, in a fixed order (comparisons, history). */
export const FIGURE_FIELDS = [
  'text',
  'reading',
  'value',
  'lower',
  'upper',
  'qualifier',
  'unit',
  'document',
  'quote',
  'note',
  'complete',
] as const satisfies readonly (keyof FigureRecord)[];
