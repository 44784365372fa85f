import { ArgsType, Field, ID, Int } from 'type-graphql';
import { UnitListArgs } from '@union/subgraph-kit';

@ArgsType()
export class DistrictsArgs extends UnitListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Chinese name, full pinyin, initials (any case) or a code prefix.',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the districts of this city.' })
  cityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the districts of this province.' })
  provinceCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many (0 to 500); every match when omitted.',
  })
  first?: number | null;

  @Field(() => Int, { nullable: true, description: 'Skip this many, in code order.' })
  offset?: number | null;
}

@ArgsType()
export class DistrictArgs {
  @Field(() => ID, { description: 'Six-digit code, e.g. 510106.' })
  code!: string;
}
