import { type GatewayInterface } from '@apollo/server-gateway-interface';
import { type ExecutionResult, type GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** How a subgraph executes operations: SUBGRAPH_EXECUTION=interpreted for graphql-js's. */
export type SubgraphExecution = 'compiled' | 'interpreted';

export function readSubgraphExecution(env: NodeJS.ProcessEnv = process.env): SubgraphExecution {
  const raw = env.SUBGRAPH_EXECUTION || 'compiled';
  if (raw !== 'compiled' && raw !== 'interpreted') {
    throw new Error(`SUBGRAPH_EXECUTION must be compiled or interpreted, got "${raw}"`);
  }
  return raw;
}

/** Compiled operations kept per server; a gateway sends a few dozen distinct documents. */
const MAX_COMPILED_OPERATIONS = 1_000;

/**
 * Executes a subgraph's operations with graphql-jit instead of graphql-js's interpreter:
 * each distinct document is compiled once into a function that resolves its fields
 * without graphql-js's per-field bookkeeping (argument coercion, path objects, a promise
 * per object), which was most of a subgraph's CPU in the national report. Apollo Server
 * still parses, validates, runs the plugins and formats errors; only execution changes.
 * It plugs in through Apollo Server's executor interface (the one a gateway uses): the
 * schema is handed over once and never changes.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        async executor(request): Promise<ExecutionResult> {
          const key = `${request.queryHash}|${request.operationName ?? ''}`;
          let query = compiled.get(key);
          if (!query) {
            const result = compileQuery(
              schema,
              request.document,
              request.operationName ?? undefined,
            );
            if (!isCompiledQuery(result)) return result;
            query = result;
            // Oldest first out: a Map iterates in insertion order.
            if (compiled.size >= MAX_COMPILED_OPERATIONS) {
              compiled.delete(compiled.keys().next().value!);
            }
            compiled.set(key, query);
          }
          return query.query(undefined, request.context, request.request.variables ?? {});
        },
      };
    },
    async stop() {},
  };
}
