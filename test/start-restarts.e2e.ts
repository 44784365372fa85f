import { describe, expect, it } from 'vitest';
import { postGraphQL } from '@union/subgraph-kit/testing';
import { startNpmStart, waitUntil } from './support/npm-start';

/*
 * npm start keeps the federation up when one child dies: it says so, starts the child
 * again, and the gateway answers its fields once it is back.
 */

describe('npm start', () => {
  it('restarts a subgraph that was killed and says so', async () => {
    const npmStart = await startNpmStart('union-restart-');
    const { url } = npmStart;
    const output = npmStart.output;
    const CITY = '{ city(code: "510100") { name } }';
    try {
      await waitUntil(() => output().includes(`Gateway: ${url}`), 'the federation');
      expect(await postGraphQL(url, CITY)).toEqual({ data: { city: { name: '成都市' } } });

      const pid = Number(/city subgraph started \(pid (\d+)\)/.exec(output())?.[1]);
      expect(pid).toBeGreaterThan(0);
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => output().includes('city subgraph restarted'), 'the restart');
      expect(output()).toContain('city subgraph exited (SIGKILL); restarting it in 1 s');
      expect(output()).not.toContain('stopping the federation');

      await waitUntil(
        async () => (await postGraphQL(url, CITY)).errors === undefined,
        'the city subgraph to answer again',
      );
      expect(await postGraphQL(url, CITY)).toEqual({ data: { city: { name: '成都市' } } });
    } finally {
      await npmStart.stop();
    }
  });
});
