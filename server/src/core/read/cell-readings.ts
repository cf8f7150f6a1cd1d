/** The readings of one cell (deadline, responsible, stage), memoised by text and, with a parse cache, by cell object. */
import { parseDeadline } from '../domain/deadline';
import { parseResponsible } from '../domain/responsible';
import { matchStage } from '../domain/stages';
import type { Cell } from '../model';
import { identity, memo } from './memo';

// The per-cell readers, memoised: typing re-reads hundreds of unchanged cells per keystroke.
export const readDeadline = memo(
  parseDeadline,
  (text, period) => `${period?.start ?? ''}|${period?.end ?? ''}|${period?.kind ?? ''}|${text}`,
);
export const readResponsible = memo(parseResponsible, (text, staff, roles) => `${identity(staff)}|${identity(roles)}|${text}`);
export const readStage = memo(matchStage, (text, profile) => `${identity(profile)}|${text}`);

/**
 * The same readers per cell object: with a parse cache an unchanged row keeps its Cell objects, so a
 * keystroke finds each cell's reading by identity instead of building and hashing a text key.
 * `context` (period, staff and roles, profile) must match as well.
 */
export function perCell<T>(
  store: WeakMap<Cell, { context: string; value: T }> | undefined,
  cell: Cell,
  context: string,
  read: (text: string) => T,
): T {
  if (!store) return read(cell.text); // no parse cache: every cell is new, nothing to find
  const hit = store.get(cell);
  if (hit && hit.context === context) return hit.value;
  const value = read(cell.text);
  store.set(cell, { context, value });
  return value;
}
export const deadlineByCell = new WeakMap<Cell, { context: string; value: ReturnType<typeof parseDeadline> }>();
export const responsibleByCell = new WeakMap<Cell, { context: string; value: ReturnType<typeof parseResponsible> }>();
export const stageByCell = new WeakMap<Cell, { context: string; value: ReturnType<typeof matchStage> | undefined }>();
