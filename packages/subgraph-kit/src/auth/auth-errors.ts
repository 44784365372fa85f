import { GraphQLError } from 'graphql';

/** No token, or one that does not verify: the client must sign in again. HTTP 401. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** A verified user whose role or subtree does not cover what they asked for. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
