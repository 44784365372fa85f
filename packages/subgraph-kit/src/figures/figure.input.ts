import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class FigureArgs {
  @Field(() => String, { description: 'A metric code from Query.metrics, e.g. members.' })
  metric!: string;

  @Field(() => String, {
    description: 'YYYY (a year) or YYYY-YYYY (a span; an en dash is read as a hyphen).',
  })
  period!: string;
}

@ArgsType()
export class CellsArgs {
  @Field(() => String, { description: 'YYYY or YYYY-YYYY.' })
  period!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Metric codes, in the order wanted; every catalog metric when absent.',
  })
  metrics?: string[] | null;
}

@ArgsType()
export class FiguresArgs {
  @Field(() => String, { nullable: true, description: 'Only this period; every period if absent.' })
  period?: string | null;
}
