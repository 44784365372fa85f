import { afterEach, expect, it } from 'vitest';
import { createGateway } from '../src/server';

const before = process.env.SHUTDOWN_DEADLINE_MS;
afterEach(() => {
  if (before === undefined) delete process.env.SHUTDOWN_DEADLINE_MS;
  else process.env.SHUTDOWN_DEADLINE_MS = before;
});

it('refuses a bad SHUTDOWN_DEADLINE_MS when it starts, before it reads a supergraph or listens', async () => {
  process.env.SHUTDOWN_DEADLINE_MS = '0x1F';
  // No supergraph or port: the deadline is read before either is used.
  await expect(createGateway({} as never)).rejects.toThrow(
    'SHUTDOWN_DEADLINE_MS must be a whole number of milliseconds above 0, got "0x1F"',
  );
});
