import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type ReportState } from '@union/domain';

/**
 * A unit's report for a period: where it stands, in the subgraph of the unit's level. A
 * report with no row is OPEN at version 0. A figure write makes the row (OPEN, version 0)
 * if it is missing, so that the write and a decision on the report always meet on one row
 * (see report-store.ts); every decision raises `version`, and a decision is a conditional
 * update on the version it read, so of two approvers deciding at once one wins.
 */
@Entity({ abstract: true })
export abstract class ReportRow {
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @PrimaryKey({ type: 'string', length: 9 })
  period!: string;

  @Property({ type: 'string', length: 16 })
  state!: ReportState;

  /** Raised by every event; 0 for a row nobody has decided on yet. */
  @Property({ type: 'integer' })
  version!: number;

  /** ISO 8601 UTC instant of the last event; null before the first. */
  @Property({ type: 'string', length: 24, nullable: true })
  updatedAt!: string | null;

  /** The `sub` of whoever made the last event. */
  @Property({ type: 'string', length: 255, nullable: true })
  updatedBy!: string | null;

  /** Admin corrections of the report's figures since it was last approved. */
  @Property({ type: 'integer', default: 0 })
  modifiedSinceApproval!: number;

  /** An admin reopened the unit and period for entry after its deadline. */
  @Property({ type: 'boolean', default: false })
  reopened!: boolean;
}
