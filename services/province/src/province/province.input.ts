import { ArgsType, Field, ID } from 'type-graphql';
import { UnitListArgs } from '@union/subgraph-kit';

@ArgsType()
export class ProvincesArgs extends UnitListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Chinese name, full pinyin, initials (any case) or a code prefix.',
  })
  search?: string | null;
}

@ArgsType()
export class ProvinceArgs {
  @Field(() => ID, { description: 'Six-digit code, e.g. 510000.' })
  code!: string;
}
