import { type RequestListener, type ServerResponse } from 'node:http';
import { type Logger } from './logger';
import { createHttpMetrics } from './http-metrics';
import { assignRequestId, REQUEST_ID_HEADER } from './request-id';

export interface Readiness {
  ready: boolean;
  /** What is not ready, by name (a subgraph, the database). */
  problems: string[];
}

export interface OperationsOptions {
  service: string;
  logger: Logger;
  /** Whether the process can serve: its database answers, or every subgraph is ready. */
  readiness(): Promise<Readiness>;
}

export interface OperatedListener {
  listener: RequestListener;
  /** Stops reporting ready and asks clients to close their connections after each answer. */
  startDraining(): void;
  /** Resolves once no request is in flight. */
  idle(): Promise<void>;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/**
 * What every process answers besides GraphQL, in front of everything else: `/healthz`
 * (alive), `/readyz` (can serve: 503 naming what is not ready, or while draining), and
 * `/metrics` (Prometheus). Every other request gets an id (x-request-id, passed on to the
 * subgraphs), one JSON log line when answered, and counts as in flight until then.
 */
export function withOperations(
  handler: RequestListener,
  options: OperationsOptions,
): OperatedListener {
  const metrics = createHttpMetrics(options.service);
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  let whenIdle: (() => void)[] = [];
  const listener: RequestListener = (request, response) => {
    const route = (request.url ?? '/').split('?')[0]!;
    if (route === '/healthz')
      return json(response, 200, { status: 'ok', service: options.service });
    if (route === '/readyz') {
      if (draining) {
        return json(response, 503, { status: 'draining', service: options.service, problems: [] });
      }
      options
        .readiness()
        .then(({ ready, problems }) =>
          json(response, ready ? 200 : 503, {
            status: ready ? 'ready' : 'not ready',
            service: options.service,
            problems,
          }),
        )
        .catch((error: unknown) =>
          json(response, 503, {
            status: 'not ready',
            service: options.service,
            problems: [String(error)],
          }),
        );
      return;
    }
    if (route === '/metrics') {
      metrics.registry
        .metrics()
        .then((text) => {
          response.setHeader('content-type', metrics.registry.contentType);
          response.end(text);
        })
        .catch((error: unknown) => json(response, 500, { errors: [{ message: String(error) }] }));
      return;
    }
    const id = assignRequestId(request);
    const started = process.hrtime.bigint();
    response.setHeader(REQUEST_ID_HEADER, id);
    if (draining) response.setHeader('connection', 'close');
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const known = ['/graphql', '/health', '/stats'].includes(route) ? route : 'other';
      metrics.observe(known, response.statusCode, seconds);
      options.logger.info(
        {
          reqId: id,
          method: request.method,
          url: route,
          status: response.statusCode,
          ms: Math.round(seconds * 1000),
          ...(response.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
      if (inFlight.size === 0) {
        const waiting = whenIdle;
        whenIdle = [];
        for (const resolve of waiting) resolve();
      }
    });
    handler(request, response);
  };
  return {
    listener,
    startDraining() {
      draining = true;
      // Answers still to come close their connection, so keep-alive clients reconnect elsewhere.
      for (const response of inFlight) {
        if (!response.headersSent) response.setHeader('connection', 'close');
      }
    },
    idle: () =>
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => whenIdle.push(resolve)),
  };
}
