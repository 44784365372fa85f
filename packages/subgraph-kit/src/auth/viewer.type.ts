import { type Role, ROLES, type Viewer } from '@union/domain';
import { Field, ID, ObjectType, Query, Resolver, Ctx, registerEnumType } from 'type-graphql';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role])) as {
  [R in Role as Uppercase<R>]: R;
};
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'VIEWER reads; REPORTER records and corrects figures of its units; APPROVER decides on the ' +
    'reports of the level below; ADMIN administers. A token carries them in lowercase.',
});

@ObjectType('Viewer', {
  description: 'Who is asking, as their verified token says.',
  simpleResolvers: true,
})
export class ViewerType implements Viewer {
  @Field(() => ID)
  sub!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => [ID], {
    description:
      'Roots of the subtrees the user works in: 510100 covers Chengdu and its districts.',
  })
  units!: string[];
}

/** `me`: the caller as this subgraph verified them; null when anonymous. */
@Resolver(() => ViewerType)
export class MeResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who is asking; null without a token.' })
  me(@Ctx() { viewer }: { viewer: Viewer | null }): Viewer | null {
    return viewer;
  }
}
