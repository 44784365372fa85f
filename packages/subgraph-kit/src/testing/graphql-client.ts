import { SIGNATURE_HEADER, signBody } from '../gateway-trust/request-signature';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/**
 * POSTs one operation and returns the parsed body; an HTTP failure with no JSON body throws.
 * `token` goes in `Authorization: Bearer`; with `signWith` (the gateway secret) the request
 * is signed as the gateway signs its subgraph requests.
 */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  signWith?: string,
): Promise<GraphQLResponse<Data>> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(signWith === undefined ? {} : { [SIGNATURE_HEADER]: signBody(signWith, body) }),
    },
    body,
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<Data>;
  } catch {
    throw new Error(
      `${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 300)}`,
    );
  }
}
