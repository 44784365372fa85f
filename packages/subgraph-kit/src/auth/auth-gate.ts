import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { type Viewer } from '@union/domain';
import { type GraphQLError } from 'graphql';
import { type TokenVerifier } from './token-verifier';

export interface AuthGateOptions {
  verify: TokenVerifier;
  /** Refuse anonymous GraphQL requests (AUTH_REQUIRED_FOR_READS=on). */
  requiredForReads: boolean;
}

/**
 * What needs no token even when reads do: the GraphiQL page a browser asks for (a page, not
 * data) and everything outside /graphql (health checks).
 */
function isOpenRequest(request: IncomingMessage): boolean {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== '/graphql') return true;
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

function refuse(response: ServerResponse, error: GraphQLError): void {
  response.statusCode = 401;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('www-authenticate', 'Bearer');
  response.end(
    JSON.stringify({
      errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }],
    }),
  );
}

const viewers = new WeakMap<IncomingMessage, Viewer | null>();

/** The viewer the gate verified for a request; null when anonymous. */
export function viewerOf(request: IncomingMessage): Viewer | null {
  return viewers.get(request) ?? null;
}

/**
 * Verifies the caller's token before any GraphQL work: a bad, expired or foreign token is a
 * 401 with code UNAUTHENTICATED, the same at the gateway (on both engines) and at every
 * subgraph. The gateway passes a valid token on untouched; each subgraph verifies it again
 * and decides for itself (viewerOf), never trusting a claim it cannot check.
 */
export function withAuthGate(handler: RequestListener, options: AuthGateOptions): RequestListener {
  return (request, response) => {
    const authorization = request.headers.authorization;
    options
      .verify(authorization)
      .then((viewer) => {
        if (viewer === null && options.requiredForReads && !isOpenRequest(request)) {
          const error = new Error('this graph requires a token (Authorization: Bearer <token>)');
          refuse(response, error as GraphQLError);
          return;
        }
        viewers.set(request, viewer);
        handler(request, response);
      })
      .catch((error: unknown) => refuse(response, error as GraphQLError));
  };
}
