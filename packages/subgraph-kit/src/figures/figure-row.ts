import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { type FigureRecord, type Qualifier } from '@union/domain';

/**
 * One reported figure as stored by the subgraph of its level: the text as printed, the
 * interval derived from it, and where it was printed. (code, metric, period) is the key;
 * the (metric, period) index serves the reads across every unit of a level. The entity is the
 * table's only definition: its migrations are generated from it (docs/migrations.md).
 */
@Entity({ abstract: true })
@Index({ properties: ['metric', 'period'] })
export abstract class FigureRow implements FigureRecord {
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  metric!: string;

  @PrimaryKey({ type: 'string', length: 9 })
  period!: string;

  /** Exactly as printed, e.g. 329余万人. */
  @Property({ type: 'text' })
  text!: string;

  /** What the report meant where the printed text is a typo; the interval is read from it. */
  @Property({ type: 'text', nullable: true })
  reading!: string | null;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'double' })
  lower!: number;

  /** Null: unbounded above (以上, 超过). */
  @Property({ type: 'double', nullable: true })
  upper!: number | null;

  @Property({ type: 'string', length: 16 })
  qualifier!: Qualifier;

  @Property({ type: 'string', length: 16 })
  unit!: string;

  /** The source report's file name; null for a figure entered without a source. */
  @Property({ type: 'text', nullable: true })
  document!: string | null;

  @Property({ type: 'text', nullable: true })
  quote!: string | null;

  @Property({ type: 'text', nullable: true })
  note!: string | null;

  /** The report declares the figure covers every unit below: audits use EQUALS. */
  @Property({ type: 'boolean' })
  complete!: boolean;

  /** Raised by every write; a write names the version it read (optimistic concurrency). */
  @Property({ type: 'integer', default: 1 })
  version!: number;

  /** ISO 8601 UTC instant of the last write. */
  @Property({ type: 'string', length: 24, default: '1970-01-01T00:00:00.000Z' })
  updatedAt!: string;

  /** The `sub` of the last writer, or `seed`. */
  @Property({ type: 'string', length: 255, default: 'seed' })
  updatedBy!: string;
}
