/**
 * Writing snippet syntax: tab stops numbered in the order they are written, mirrors of them, the
 * period's years ($1, $2) and the {Y1} {Y2} {tab:…} tokens of template-data.ts.
 */
import { escapeChoiceOption, escapeSnippetText } from '../snippet-syntax';

/** Numbers tab stops in the order they are written. */
export class TabStopWriter {
  private next: number;
  constructor(first = 1) {
    this.next = first;
  }
  /** A placeholder with a default; `indexed` also returns its index (for mirrors). */
  indexed(defaultText: string): { syntax: string; index: number } {
    const index = this.next++;
    return { syntax: `\${${index}:${escapeSnippetText(defaultText)}}`, index };
  }
  tab(defaultText: string): string {
    return this.indexed(defaultText).syntax;
  }
  empty(): string {
    return `\${${this.next++}}`;
  }
  choice(options: readonly string[]): string {
    if (options.length === 1) return this.tab(options[0]!);
    return `\${${this.next++}|${options.map(escapeChoiceOption).join(',')}|}`;
  }
}

/** A mirror of tab stop n, braced so a following digit cannot extend the index. */
export const mirror = (n: number): string => `\${${n}}`;
export const text = escapeSnippetText;

/** The period's tab stops: $1 first year, $2 last year; $3 approval date; $4 organisation. */
export const Y1 = 1;
export const Y2 = 2;

export type YearMode = 'mirror' | 'none';
export type Year = 'y1' | 'y2';
/** Snippet syntax for a year of the period. */
export type YearWriter = (which: Year) => string;

export const periodYears: YearWriter = (which) => mirror(which === 'y1' ? Y1 : Y2);

/** Years as tab stops of their own (where no period is at hand): the first use is the tab stop, later ones mirror it. */
export function ownYears(stops: TabStopWriter, defaults: Record<Year, number>): YearWriter {
  const made: Partial<Record<Year, number>> = {};
  return (which) => {
    const known = made[which];
    if (known !== undefined) return mirror(known);
    const { syntax, index } = stops.indexed(String(defaults[which]));
    made[which] = index;
    return syntax;
  };
}

/** Activity text with its {Y1} {Y2} {tab:…} tokens turned into snippet syntax. */
export function fillTokens(template: string, stops: TabStopWriter, years: YearWriter): string {
  return template
    .split(/(\{Y1\}|\{Y2\}|\{tab:[^}]*\})/)
    .map((piece) => {
      if (piece === '{Y1}') return years('y1');
      if (piece === '{Y2}') return years('y2');
      const tab = /^\{tab:([^}]*)\}$/.exec(piece);
      if (tab) return stops.tab(tab[1]!);
      return text(piece);
    })
    .join('');
}
