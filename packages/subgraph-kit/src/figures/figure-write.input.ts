import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Where an entered figure was printed; optional for entered figures.' })
export class SourceInput {
  @Field(() => String, { description: 'The report or file it comes from.' })
  document!: string;

  @Field(() => String, { description: 'The passage, verbatim.' })
  quote!: string;
}

@InputType({ description: 'A figure as printed, for one cell (unit, metric, period).' })
export class FigureInput {
  @Field(() => ID, { description: "The unit's six-digit code, at this subgraph's level." })
  code!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String, { description: 'YYYY or YYYY-YYYY.' })
  period!: string;

  @Field(() => String, {
    description: 'Exactly as printed, e.g. 329余万人; read by the project parser (docs/values.md).',
  })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the report meant where the print is a typo; read instead of text.',
  })
  reading?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The figure covers every unit below (audit rule EQUALS). Default false.',
  })
  complete?: boolean | null;

  @Field(() => SourceInput, { nullable: true })
  source?: SourceInput | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version this write is based on (the cell's `version` as read); null: the cell " +
      'must have no figure yet. Anything else current is a CONFLICT, never an overwrite.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, for a correction; kept in history.' })
  reason?: string | null;
}

@InputType({ description: "Withdraws a cell's figure; its history keeps what it was." })
export class RetractInput {
  @Field(() => ID)
  code!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;

  @Field(() => Int, { description: 'The version being retracted.' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Required: why the figure is withdrawn.' })
  reason!: string;
}
