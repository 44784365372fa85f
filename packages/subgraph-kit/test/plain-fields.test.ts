import 'reflect-metadata';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../src/federation/build-subgraph-schema';

@ObjectType()
class Wrapped {
  @Field(() => String)
  name!: string;
}

@ObjectType({ simpleResolvers: true })
class Plain {
  @Field(() => String)
  name!: string;
}

@Resolver()
class WrappedQuery {
  @Query(() => Wrapped)
  wrapped(): Wrapped {
    return { name: '金牛区' };
  }
}

@Resolver()
class PlainQuery {
  @Query(() => Plain)
  plain(): Plain {
    return { name: '金牛区' };
  }
}

describe('plain fields of a subgraph', () => {
  it('refuses an object type whose plain fields type-graphql would wrap in resolvers', async () => {
    await expect(buildFederatedSchema({ resolvers: [WrappedQuery] })).rejects.toThrow(
      'object types without simpleResolvers: true: Wrapped',
    );
  });

  it('leaves the plain fields of a type that declares simpleResolvers to the default read', async () => {
    const schema = await buildFederatedSchema({ resolvers: [PlainQuery] });
    const type = schema.getType('Plain') as { getFields(): Record<string, { resolve?: unknown }> };
    expect(type.getFields().name?.resolve).toBeUndefined();
  });
});
