/**
 * A row-local rule's verdict on one cell, remembered while the cell lives. With a parse cache (the
 * language server) a row whose text did not change keeps its cell objects between keystrokes
 * (read/incremental.ts), and any change to a row gives all its cells new objects; so a rule finds its
 * verdict for every untouched row instead of judging the row and building its message again — typing
 * costs what the edited row costs, not what the table costs. A remembered report's span is the cell's
 * own span object, which the cache moves in place when text above the row grows or shrinks.
 *
 * `deps` holds whatever else the verdict depends on (table and row index, the reading of the cell in
 * its context, the profile, the period), compared with `===`. Without a parse cache (the CLI) every
 * cell is new, and the memo is not used at all: a WeakMap entry per cell would only cost.
 */
export class CellVerdicts<T> {
  private readonly memo = new WeakMap<object, { deps: readonly unknown[]; value: T }>();

  of(reuse: boolean, cell: object, deps: readonly unknown[], judge: () => T): T {
    if (!reuse) return judge();
    const hit = this.memo.get(cell);
    if (hit && sameDeps(hit.deps, deps)) return hit.value;
    const value = judge();
    this.memo.set(cell, { deps, value });
    return value;
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
