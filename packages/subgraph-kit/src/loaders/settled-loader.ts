import DataLoader from 'dataloader';

type BatchLoad<V> = (keys: readonly string[]) => PromiseLike<ArrayLike<V | Error>>;

/**
 * A DataLoader that can also answer at once, without a promise, for a key whose value it
 * already holds: primed, or loaded and settled. A list statement primes every cell of the
 * national report's 2,844 districts; `load` would still answer each of them with a new
 * promise that waits for the next batch to adopt the cached one, so a field resolved from a
 * primed value paid several microtasks and a promise chain per row for nothing.
 *
 * A value primed here stays out of DataLoader's own cache (which would hold a resolved
 * promise for it), so a primed key costs one map entry. What `peek` returns is always what
 * `load` would resolve to: a key primed after it was loaded keeps its loaded value (as
 * DataLoader ignores such a prime), errors are never held, and `clear` forgets a key in
 * both caches. Keys are strings, compared as they are.
 */
export class SettledLoader<V> extends DataLoader<string, V> {
  /** Values of keys in the cache that are known now. */
  private readonly settled: Map<string, V>;
  /** Keys in the cache whose value is not known now: loading, or an error. */
  private readonly unsettled = new Set<string>();

  constructor(batchLoad: BatchLoad<V>) {
    const settled = new Map<string, V>();
    super(async (keys) => {
      const values = await batchLoad(keys);
      for (let i = 0; i < keys.length; i++) {
        const value = values[i] as V | Error;
        if (value instanceof Error) continue;
        // A key cleared while its batch was in flight is not in the cache: not held either.
        if (this.unsettled.delete(keys[i]!)) settled.set(keys[i]!, value);
      }
      return values;
    });
    this.settled = settled;
  }

  /** The value of a key whose value is known now; undefined when `load` has to wait. */
  peek(key: string): V | undefined {
    return this.settled.get(key);
  }

  /** The value now when it is known, otherwise `load`'s promise. */
  read(key: string): V | Promise<V> {
    return this.settled.has(key) ? this.settled.get(key)! : this.load(key);
  }

  override load(key: string): Promise<V> {
    if (this.settled.has(key)) return Promise.resolve(this.settled.get(key)!);
    this.unsettled.add(key);
    return super.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (this.settled.has(key) || this.unsettled.has(key)) return this;
    if (!(value instanceof Error) && !isPromiseLike(value)) {
      this.settled.set(key, value);
      return this;
    }
    this.unsettled.add(key);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.settled.delete(key);
    this.unsettled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    this.unsettled.clear();
    return super.clearAll();
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
