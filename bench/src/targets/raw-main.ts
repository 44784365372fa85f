import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { runUntilSignal } from '@union/subgraph-kit';
import { type RawConfig } from './child-configs';
import { openRawDatabases, type RawDatabases } from './raw/raw-databases';
import { rawAuditSubtree } from './raw/raw-audit-subtree';
import { rawNationalReport } from './raw/raw-national-report';
import { rawSearch } from './raw/raw-search';
import { rawWalk } from './raw/raw-walk';
import { projectToQuery } from './raw/project-selection';
import { readChildConfig } from './server-process';

type Answer = (db: RawDatabases, variables: never, withAudit: boolean) => unknown;

/** The floor: each workload's answer from hand-written SQL, keyed by operation name. */
const ANSWERS: Record<string, Answer> = {
  NationalReport: rawNationalReport,
  Walk: rawWalk,
  Search: rawSearch,
  AuditSubtree: rawAuditSubtree,
};

/** The audit CLI sends no operationName: read it from the document. */
const operationOf = (body: { operationName?: string; query?: string }) =>
  body.operationName ?? /^\s*query\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

const config = readChildConfig<RawConfig>();

await runUntilSignal(async () => {
  const db = await openRawDatabases(config.stores);
  let requests = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/stats') {
      send(response, 200, { service: 'raw', requests, statements: db.statements() });
      return;
    }
    (async () => {
      const body = JSON.parse(await readBody(request)) as {
        operationName?: string;
        query?: string;
        variables?: Record<string, unknown>;
      };
      const operation = operationOf(body);
      const answer = ANSWERS[operation];
      if (!answer) {
        send(response, 400, { errors: [{ message: `no SQL for operation "${operation}"` }] });
        return;
      }
      const data = await answer(db, (body.variables ?? {}) as never, config.withAudit);
      requests += 1;
      send(response, 200, { data: projectToQuery(body.query ?? '', data) });
    })().catch((error: unknown) => send(response, 500, { errors: [{ message: String(error) }] }));
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}, 'raw SQL');
