import { readPeriod } from '@union/domain';
import { readArgument } from '../graphql/errors';

/** A period argument, normalised (`2013–2019` → `2013-2019`); malformed is BAD_USER_INPUT. */
export function readPeriodArgument(argumentName: string, text: string): string {
  return readArgument(argumentName, () => readPeriod(text, argumentName));
}
