/**
 * A reason the audit could not run: a bad argument, a root or metric the gateway does not
 * know, or a gateway that did not answer. The CLI prints the message and exits 2; `usage`
 * adds the usage text, for mistakes in the command line itself.
 */
export class AuditError extends Error {
  override name = 'AuditError';

  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}
