import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** What a change did to a cell. SEEDED: loaded from a seed report. */
export const CHANGE_ACTIONS = ['SEEDED', 'RECORDED', 'CORRECTED', 'RETRACTED', 'IMPORTED'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/**
 * One change of one figure cell, appended in the same transaction as the change itself and
 * never updated or deleted: the cell's whole history, oldest to newest by `version`. The
 * contract fields (texts and intervals) have columns; `oldRecord` and `newRecord` keep every
 * field of the figure as JSON, so a correction loses nothing (a note, a source, a reading).
 */
@Entity({ abstract: true })
export abstract class FigureChangeRow {
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  metric!: string;

  @PrimaryKey({ type: 'string', length: 9 })
  period!: string;

  /** The cell's version after this change; a retraction's is the version it retired + 1. */
  @PrimaryKey({ type: 'integer' })
  version!: number;

  /** ISO 8601 UTC instant. */
  @Property({ type: 'string', length: 24 })
  at!: string;

  /** The user's `sub`, or `seed` for the seed reports. */
  @Property({ type: 'string', length: 255 })
  by!: string;

  @Property({ type: 'string', length: 16 })
  action!: ChangeAction;

  @Property({ type: 'text', nullable: true })
  oldText!: string | null;

  @Property({ type: 'text', nullable: true })
  newText!: string | null;

  @Property({ type: 'double', nullable: true })
  oldLower!: number | null;

  @Property({ type: 'double', nullable: true })
  oldUpper!: number | null;

  @Property({ type: 'double', nullable: true })
  newLower!: number | null;

  @Property({ type: 'double', nullable: true })
  newUpper!: number | null;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;

  /** Every field of the figure before the change, as JSON; null when there was none. */
  @Property({ type: 'text', nullable: true })
  oldRecord!: string | null;

  /** Every field of the figure after the change, as JSON; null after a retraction. */
  @Property({ type: 'text', nullable: true })
  newRecord!: string | null;
}
