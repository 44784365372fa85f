import { type IncomingMessage } from 'node:http';
import express, { type ErrorRequestHandler, type Express } from 'express';

/** Request bodies over this are refused with 413 before any GraphQL work. */
export const MAX_BODY_BYTES = '10mb';

/** Each JSON request's body as it arrived, for checks over the exact bytes (signatures). */
const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/** The bytes of a JSON request body as received; undefined when no JSON body was read. */
export function rawBodyOf(request: IncomingMessage): Buffer | undefined {
  return rawBodies.get(request);
}

/**
 * An Express app that reads JSON bodies (up to MAX_BODY_BYTES), keeping each body's bytes
 * for rawBodyOf; with finishHttpApp every failure is answered as `{ errors: [{ message }] }`
 * JSON, as GraphQL clients expect.
 */
export function createHttpApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every response body for an ETag; GraphQL answers are POSTed and never
  // revalidated, and hashing a national report's subgraph answers cost ~1% of their CPU.
  app.set('etag', false);
  app.use(
    express.json({
      limit: MAX_BODY_BYTES,
      verify: (request, _response, body) => {
        rawBodies.set(request, body);
      },
    }),
  );
  return app;
}

/** The last handlers: an unknown route is a JSON 404, a body error its own 4xx status. */
export function finishHttpApp(app: Express, routes: string): void {
  app.use((request, response) => {
    response.status(404).json({ errors: [{ message: `no route ${request.path}; ${routes}` }] });
  });
  const onError: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const status = httpStatusOf(error);
    response.status(status).json({ errors: [{ message: messageOf(error, status) }] });
  };
  app.use(onError);
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function messageOf(error: unknown, status: number): string {
  if ((error as { type?: unknown } | null)?.type === 'entity.parse.failed') {
    return 'request body is not valid JSON';
  }
  if (status === 413) return `request body over ${MAX_BODY_BYTES}`;
  return error instanceof Error ? error.message : String(error);
}
