import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class ProvincesArgs {
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
