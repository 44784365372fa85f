import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class AsOfArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'The tree at the end of this year (1949–2100; before 1981 the 1981 tree answers, after ' +
      '2023 the 2023 one), each unit under the name it had then; today’s tree when absent.',
  })
  asOf?: number | null;
}

@ArgsType()
export class UnitListArgs extends AsOfArgs {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Also the units no longer in use (双流县 510122), under their last name; only units in ' +
      'use when absent or false. Not with asOf.',
  })
  includeRetired?: boolean | null;
}
