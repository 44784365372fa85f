import { type Writable } from 'node:stream';

/** Where a command writes and what it reads from its environment; tests pass their own. */
export interface CliIo {
  stdout: Writable;
  stderr: { write(text: string): unknown };
  env: { GATEWAY_URL?: string | undefined; UNION_TOKEN?: string | undefined };
}

export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

export const gatewayOf = (flag: string | undefined, env: CliIo['env']) =>
  flag ?? (env.GATEWAY_URL || DEFAULT_GATEWAY_URL);

export const tokenOf = (flag: string | undefined, env: CliIo['env']) =>
  flag ?? (env.UNION_TOKEN || null);
