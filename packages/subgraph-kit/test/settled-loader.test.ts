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
