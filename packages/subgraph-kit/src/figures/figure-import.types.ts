import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

@InputType({ description: 'One row of an imported file: a figure for one cell, as printed.' })
export class FigureImportRow {
  @Field(() => Int, { description: "The row's number in the file (the header is row 1)." })
  row!: number;

  @Field(() => ID)
  code!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String, { description: 'YYYY or YYYY-YYYY.' })
  period!: string;

  @Field(() => String, { description: 'Exactly as printed; read by the project parser.' })
  text!: string;

  @Field(() => String, { nullable: true })
  reading?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Boolean, { nullable: true })
  complete?: boolean | null;

  @Field(() => String, { nullable: true })
  document?: string | null;

  @Field(() => String, { nullable: true })
  quote?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The cell's version the file was made from; absent: not checked.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "One level's rows of an imported file." })
export class FigureImportInput {
  @Field(() => String, { description: "The file's name, written in each history row." })
  fileName!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Check every row and report what would change, then write nothing.',
  })
  dryRun?: boolean | null;

  @Field(() => [FigureImportRow])
  rows!: FigureImportRow[];
}

export const IMPORT_OUTCOMES = ['CREATED', 'CHANGED', 'UNCHANGED'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export const ImportOutcomeEnum = Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, o])) as {
  [O in ImportOutcome]: O;
};
registerEnumType(ImportOutcomeEnum, {
  name: 'ImportOutcome',
  description:
    'CREATED: a cell with no figure gets one. CHANGED: a figure is replaced. ' +
    'UNCHANGED: the cell already holds exactly this figure.',
});

@ObjectType({
  description: 'A row of an import that cannot be written, and why.',
  simpleResolvers: true,
})
@Directive('@shareable')
export class ImportProblem {
  @Field(() => Int)
  row!: number;

  @Field(() => String, { description: 'The column at fault: code, metric, period, text, ...' })
  column!: string;

  @Field(() => String, {
    description: 'BAD_USER_INPUT, FORBIDDEN, CONFLICT, LOCKED or PERIOD_CLOSED.',
  })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({
  description: 'What an import does, or would do, to one cell.',
  simpleResolvers: true,
})
@Directive('@shareable')
export class ImportChange {
  @Field(() => Int)
  row!: number;

  @Field(() => ID)
  code!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;

  @Field(() => ImportOutcomeEnum)
  outcome!: ImportOutcome;

  @Field(() => String, { nullable: true, description: 'The text before; null: no figure.' })
  oldText!: string | null;

  @Field(() => String)
  newText!: string;

  @Field(() => Int, { description: "The cell's version after the import (or as it would be)." })
  version!: number;
}

@ObjectType({ description: "The outcome of one level's part of an import.", simpleResolvers: true })
@Directive('@shareable')
export class FigureImportReport {
  @Field(() => Boolean, { description: 'True when the rows were written (all of them).' })
  written!: boolean;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  changed!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [ImportProblem], { description: 'Every problem, by row; empty for a valid file.' })
  problems!: ImportProblem[];

  @Field(() => [ImportChange], { description: 'Every valid row, in file order.' })
  changes!: ImportChange[];
}
