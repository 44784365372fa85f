import http from 'node:http';

export interface Outcome {
  /** The HTTP status, or 0 when no answer came (the connection was refused or cut). */
  status: number;
  /** The connection error's code when there was no answer (ECONNREFUSED, ECONNRESET). */
  failure?: string;
  ms: number;
  errors: { message: string; code?: string }[];
}

/** POSTs one operation over `agent` and reports what came back, never throwing. */
export function send(
  url: string,
  query: string,
  agent: http.Agent,
  token?: string,
): Promise<Outcome> {
  const payload = JSON.stringify({ query });
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          let errors: Outcome['errors'] = [];
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              errors?: { message: string; extensions?: { code?: string } }[];
            };
            errors = (body.errors ?? []).map((e) => ({
              message: e.message,
              code: e.extensions?.code,
            }));
          } catch {
            errors = [{ message: 'the body is not JSON' }];
          }
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, errors });
        });
        response.on('error', (error: NodeJS.ErrnoException) =>
          resolve({
            status: 0,
            failure: error.code ?? error.message,
            ms: performance.now() - started,
            errors: [],
          }),
        );
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({
        status: 0,
        failure: error.code ?? error.message,
        ms: performance.now() - started,
        errors: [],
      }),
    );
    request.end(payload);
  });
}

/** The pause each well-behaved soak client makes between requests (under 100 a second). */
export const PACE_MS = 10;

export const pause = (ms = PACE_MS) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `client` in `count` parallel loops until `until()` says stop. */
export async function loops(
  count: number,
  until: () => boolean,
  client: (i: number) => Promise<void>,
) {
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      while (!until()) await client(i);
    }),
  );
}
