import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type ChangeAction, CHANGE_ACTIONS } from './figure-change-row';

export const ChangeActionEnum = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, a])) as {
  [A in ChangeAction]: A;
};
registerEnumType(ChangeActionEnum, {
  name: 'ChangeAction',
  description:
    'SEEDED: loaded from a seed report. RECORDED: entered where there was no figure. ' +
    'CORRECTED: replaced a figure. RETRACTED: withdrawn, with a reason. IMPORTED: from a file.',
});

@ObjectType({ description: 'One change of a figure cell.', simpleResolvers: true })
@Directive('@shareable')
export class FigureChange {
  @Field(() => Int, { description: 'The cell version this change produced.' })
  version!: number;

  @Field(() => String, { description: 'ISO 8601 UTC instant.' })
  at!: string;

  @Field(() => String, { description: "The user's sub, or seed." })
  by!: string;

  @Field(() => ChangeActionEnum)
  action!: ChangeAction;

  @Field(() => String, { nullable: true })
  oldText!: string | null;

  @Field(() => String, { nullable: true })
  newText!: string | null;

  @Field(() => Float, { nullable: true })
  oldLower!: number | null;

  @Field(() => Float, { nullable: true })
  oldUpper!: number | null;

  @Field(() => Float, { nullable: true })
  newLower!: number | null;

  @Field(() => Float, { nullable: true })
  newUpper!: number | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The request that made the change.' })
  requestId!: string | null;
}
