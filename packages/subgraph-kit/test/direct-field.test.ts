import 'reflect-metadata';
import { createRequire } from 'node:module';
import { type ExecutionResult } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  createParameterDecorator,
  Field,
  FieldResolver,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../src/federation/build-subgraph-schema';
import { DirectField } from '../src/graphql/direct-field';

// The schema is built with graphql's CommonJS build (as type-graphql and Apollo load it):
// execute with the same one.
const { execute, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

@ObjectType({ simpleResolvers: true })
class Unit {
  @Field(() => String)
  code!: string;
}

@ObjectType({ simpleResolvers: true })
class Cell {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String, { nullable: true })
  seen?: string;
}

@ArgsType()
class CellArgs {
  @Field(() => String)
  metric!: string;
}

/** What the last direct call received, to compare with what GraphQL handed over. */
const received: { root?: unknown; args?: unknown; context?: unknown; field?: string } = {};
const units: Unit[] = [{ code: '510106' }, { code: '510107' }];

@Resolver()
class UnitQuery {
  @Query(() => [Unit])
  units(): Unit[] {
    return units;
  }
}

@Resolver(() => Unit)
class DirectCellResolver {
  @FieldResolver(() => Cell)
  @DirectField()
  cell(@Root() unit: Unit, @Args(() => CellArgs) args: CellArgs): Cell {
    received.root = unit;
    received.args = args;
    if (args.metric === 'unknown') throw new Error('no metric unknown');
    return { code: unit.code, metric: args.metric };
  }

  @FieldResolver(() => String)
  @DirectField()
  label(
    @Arg('prefix', () => String) prefix: string,
    @Root() unit: Unit,
    @Ctx('caller') caller: string,
    @Info() info: { fieldName: string },
  ): string {
    received.field = info.fieldName;
    return `${prefix}${unit.code}/${caller}`;
  }

  @FieldResolver(() => Cell)
  wrapped(@Root() unit: Unit, @Args(() => CellArgs) args: CellArgs): Cell {
    return { code: unit.code, metric: args.metric };
  }
}

@Resolver(() => Cell)
class SeenResolver {
  @FieldResolver(() => String, { nullable: true })
  @DirectField()
  seen(@Root() cell: Cell, @Ctx() context: { caller: string }): string {
    received.context = context;
    return `${cell.metric} for ${context.caller}`;
  }
}

const resolvers = [UnitQuery, DirectCellResolver, SeenResolver] as const;

async function run(query: string) {
  const schema = await buildFederatedSchema({ resolvers });
  const context = { caller: 'auditor' };
  return { context, result: execute({ schema, document: parse(query), contextValue: context }) };
}

describe('@DirectField', () => {
  it('answers without a promise where type-graphql’s wrapper would answer with one', async () => {
    const direct = await run('{ units { cell(metric: "members") { code metric seen } } }');
    expect(direct.result).not.toBeInstanceOf(Promise);
    expect((direct.result as ExecutionResult).data).toEqual({
      units: [
        { cell: { code: '510106', metric: 'members', seen: 'members for auditor' } },
        { cell: { code: '510107', metric: 'members', seen: 'members for auditor' } },
      ],
    });
    // The same field through type-graphql's wrapper: its @Args make it a promise.
    const wrapped = await run('{ units { wrapped(metric: "members") { code metric } } }');
    expect(wrapped.result).toBeInstanceOf(Promise);
    expect(await wrapped.result).toEqual({
      data: {
        units: [
          { wrapped: { code: '510106', metric: 'members' } },
          { wrapped: { code: '510107', metric: 'members' } },
        ],
      },
    });
  });

  it('hands the method its root, arguments and context as GraphQL gave them', async () => {
    const { context, result } = await run(
      '{ units { cell(metric: "members") { seen } label(prefix: "#") } }',
    );
    expect((result as ExecutionResult).data).toEqual({
      units: [
        { cell: { seen: 'members for auditor' }, label: '#510106/auditor' },
        { cell: { seen: 'members for auditor' }, label: '#510107/auditor' },
      ],
    });
    expect(received.root).toBe(units[1]);
    expect(received.args).toEqual({ metric: 'members' });
    expect(received.context).toBe(context);
    expect(received.field).toBe('label');
  });

  it('reports what the method throws as the field’s error, as before', async () => {
    const { result } = await run('{ units { code cell(metric: "unknown") { code } } }');
    const { data, errors } = result as ExecutionResult;
    expect(data).toBeNull();
    expect(errors?.map((error) => [error.message, error.path?.join('.')])).toEqual([
      ['no metric unknown', 'units.0.cell'],
    ]);
  });

  it('is refused, naming the method, where it would skip what type-graphql does per call', async () => {
    const Caller = () =>
      createParameterDecorator<{ caller: string }>(({ context }) => context.caller);

    @Resolver(() => Unit)
    class CustomParam {
      @FieldResolver(() => String)
      @DirectField()
      caller(@Caller() caller: string): string {
        return caller;
      }
    }
    await expect(buildFederatedSchema({ resolvers: [UnitQuery, CustomParam] })).rejects.toThrow(
      '@DirectField CustomParam.caller: a custom parameter is not supported',
    );

    @Resolver(() => Unit)
    class WithMiddleware {
      @FieldResolver(() => String)
      @UseMiddleware((_data, next) => next())
      @DirectField()
      guarded(@Root() unit: Unit): string {
        return unit.code;
      }
    }
    await expect(buildFederatedSchema({ resolvers: [UnitQuery, WithMiddleware] })).rejects.toThrow(
      '@DirectField WithMiddleware.guarded has middlewares or roles',
    );

    @Resolver(() => Unit)
    class NeedsService {
      constructor(private readonly prefix: string) {}

      @FieldResolver(() => String)
      @DirectField()
      prefixed(@Root() unit: Unit): string {
        return this.prefix + unit.code;
      }
    }
    await expect(buildFederatedSchema({ resolvers: [UnitQuery, NeedsService] })).rejects.toThrow(
      '@DirectField NeedsService.prefixed: its class takes constructor arguments',
    );

    await expect(
      buildFederatedSchema({ resolvers, globalMiddlewares: [(_data, next) => next()] }),
    ).rejects.toThrow('global middlewares would not run for the @DirectField fields Unit.cell');
  });
});
