import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { compiledExecution, readSubgraphExecution } from '../src/server/compiled-execution';

// graphql-jit loads graphql's CommonJS build; the schema must come from the same one, as it
// does in the servers (type-graphql and Apollo Server load it too).
const {
  execute,
  GraphQLError,
  GraphQLFloat,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const units: Record<string, { code: string; name: string }> = {
  '510106': { code: '510106', name: '金牛区' },
};

const Unit = new GraphQLObjectType({
  name: 'Unit',
  fields: {
    code: { type: new GraphQLNonNull(GraphQLString) },
    name: { type: new GraphQLNonNull(GraphQLString) },
    figure: {
      type: GraphQLFloat,
      args: { metric: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: (_unit, { metric }: { metric: string }) => {
        if (metric === 'nope') {
          throw new GraphQLError('unknown metric nope', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return 181386;
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      unit: {
        type: Unit,
        args: { code: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: (_root, { code }: { code: string }) => units[code] ?? null,
      },
    },
  }),
});

async function run(query: string, variables: Record<string, unknown> = {}, queryHash = query) {
  const gateway = compiledExecution(schema);
  let handedOver: unknown;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (handedOver = apiSchema));
  expect(handedOver).toBe(schema);
  const { executor } = await gateway.load({ apollo: {} });
  const document = parse(query);
  const request = { document, operationName: null, queryHash, context: {}, request: { variables } };
  return executor!(request as never);
}

describe('compiled execution', () => {
  it('answers as graphql-js does, errors with their path and code included', async () => {
    const query = `query ($code: String!) {
      unit(code: $code) { code name figure(metric: "members") bad: figure(metric: "nope") }
      missing: unit(code: "510000") { name }
    }`;
    const variables = { code: '510106' };
    const compiled = await run(query, variables);
    const interpreted = await execute({
      schema,
      document: parse(query),
      variableValues: variables,
    });
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.data).toEqual({
      unit: { code: '510106', name: '金牛区', figure: 181386, bad: null },
      missing: null,
    });
    expect(compiled.errors?.map((e) => [e.message, e.path, e.extensions?.code])).toEqual([
      ['unknown metric nope', ['unit', 'bad'], 'BAD_USER_INPUT'],
    ]);
  });

  it('reads the switch from the environment and refuses an unknown value', () => {
    expect(readSubgraphExecution({})).toBe('compiled');
    expect(readSubgraphExecution({ SUBGRAPH_EXECUTION: 'interpreted' })).toBe('interpreted');
    expect(() => readSubgraphExecution({ SUBGRAPH_EXECUTION: 'jit' })).toThrow(
      'SUBGRAPH_EXECUTION must be compiled or interpreted, got "jit"',
    );
  });
});
