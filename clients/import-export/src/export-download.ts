import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { exportRows } from './export-rows';
import { FILE_KINDS, type FileKind } from './figure-file-kind';
import { GatewayError } from './gateway-request';
import { EXPORT_MEDIA, writeExport } from './write-export';

/** HTTP status for what the gateway said: a bad argument is the caller's, the rest not. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

function fail(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ error: message }));
}

/**
 * GET /export?root=510100&period=2013[&format=csv|xlsx|adx|json][&metric=a,b]: the export
 * as a file download for frontends. It reads through the gateway like the CLI, passing the
 * caller's Authorization header on, so a download sees what that user may read.
 */
export function exportDownloadHandler(gateway: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' || url.pathname !== '/export') {
      fail(response, 404, 'GET /export?root=CODE&period=P[&format=csv|xlsx|adx|json]');
      return;
    }
    const root = url.searchParams.get('root');
    const period = url.searchParams.get('period');
    const format = (url.searchParams.get('format') ?? 'csv') as FileKind;
    const metric = url.searchParams.get('metric');
    if (!root || !period || !FILE_KINDS.includes(format)) {
      fail(
        response,
        400,
        `root and period are required; format is one of ${FILE_KINDS.join(', ')}`,
      );
      return;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null;
    try {
      const rows = await exportRows(
        gateway,
        token,
        root,
        period,
        metric ? metric.split(',') : null,
      );
      const media = EXPORT_MEDIA[format];
      response.writeHead(200, {
        'content-type': media.type,
        'content-disposition': `attachment; filename="${root}-${period}.${media.extension}"`,
      });
      const body = new PassThrough();
      body.pipe(response);
      await writeExport(rows, format, body);
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      fail(response, STATUS[error.code ?? ''] ?? 502, error.message);
    }
  };
}

/** A server with only the download route, for `npm run export -- --serve PORT`. */
export function createExportServer(gateway: string): Server {
  const handle = exportDownloadHandler(gateway);
  return createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) fail(response, 500, error.message);
      else response.destroy(error);
    });
  });
}
