import { describe, expect, it } from 'vitest';
import { SettledLoader } from '../src/loaders/settled-loader';

/** A loader over a fixed table that records every batch it was asked for. */
function tableLoader(table: Record<string, string>) {
  const batches: string[][] = [];
  const loader = new SettledLoader<string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => table[key] ?? null);
  });
  return { loader, batches };
}

describe('SettledLoader', () => {
  it('answers a primed key at once, and load agrees without a batch', async () => {
    const { loader, batches } = tableLoader({ a: 'stored' });
    loader.prime('a', 'primed');
    loader.prime('b', null);
    expect(loader.peek('a')).toBe('primed');
    expect(loader.read('a')).toBe('primed');
    expect(loader.read('b')).toBeNull();
    await expect(loader.load('a')).resolves.toBe('primed');
    expect(batches).toEqual([]);
  });

  it('waits for a key it does not hold, then holds what the batch returned', async () => {
    const { loader, batches } = tableLoader({ a: 'stored' });
    expect(loader.peek('a')).toBeUndefined();
    const pending = loader.read('a');
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toBe('stored');
    expect(loader.peek('a')).toBe('stored');
    expect(loader.read('a')).toBe('stored');
    expect(batches).toEqual([['a']]);
  });

  it('keeps the loaded value when a prime comes after the load, as DataLoader does', async () => {
    const { loader } = tableLoader({ a: 'stored' });
    const pending = loader.load('a');
    loader.prime('a', 'primed late');
    expect(loader.peek('a')).toBeUndefined();
    await expect(pending).resolves.toBe('stored');
    expect(loader.peek('a')).toBe('stored');
    loader.prime('a', 'primed later');
    expect(loader.read('a')).toBe('stored');
    await expect(loader.load('a')).resolves.toBe('stored');
  });

  it('never holds an error: a primed error stays an error for load', async () => {
    const { loader } = tableLoader({});
    loader.prime('a', new Error('refused'));
    loader.prime('a', 'value after the error');
    expect(loader.peek('a')).toBeUndefined();
    await expect(loader.load('a')).rejects.toThrow('refused');
  });

  it('forgets a cleared key, so the next read loads it again', async () => {
    const table = { a: 'first' };
    const { loader, batches } = tableLoader(table);
    loader.prime('a', 'primed');
    loader.clear('a');
    expect(loader.peek('a')).toBeUndefined();
    await expect(loader.read('a')).resolves.toBe('first');
    table.a = 'second';
    loader.clearAll();
    expect(loader.peek('a')).toBeUndefined();
    await expect(loader.read('a')).resolves.toBe('second');
    expect(batches).toEqual([['a'], ['a']]);
  });

  it('does not hold a key cleared while its batch was in flight', async () => {
    const { loader } = tableLoader({ a: 'stored' });
    const pending = loader.load('a');
    loader.clear('a');
    await expect(pending).resolves.toBe('stored');
    expect(loader.peek('a')).toBeUndefined();
  });

  it('holds what the latest load returned when a key is cleared and loaded again mid-batch', async () => {
    const table = { a: 'first' };
    const releases: (() => void)[] = [];
    const loader = new SettledLoader<string>(async (keys) => {
      const values = keys.map((key) => table[key as 'a']);
      await new Promise<void>((resolve) => releases.push(resolve));
      return values;
    });
    const first = loader.load('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    loader.clear('a');
    table.a = 'second';
    const second = loader.load('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(releases).toHaveLength(2);
    releases[0]!();
    await expect(first).resolves.toBe('first');
    expect(loader.peek('a')).toBeUndefined();
    releases[1]!();
    await expect(second).resolves.toBe('second');
    expect(loader.peek('a')).toBe('second');
    await expect(loader.load('a')).resolves.toBe('second');
  });

  it('holds the value of a key primed with a promise once it is known', async () => {
    const { loader, batches } = tableLoader({});
    loader.prime('a', Promise.resolve('promised'));
    loader.prime('a', 'ignored: the key is in the cache');
    expect(loader.peek('a')).toBeUndefined();
    await expect(loader.load('a')).resolves.toBe('promised');
    expect(loader.peek('a')).toBe('promised');
    expect(batches).toEqual([]);
  });

  it('holds nothing from a batch that failed, and loads the keys again', async () => {
    let fail = true;
    const loader = new SettledLoader<string>(async (keys) => {
      if (fail) throw new Error('database down');
      return keys.map((key) => `${key}!`);
    });
    await expect(loader.load('a')).rejects.toThrow('database down');
    expect(loader.peek('a')).toBeUndefined();
    fail = false;
    await expect(loader.read('a')).resolves.toBe('a!');
    expect(loader.peek('a')).toBe('a!');
  });
});
