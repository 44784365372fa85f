import { type CombinedError } from 'urql';

/** The first GraphQL error's code (CONFLICT, LOCKED, FORBIDDEN, BAD_USER_INPUT ...). */
export function errorCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

export function errorExtension(error: CombinedError | undefined, name: string): unknown {
  return error?.graphQLErrors[0]?.extensions?.[name];
}

/** A mutation's one field (its result), skipping the __typename the cache asks for. */
export function mutationResult<T>(data: object | undefined): T | undefined {
  if (!data) return undefined;
  const entry = Object.entries(data).find(([key]) => key !== '__typename');
  return entry?.[1] as T | undefined;
}
