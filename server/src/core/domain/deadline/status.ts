/**
 * What a deadline cell amounts to: one notion shared by `check` (the rules missing-deadline,
 * placeholder, unparsed-deadline and vague-deadline), `scores` (completeness), the preview and the
 * report, so that they agree on every cell.
 *
 *  - 'empty'       — nothing written: missing-deadline.
 *  - 'placeholder' — «[указать срок]» left by a quick fix: the placeholder rule.
 *  - 'unparsed'    — «не прочитан»: the cell, or a part of it, reads as nothing (unparsed-deadline).
 *  - 'vague'       — «нечёткий»: it reads only as the whole period («В течение учебного года»,
 *                    «Постоянно») or only as a deferral («По мере необходимости», «По графику»): the
 *                    vague-deadline hint.
 *  - 'readable'    — «понятный»: months or dates, a recurring reading («Ежегодно», «1 раз в
 *                    четверть»), or a month whose year only the period can give (the ambiguous-year
 *                    hint), an impossible date or a reversed range (their own rules).
 *
 * A row has a deadline (completeness) exactly when its cell is 'vague' or 'readable', that is when
 * `check` reports neither missing-deadline, nor unparsed-deadline, nor a placeholder for it.
 */
import { isPlaceholder } from '../placeholders';
import type { ParsedDeadline } from './parsed-deadline';

export type DeadlineStatus = 'empty' | 'placeholder' | 'unparsed' | 'vague' | 'readable';

/** Why a deadline is vague: only a deferral («по мере необходимости»), or only the whole period. */
export type VagueKind = 'not-a-deadline' | 'whole-period';

export function vagueKind(parsed: ParsedDeadline): VagueKind | undefined {
  if (parsed.flags.includes('not-a-deadline') && parsed.intervals.length === 0) return 'not-a-deadline';
  if (parsed.flags.includes('vague') && parsed.intervals.every((i) => i.vague)) return 'whole-period';
  return undefined;
}

/** Is any part of the cell unread? A deferral with nothing else is vague, not unread. */
export function isUnparsed(parsed: ParsedDeadline): boolean {
  return parsed.flags.includes('unparsed') && !parsed.flags.includes('not-a-deadline');
}

export function deadlineStatus(text: string, parsed: ParsedDeadline): DeadlineStatus {
  if (text.trim() === '') return 'empty';
  if (isPlaceholder(text)) return 'placeholder';
  if (isUnparsed(parsed)) return 'unparsed';
  return vagueKind(parsed) ? 'vague' : 'readable';
}

/** Does the cell count as a deadline for completeness? */
export function hasDeadline(status: DeadlineStatus): boolean {
  return status === 'readable' || status === 'vague';
}
