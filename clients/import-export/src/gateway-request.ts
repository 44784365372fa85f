/** The gateway refused or could not be reached; the message says which and why. */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
    /** The error's extensions, e.g. a CONFLICT's currentVersion. */
    readonly extensions: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

interface GraphQLBody<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** Long enough for a province's rows on a busy machine; a hung gateway still ends the run. */
const REQUEST_TIMEOUT_MS = 600_000;

/** POSTs one operation to the gateway as the token's user and returns its data. */
export async function requestGateway<Data>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<Data> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    const cause = (error as Error).cause as { code?: string } | undefined;
    throw new GatewayError(
      `the gateway at ${url} did not answer (${cause?.code ?? (error as Error).message}); ` +
        'start the federation with npm start, or pass --gateway <url>',
    );
  }
  let body: GraphQLBody<Data>;
  try {
    body = JSON.parse(text) as GraphQLBody<Data>;
  } catch {
    throw new GatewayError(`${url} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  const first = body.errors?.[0];
  if (first) {
    throw new GatewayError(first.message, first.extensions?.code ?? null, first.extensions ?? null);
  }
  if (!body.data) throw new GatewayError(`${url} answered HTTP ${response.status} with no data`);
  return body.data;
}
