import { DIVISION_LEVELS, type DivisionLevel } from '@union/domain';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const DivisionLevelEnum = Object.fromEntries(DIVISION_LEVELS.map((l) => [l, l])) as {
  [L in DivisionLevel]: L;
};
registerEnumType(DivisionLevelEnum, {
  name: 'DivisionLevel',
  description: 'PROVINCE (510000), CITY (510100) or DISTRICT, a county-level unit (510106).',
});

@ObjectType({
  description:
    'A code a unit became, or came from, when a code was retired: 双流县 510122 became ' +
    '双流区 510116 in 2015. A unit may change level (西沙群岛 469031 went to 三沙市 460300).',
  simpleResolvers: true,
})
@Directive('@shareable')
export class UnitChange {
  @Field(() => Int, {
    description:
      'The first year at whose end the change shows: the successor in use, the predecessor not.',
  })
  year!: number;

  @Field(() => ID)
  code!: string;

  @Field(() => String, {
    description: "A successor's name in that year; a predecessor's in its last year.",
  })
  name!: string;

  @Field(() => DivisionLevelEnum)
  level!: DivisionLevel;
}
