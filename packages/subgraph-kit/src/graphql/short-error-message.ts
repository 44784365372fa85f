/** The longest error message a client gets back; past it the middle is left out. */
export const MAX_ERROR_MESSAGE_CHARS = 500;

/**
 * Shortens an error message that quotes a huge argument (a 100 KB code, a search, a literal
 * graphql-js prints in a validation error): the start and end stay, so the argument is still
 * recognisable, and the answer never carries the argument back whole.
 */
export function shortErrorMessage(message: string, max = MAX_ERROR_MESSAGE_CHARS): string {
  if (message.length <= max) return message;
  const left = message.length - (max - 60);
  return `${message.slice(0, max - 100)}… (${left} characters left out) …${message.slice(-40)}`;
}
