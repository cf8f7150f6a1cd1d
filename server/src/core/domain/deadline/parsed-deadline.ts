/** What a deadline cell yields: its intervals and the issues found reading it, flagged in a fixed order. */
import type { Interval } from '../dates';

export type DeadlineFlag = 'vague' | 'not-a-deadline' | 'ambiguous-year' | 'recurring' | 'unparsed' | 'invalid-date' | 'reversed-range';

/** fragment: the piece of the cell text the issue concerns, as written. */
export interface DeadlineIssue {
  flag: DeadlineFlag;
  fragment: string;
}

export interface ParsedDeadline {
  /** Union of what the cell means, sorted by start; adjacent or overlapping spans of the same kind merged. */
  intervals: Interval[];
  /** Distinct flags, in the order of FLAG_ORDER. */
  flags: DeadlineFlag[];
  issues: DeadlineIssue[];
}

export const FLAG_ORDER: readonly DeadlineFlag[] = [
  'vague',
  'not-a-deadline',
  'ambiguous-year',
  'recurring',
  'unparsed',
  'invalid-date',
  'reversed-range',
];
