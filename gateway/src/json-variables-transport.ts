import http from '@graphql-mesh/transport-http';

type GetSubgraphExecutor = typeof http.getSubgraphExecutor;
type Executor = ReturnType<GetSubgraphExecutor>;
type ExecutionRequest = Parameters<Executor>[0];

/**
 * A variable's value that `JSON.stringify` writes as the value itself, and that code looking
 * for files inside plain objects and arrays passes by without copying.
 */
class SentAsJson {
  constructor(private readonly value: unknown) {}

  toJSON(): unknown {
    return this.value;
  }
}

/** The same variables, each value sent as it is. */
function sentAsJson(variables: Record<string, unknown>): Record<string, SentAsJson> {
  const wrapped: Record<string, SentAsJson> = {};
  for (const [name, value] of Object.entries(variables)) wrapped[name] = new SentAsJson(value);
  return wrapped;
}

/**
 * Hive Gateway's HTTP transport, sending subgraph requests exactly as it does, but without
 * first copying every variable while it looks for files to upload as multipart: the
 * subgraphs take no uploads, and an entity fetch's variables are the representations of
 * every entity it asks for (10,000 city cells in a country-wide audit), so the copy was a
 * twentieth of the gateway's CPU. The transport still writes the body with JSON.stringify,
 * which writes each wrapped value as the value; `json-variables-transport.test.ts` checks
 * the bytes a subgraph receives.
 */
export const jsonVariablesHttp: { getSubgraphExecutor: GetSubgraphExecutor } = {
  getSubgraphExecutor(payload) {
    const executor = http.getSubgraphExecutor(payload);
    const sendAsJson = (request: ExecutionRequest) =>
      executor(
        request.variables ? { ...request, variables: sentAsJson(request.variables) } : request,
      );
    // Disposing the gateway aborts the transport's requests in flight: keep its dispose.
    for (const symbol of [Symbol.dispose, Symbol.asyncDispose]) {
      const dispose = (executor as unknown as Record<symbol, unknown>)[symbol];
      if (typeof dispose === 'function') {
        Object.defineProperty(sendAsJson, symbol, { value: dispose.bind(executor) });
      }
    }
    return sendAsJson as Executor;
  },
};
