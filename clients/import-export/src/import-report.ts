import { type DivisionLevel } from '@union/domain';
import { type UndoFailure } from './import-undo';

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
  /**
   * A batch was refused after earlier ones were written, and some of their cells could not
   * be undone because someone changed them since (rollback.notUndone lists them).
   */
  partlyWritten: boolean;
  /** Set when a batch was refused during the write and the batches before it were undone. */
  rollback: ImportRollback | null;
  created: number;
  changed: number;
  unchanged: number;
  /** The levels whose rows were sent, in the order they were written. */
  levels: DivisionLevel[];
  problems: ImportProblem[];
  changes: ImportChange[];
}

/** A write refused part-way, and the undo of the batches written before it. */
export interface ImportRollback {
  /** The level and batch (1-based, of that level's batches) that was refused. */
  refusedAt: { level: DivisionLevel; batch: number; batches: number };
  /** Cells written before the refusal and restored to their state before the import. */
  undone: number;
  /** Cells that could not be undone (another writer changed them since), by row. */
  notUndone: UndoFailure[];
}
