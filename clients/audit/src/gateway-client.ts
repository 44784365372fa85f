import { AuditError } from './audit-error';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: unknown; argumentName?: unknown; [key: string]: unknown };
}

interface GraphQLBody<Data> {
  data?: Data | null;
  errors?: GraphQLErrorEntry[];
}

/** Long enough for a national subtree on a cold gateway; a hung gateway still ends the run. */
const REQUEST_TIMEOUT_MS = 60_000;

const FLAG_BY_ARGUMENT: Record<string, string> = {
  code: '--root',
  metric: '--metric',
  metrics: '--metric',
  period: '--period',
};

/**
 * Turns the errors of a response into one AuditError. BAD_USER_INPUT names the argument at
 * fault; the same error repeats once per unit asked, so each message is kept once.
 */
export function describeGraphQLErrors(errors: readonly GraphQLErrorEntry[]): AuditError {
  const badInput = errors.filter((error) => error.extensions?.code === 'BAD_USER_INPUT');
  const lines = new Set(
    (badInput.length > 0 ? badInput : errors).map((error) => {
      const argument = error.extensions?.argumentName;
      if (typeof argument !== 'string') return error.message;
      const detail = error.message.replace(`Argument "${argument}": `, '');
      return `invalid ${FLAG_BY_ARGUMENT[argument] ?? argument}: ${detail}`;
    }),
  );
  const head = badInput.length > 0 ? '' : 'the gateway answered with errors: ';
  return new AuditError(head + [...lines].join('\n'));
}

function describeFetchFailure(url: string, error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `the gateway at ${url} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  }
  // fetch reports every network failure as "fetch failed"; the cause says which.
  const cause = error instanceof Error ? (error.cause as Error & { code?: string }) : undefined;
  const reason = cause?.code ?? cause?.message ?? String(error);
  return (
    `the gateway at ${url} did not answer (${reason}); ` +
    'start the federation with npm start, or pass --gateway <url> or set GATEWAY_URL'
  );
}

/** POSTs one operation to the gateway and returns its data, or throws an AuditError. */
export async function requestGateway<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Data> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    throw new AuditError(describeFetchFailure(url, error));
  }
  let body: GraphQLBody<Data>;
  try {
    body = JSON.parse(text) as GraphQLBody<Data>;
  } catch {
    throw new AuditError(
      `${url} answered HTTP ${response.status} with a body that is not GraphQL JSON: ` +
        text.slice(0, 200),
    );
  }
  if (body.errors && body.errors.length > 0) throw describeGraphQLErrors(body.errors);
  if (!body.data) throw new AuditError(`${url} answered HTTP ${response.status} with no data`);
  return body.data;
}
