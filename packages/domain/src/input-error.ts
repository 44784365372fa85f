/**
 * Input a caller got wrong (a malformed period, an unknown metric, an unreadable search).
 * `field` names what was wrong, so a server can turn it into its own client-error shape
 * (a GraphQL BAD_USER_INPUT naming the argument) and a file loader into "row 3, period".
 */
export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
