import { GraphQLError } from 'graphql';

/**
 * A client error naming the argument at fault. The code is Apollo's BAD_USER_INPUT so both
 * gateway engines pass it through unchanged; the process keeps serving.
 */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argumentName}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}
