import { type RequestHandler, type Response } from 'express';
import { isSignedByGateway, SIGNATURE_EXTENSION } from './request-signature';

/**
 * The most representations one `_entities` request may carry. The dated tree holds 6,688
 * units (31 provinces, 544 prefecture-level and 6,113 county-level codes, retired ones
 * included), so one fetch of every unit that ever was stays under it; a caller sending
 * 100,000 made a subgraph grow by 330 MB.
 */
export const MAX_REPRESENTATIONS = 10_000;

interface GraphQLParams {
  query: unknown;
  variables: unknown;
  extensions: unknown;
}

/** A GET request's parameters are JSON in the query string; a POST's are its body. */
function paramsOf(request: Parameters<RequestHandler>[0]): GraphQLParams | null {
  if (request.method === 'GET') {
    const read = (name: string): unknown => {
      const raw = request.query[name];
      if (typeof raw !== 'string') return undefined;
      try {
        return name === 'query' ? raw : (JSON.parse(raw) as unknown);
      } catch {
        return undefined;
      }
    };
    return { query: read('query'), variables: read('variables'), extensions: read('extensions') };
  }
  const body: unknown = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  return body as GraphQLParams;
}

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Lets through only requests the gateway signed: an HMAC of the document and its variables
 * (which include any `_entities` representations and the `@requires` data in them) with the
 * secret the gateway and the subgraphs share. A caller who reaches a subgraph directly can
 * neither query it nor hand it made-up figures to audit. Checked before Apollo Server parses
 * anything; a batch (a JSON array) is refused, since the gateway never sends one.
 */
export function requireGatewaySignature(secret: string): RequestHandler {
  return (request, response, next) => {
    const params = paramsOf(request);
    if (params === null) {
      refuse(response, 400, 'BAD_REQUEST', 'send one GraphQL request as a JSON object');
      return;
    }
    const signature = (params.extensions as Record<string, unknown> | undefined)?.[
      SIGNATURE_EXTENSION
    ];
    const variables = params.variables as Record<string, unknown> | null | undefined;
    if (
      typeof params.query !== 'string' ||
      typeof signature !== 'string' ||
      !isSignedByGateway(secret, params.query, variables, signature)
    ) {
      refuse(
        response,
        403,
        'FORBIDDEN',
        'this subgraph answers only its gateway: the request carries no valid gateway signature',
      );
      return;
    }
    const representations = variables?.representations;
    if (Array.isArray(representations) && representations.length > MAX_REPRESENTATIONS) {
      refuse(
        response,
        400,
        'BAD_USER_INPUT',
        `${representations.length} representations in one request; at most ${MAX_REPRESENTATIONS}`,
      );
      return;
    }
    next();
  };
}
