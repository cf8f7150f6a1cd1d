/**
 * The Nastavnik blocks of one document, shared by the preview, the dashboard and the report: what
 * goes under a scoring table and under a roadmap table.
 */
import type { IsoDate } from '../core/domain/dates';
import type { Locale } from '../core/diagnostic';
import type { Table } from '../core/model';
import { computeScores } from '../core/scores';
import { scoreBadge } from './badge';
import { completenessBox } from './completeness';
import type { RenderDoc } from './context';
import { progressHtml } from './progress';
import { timelineBlock } from './timeline';

export interface BlockOptions {
  locale: Locale;
  today?: IsoDate;
  /** Makes SVG ids unique on a page that shows several documents. */
  idPrefix?: string;
}

/**
 * Blocks for one table: the score badge of a scoring table; completeness and timeline of a roadmap;
 * progress and timeline of a personalised programme's plan (docs/domain.md §17).
 */
export function blocksForTable(doc: RenderDoc, table: Table, options: BlockOptions): string {
  const out: string[] = [];
  if (table.kind === 'scoring') {
    const score = doc.scores.efficiency.find((e) => e.table === table.index);
    if (score) out.push(scoreBadge(score, options.locale));
  }
  if (table.kind === 'roadmap') {
    const c = doc.scores.completeness.tables.find((t) => t.table === table.index);
    if (c) out.push(completenessBox(doc, c, options.locale));
    out.push(
      timelineBlock(doc, table, { locale: options.locale, today: options.today, idPrefix: `${options.idPrefix ?? 'nv'}-t${table.index}` }),
    );
  }
  if (table.kind === 'personal') {
    // Progress is judged against the date the preview is shown (overdue activities): computeScores, as every number.
    const progress = computeScores(doc.analysis.model, doc.profiles, { today: options.today }).progress;
    if (progress?.tables[0] === table.index) out.push(progressHtml(progress, options.locale));
    out.push(
      timelineBlock(doc, table, { locale: options.locale, today: options.today, idPrefix: `${options.idPrefix ?? 'nv'}-t${table.index}` }),
    );
  }
  return out.join('');
}
