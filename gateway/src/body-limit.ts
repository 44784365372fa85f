import { type RequestListener } from 'node:http';

/**
 * The largest request body the gateway reads: 1 MB. A query within the token limit is a few
 * kilobytes; the rest is room for variables.
 */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/**
 * Refuses a request whose declared body is over the limit with 413 before either engine
 * reads it; a JSON array of operations (a batch) is refused by both engines themselves.
 */
export function withBodyLimit(handler: RequestListener, maxBytes: number): RequestListener {
  return (request, response) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > maxBytes) {
      response.statusCode = 413;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('connection', 'close');
      response.end(
        JSON.stringify({
          errors: [
            {
              message: `request body of ${length} bytes is over the limit of ${maxBytes}`,
              extensions: { code: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        }),
      );
      request.resume();
      return;
    }
    handler(request, response);
  };
}
