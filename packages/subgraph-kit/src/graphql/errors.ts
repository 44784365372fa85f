import { InvalidInputError } from '@union/domain';
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

/**
 * Runs a domain reader (readPeriod, readSearch, ...) for an argument, turning its
 * InvalidInputError into BAD_USER_INPUT naming the argument. Other errors pass through.
 */
export function readArgument<T>(argumentName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidInputError) throw badUserInput(argumentName, error.message);
    throw error;
  }
}
