import DataLoader from 'dataloader';

type BatchLoad<V> = (keys: readonly string[]) => PromiseLike<ArrayLike<V | Error>>;

/**
 * A DataLoader that can also answer at once, without a promise, for a key whose value it
 * already holds: primed (by `figures`, which reads a unit's whole rows), or loaded and
 * settled. `load` would still answer each of them with a new promise that waits for the next
 * batch to adopt the cached one, so a field resolved from a held value paid several
 * microtasks and a promise chain for nothing. (Rows a list statement reads with some of
 * their columns are held apart, in ListedFigures, and read without a promise too.)
 *
 * A value primed here stays out of DataLoader's own cache (which would hold a resolved
 * promise for it), so a primed key costs one map entry. What `peek` returns is always what
 * `load` would resolve to: a key primed after it was loaded keeps its loaded value (as
 * DataLoader ignores such a prime), errors are never held, `clear` forgets a key in both
 * caches, and a batch that answers for a key cleared since holds nothing. Keys are
 * strings, compared as they are.
 */
export class SettledLoader<V> extends DataLoader<string, V> {
  /** Values of keys in the cache that are known now. */
  private readonly settled = new Map<string, V>();
  /**
   * Keys in the cache whose value is not known now (loading, or an error), each with the
   * promise DataLoader's cache holds for it, or null for one primed with a promise or an
   * error. A batch's value is held only while its promise is still the key's: a key cleared
   * and loaded again while the first batch was in flight holds what the second load returns.
   */
  private readonly unsettled = new Map<string, Promise<V> | null>();

  constructor(batchLoad: BatchLoad<V>) {
    super(batchLoad);
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
    const promise = super.load(key);
    if (this.unsettled.get(key) !== promise) {
      this.unsettled.set(key, promise);
      // Registered before the caller's own handlers, so the value is held when they run.
      promise.then(
        (value) => {
          if (this.unsettled.get(key) !== promise) return;
          this.unsettled.delete(key);
          this.settled.set(key, value);
        },
        () => {
          // Errors are never held; the caller's own handler sees this one.
        },
      );
    }
    return promise;
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (this.settled.has(key) || this.unsettled.has(key)) return this;
    if (!(value instanceof Error) && !isPromiseLike(value)) {
      this.settled.set(key, value);
      return this;
    }
    this.unsettled.set(key, null);
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
