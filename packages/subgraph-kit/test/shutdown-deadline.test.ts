import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DRAIN_DEADLINE_MS, readShutdownDeadline } from '../src/server/listen';
import { startSubgraphServer } from '../src/server/subgraph-server';

describe('readShutdownDeadline', () => {
  it('is 10 s unless SHUTDOWN_DEADLINE_MS says otherwise', () => {
    expect(readShutdownDeadline({})).toBe(DEFAULT_DRAIN_DEADLINE_MS);
    expect(DEFAULT_DRAIN_DEADLINE_MS).toBe(10_000);
    expect(readShutdownDeadline({ SHUTDOWN_DEADLINE_MS: '' })).toBe(10_000);
    expect(readShutdownDeadline({ SHUTDOWN_DEADLINE_MS: '2500' })).toBe(2500);
  });

  it.each(['0x1F', '1e3', ' 30', '-5', '0', '2.5', 'soon'])(
    'refuses SHUTDOWN_DEADLINE_MS="%s" instead of using the default unseen',
    (raw) => {
      expect(() => readShutdownDeadline({ SHUTDOWN_DEADLINE_MS: raw })).toThrow(
        `SHUTDOWN_DEADLINE_MS must be a whole number of milliseconds above 0, got "${raw}"`,
      );
    },
  );
});

describe('a subgraph server', () => {
  const before = process.env.SHUTDOWN_DEADLINE_MS;
  afterEach(() => {
    if (before === undefined) delete process.env.SHUTDOWN_DEADLINE_MS;
    else process.env.SHUTDOWN_DEADLINE_MS = before;
  });

  it('refuses a bad SHUTDOWN_DEADLINE_MS when it starts, before it builds or listens', async () => {
    process.env.SHUTDOWN_DEADLINE_MS = '1e3';
    // No schema or port: the deadline is read before either is used.
    await expect(startSubgraphServer({} as never)).rejects.toThrow(
      'SHUTDOWN_DEADLINE_MS must be a whole number of milliseconds above 0, got "1e3"',
    );
  });
});
