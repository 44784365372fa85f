import { type RequestHandler, type Response } from 'express';
import { rawBodyOf } from '../server/http-app';
import { isSignedBody, SIGNATURE_HEADER } from './request-signature';

/**
 * The most representations one `_entities` request may carry. The dated tree holds 6,688
 * units (31 provinces, 544 prefecture-level and 6,113 county-level codes, retired ones
 * included), so one fetch of every unit that ever was stays under it; a caller sending
 * 100,000 made a subgraph grow by 330 MB.
 */
export const MAX_REPRESENTATIONS = 10_000;

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Lets through only requests the gateway signed: the `x-gateway-signature` header must be
 * the HMAC of the body's exact bytes (document, variables and so any `_entities`
 * representations and the `@requires` data in them) with the secret the gateway and the
 * subgraphs share. A caller who reaches a subgraph directly can neither query it nor hand it
 * made-up figures to audit. Checked before Apollo Server reads the request; a request with
 * no JSON body (a GET) carries nothing signed and is refused, and a batch (a JSON array) is
 * refused, since the gateway sends neither.
 */
export function requireGatewaySignature(secret: string): RequestHandler {
  return (request, response, next) => {
    const raw = rawBodyOf(request);
    const signature = request.get(SIGNATURE_HEADER);
    if (raw === undefined || signature === undefined || !isSignedBody(secret, raw, signature)) {
      refuse(
        response,
        403,
        'FORBIDDEN',
        'this subgraph answers only its gateway: the request carries no valid gateway signature',
      );
      return;
    }
    const body: unknown = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      refuse(response, 400, 'BAD_REQUEST', 'send one GraphQL request as a JSON object');
      return;
    }
    const variables = (body as { variables?: unknown }).variables;
    const representations = (variables as { representations?: unknown } | null | undefined)
      ?.representations;
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
