import { ArgsType, Field, ID } from 'type-graphql';
import { UnitListArgs } from '@union/subgraph-kit';

@ArgsType()
export class CitiesArgs extends UnitListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Chinese name, full pinyin, initials (any case) or a code prefix.',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the cities of this province.' })
  provinceCode?: string | null;
}

@ArgsType()
export class CityArgs {
  @Field(() => ID, { description: 'Six-digit code, e.g. 510100.' })
  code!: string;
}
