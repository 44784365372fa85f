import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type ReportAction, type ReportState } from '@union/domain';

/**
 * One event of a report (a decision, a reopening, an admin's correction), appended in the
 * same transaction as the change of the report's row and never updated or deleted.
 */
@Entity({ abstract: true })
export abstract class ReportEventRow {
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @PrimaryKey({ type: 'string', length: 9 })
  period!: string;

  /** The report's version after this event. */
  @PrimaryKey({ type: 'integer' })
  version!: number;

  /** ISO 8601 UTC instant. */
  @Property({ type: 'string', length: 24 })
  at!: string;

  /** The user's `sub`. */
  @Property({ type: 'string', length: 255 })
  by!: string;

  @Property({ type: 'string', length: 16 })
  action!: ReportAction;

  @Property({ type: 'string', length: 16 })
  fromState!: ReportState;

  @Property({ type: 'string', length: 16 })
  toState!: ReportState;

  @Property({ type: 'text', nullable: true })
  comment!: string | null;

  /** The approver approved although the audit found an INCONSISTENT cell. */
  @Property({ type: 'boolean', default: false })
  override!: boolean;

  /** The cell an admin corrected (CORRECTED); null for other events. */
  @Property({ type: 'string', length: 64, nullable: true })
  metric!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;
}
