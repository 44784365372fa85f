import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';

/**
 * Trusted documents: the operations a known client (the dashboard) was built with, from the
 * persisted-documents manifest GraphQL Code Generator writes (`sha256:<hex>` → text). The
 * gateway serves them by hash, as the Apollo persisted-query extension
 * (`extensions.persistedQuery.sha256Hash`) or the GraphQL-over-HTTP `documentId`, on both
 * engines alike, because the hash is replaced by its text before either engine sees the
 * request. With `only`, an anonymous caller may run nothing else: an unknown hash is
 * PERSISTED_QUERY_NOT_FOUND and a document sent as text that is not in the manifest is
 * PERSISTED_QUERY_ONLY, while a caller with a verified token (analysts) keeps arbitrary
 * queries. The auth gate runs first, so an Authorization header that reaches here is valid.
 */
export interface TrustedDocuments {
  /** Document text by sha256 hex. */
  byHash: Map<string, string>;
  /** Refuse any other document from anonymous callers. */
  only: boolean;
}

export const DEFAULT_MANIFEST = path.join(
  REPO_ROOT,
  'web',
  'src',
  'gql',
  'persisted-documents.json',
);

/** Reads a manifest of `{ "sha256:<hex>": "<document>" }`, checking every hash against its text. */
export function loadTrustedDocuments(manifestPath: string, only: boolean): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const byHash = new Map<string, string>();
  for (const [key, text] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, '');
    if (sha256(text) !== hash) {
      throw new Error(`${manifestPath}: ${key} is not the sha256 of its document`);
    }
    byHash.set(hash, text);
  }
  return { byHash, only };
}

/**
 * TRUSTED_DOCUMENTS_MANIFEST (default: the dashboard's manifest, when it exists) and
 * TRUSTED_DOCUMENTS_ONLY=on|off (default off). Only without a manifest is an error.
 */
export function readTrustedDocumentsEnv(
  env: NodeJS.ProcessEnv = process.env,
): TrustedDocuments | undefined {
  const only = ['on', 'true', '1'].includes(env.TRUSTED_DOCUMENTS_ONLY ?? '');
  if (!['', 'on', 'off', 'true', 'false', '1', '0'].includes(env.TRUSTED_DOCUMENTS_ONLY ?? '')) {
    throw new Error(
      `TRUSTED_DOCUMENTS_ONLY must be on or off, got "${env.TRUSTED_DOCUMENTS_ONLY}"`,
    );
  }
  const manifest = env.TRUSTED_DOCUMENTS_MANIFEST
    ? path.resolve(env.TRUSTED_DOCUMENTS_MANIFEST)
    : DEFAULT_MANIFEST;
  if (!existsSync(manifest)) {
    if (only || env.TRUSTED_DOCUMENTS_MANIFEST) {
      throw new Error(
        `the trusted-documents manifest ${manifest} does not exist (npm run codegen -w web writes it)`,
      );
    }
    return undefined;
  }
  return loadTrustedDocuments(manifest, only);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Bodies over this are refused here, as the engines would refuse them. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

type GraphQLParams = {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
} & Record<string, unknown>;

class Refusal extends Error {
  constructor(
    readonly code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_ONLY',
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Replaces a hash by its document, or refuses; returns the params to execute. */
function resolveParams(
  params: GraphQLParams,
  trusted: TrustedDocuments,
  anonymous: boolean,
): GraphQLParams {
  if (typeof params !== 'object' || params === null) {
    // Not a GraphQL request at all: the engine answers it, unless only trusted ones may pass.
    if (trusted.only && anonymous) throw onlyTrusted();
    return params;
  }
  const { persistedQuery, ...otherExtensions } = params.extensions ?? {};
  const requested =
    typeof params.documentId === 'string'
      ? params.documentId
      : typeof persistedQuery?.sha256Hash === 'string'
        ? persistedQuery.sha256Hash
        : undefined;
  if (requested !== undefined) {
    const text = trusted.byHash.get(requested.replace(/^sha256:/, ''));
    // The Apollo message, which persisted-query clients recognise and answer with the text.
    if (text === undefined)
      throw new Refusal('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound', 200);
    const { documentId: _documentId, ...rest } = params;
    return { ...rest, query: text, extensions: otherExtensions };
  }
  if (
    trusted.only &&
    anonymous &&
    !(typeof params.query === 'string' && trusted.byHash.has(sha256(params.query)))
  ) {
    throw onlyTrusted();
  }
  return params;
}

function onlyTrusted(): Refusal {
  return new Refusal(
    'PERSISTED_QUERY_ONLY',
    'this gateway runs only trusted documents for anonymous callers: send a known document hash, or a token (Authorization: Bearer <token>) to run other operations',
    400,
  );
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  response.statusCode = refusal.status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(
    JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }),
  );
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function isJson(request: IncomingMessage): boolean {
  return /json/i.test(request.headers['content-type'] ?? '');
}

/**
 * Wraps the engine's handler. A JSON POST body is read and parsed here and handed on as
 * `request.body` with the stream consumed, which both engines take as the parsed body
 * (Express's body parser skips a finished request; the Fetch adapter reads `body`); a GET
 * has its search parameters rewritten. Anything else passes untouched unless `only` is set
 * and the caller is anonymous.
 */
export function withTrustedDocuments(
  handler: RequestListener,
  trusted: TrustedDocuments | undefined,
): RequestListener {
  if (!trusted) return handler;
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://gateway');
    if (url.pathname !== '/graphql') return handler(request, response);
    const anonymous = !request.headers.authorization;
    if (request.method === 'GET') {
      if (
        !url.searchParams.has('query') &&
        !url.searchParams.has('documentId') &&
        !url.searchParams.has('extensions')
      ) {
        return handler(request, response); // GraphiQL's page
      }
      try {
        const extensions = url.searchParams.get('extensions');
        const params = resolveParams(
          {
            query: url.searchParams.get('query') ?? undefined,
            documentId: url.searchParams.get('documentId') ?? undefined,
            extensions: extensions
              ? (JSON.parse(extensions) as GraphQLParams['extensions'])
              : undefined,
          },
          trusted,
          anonymous,
        );
        url.searchParams.delete('documentId');
        url.searchParams.delete('extensions');
        if (typeof params.query === 'string') url.searchParams.set('query', params.query);
        request.url = `${url.pathname}?${url.searchParams.toString()}`;
        return handler(request, response);
      } catch (error) {
        if (error instanceof Refusal) return refuse(response, error);
        // Unreadable extensions: the engine explains, unless only trusted documents may pass.
        if (trusted.only && anonymous) return refuse(response, onlyTrusted());
        return handler(request, response);
      }
    }
    if (request.method !== 'POST') return handler(request, response);
    if (!isJson(request)) {
      if (trusted.only && anonymous) {
        return refuse(
          response,
          new Refusal(
            'PERSISTED_QUERY_ONLY',
            'anonymous callers send trusted documents as JSON',
            400,
          ),
        );
      }
      return handler(request, response);
    }
    readBody(request)
      .then((body) => {
        if (body === null) {
          response.statusCode = 413;
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(JSON.stringify({ errors: [{ message: 'request body over 10mb' }] }));
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          response.statusCode = 400;
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(JSON.stringify({ errors: [{ message: 'request body is not valid JSON' }] }));
          return;
        }
        try {
          const resolved = Array.isArray(parsed)
            ? parsed.map((params) => resolveParams(params as GraphQLParams, trusted, anonymous))
            : resolveParams(parsed as GraphQLParams, trusted, anonymous);
          (request as IncomingMessage & { body?: unknown }).body = resolved;
          handler(request, response);
        } catch (error) {
          if (error instanceof Refusal) return refuse(response, error);
          throw error;
        }
      })
      .catch((error: unknown) => {
        response.statusCode = 500;
        response.end(
          JSON.stringify({
            errors: [{ message: error instanceof Error ? error.message : String(error) }],
          }),
        );
      });
  };
}
