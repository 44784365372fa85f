import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

/** The header that carries a request's id from the gateway to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The id a request is logged under: the one its sender gave (the gateway, or a client that
 * tags its own requests) when it is short and plain, otherwise a new one. Written back onto
 * the request so everything downstream reads the same id.
 */
export function assignRequestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;
  return id;
}
