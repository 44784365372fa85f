import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type Knex } from '@mikro-orm/knex';

/**
 * One reported figure as stored by the subgraph of its level: the text as printed, the
 * interval derived from it, and where it was printed. (code, metric, period) is the key.
 */
@Entity({ abstract: true })
export abstract class FigureRow {
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
  qualifier!: string;

  @Property({ type: 'string', length: 16 })
  unit!: string;

  /** The source report's file name. */
  @Property({ type: 'text' })
  document!: string;

  @Property({ type: 'text' })
  quote!: string;

  @Property({ type: 'text', nullable: true })
  note!: string | null;

  /** The report declares the figure covers every unit below: audits use EQUALS. */
  @Property({ type: 'boolean' })
  complete!: boolean;
}

/** The columns of FigureRow, for each level's figures migration. */
export function addFigureColumns(table: Knex.CreateTableBuilder): void {
  table.string('code', 6).notNullable();
  table.string('metric', 64).notNullable();
  table.string('period', 9).notNullable();
  table.text('text').notNullable();
  table.text('reading').nullable();
  table.double('value').notNullable();
  table.double('lower').notNullable();
  table.double('upper').nullable();
  table.string('qualifier', 16).notNullable();
  table.string('unit', 16).notNullable();
  table.text('document').notNullable();
  table.text('quote').notNullable();
  table.text('note').nullable();
  table.boolean('complete').notNullable();
  table.primary(['code', 'metric', 'period']);
  table.index(['metric', 'period']);
}
