/**
 * Bounded memoisation for the pure readers (deadline, responsible, stage, number levels, front matter). While someone
 * types, every keystroke re-reads hundreds of unchanged cells; these caches make that a lookup.
 * Results are shared between calls, so callers must treat them as read-only (the model does).
 * When a cache is full it is emptied — simple, and bounded: no document can grow it without limit.
 */
const LIMIT = 20_000;
const caches: Map<string, unknown>[] = [];

/** Empties every memo: the benchmarks' cold analysis must read each cell as if for the first time. */
export function resetMemos(): void {
  for (const cache of caches) cache.clear();
}

export function memo<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const cache = new Map<string, R>();
  caches.push(cache);
  return (...args: A): R => {
    const k = key(...args);
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit as R;
    const value = fn(...args);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(k, value);
    return value;
  };
}

/**
 * `memo` of a function of one text, keyed by the text itself: no key function, no argument array, no
 * key string built per call. The readers called for every row on every keystroke use this one.
 */
export function memoByText<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  caches.push(cache);
  return (text: string): R => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const value = fn(text);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** A key for a list argument that is usually the same array object (workspace staff, roles). */
const ids = new WeakMap<object, number>();
let nextId = 1;
export function identity(value: object | undefined): string {
  if (!value) return '-';
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return String(id);
}
