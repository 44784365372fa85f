import { type DivisionLevel } from '@union/domain';

/** A row that cannot be written, by row and column, from the file format or a subgraph. */
export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportChange {
  row: number;
  code: string;
  metric: string;
  period: string;
  outcome: 'CREATED' | 'CHANGED' | 'UNCHANGED';
  oldText: string | null;
  newText: string;
  version: number;
}

/** What an import did, or would do: all of it, or (with problems) nothing. */
export interface ImportReport {
  file: string;
  rows: number;
  dryRun: boolean;
  written: boolean;
  /** Another writer refused a later batch after earlier ones were written; run it again. */
  partlyWritten: boolean;
  created: number;
  changed: number;
  unchanged: number;
  /** The levels whose rows were sent, in the order they were written. */
  levels: DivisionLevel[];
  problems: ImportProblem[];
  changes: ImportChange[];
}
