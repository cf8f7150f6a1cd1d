/**
 * Code lens texts: one line above each scoring table («Итого 14 из 18 — допустимый уровень») and
 * each roadmap table («Полнота 86 %: нет этапа …»). Pure: model + scores in, spans and texts out;
 * every number comes from `computeScores`. The LSP adapter only turns spans into ranges.
 */
import type { Message } from '../diagnostic';
import type { DocumentModel, Span } from '../model';
import type { Completeness, EfficiencyScore, Scores } from '../scores';
import { isMeasurable } from '../scores/completeness';
import { progressTitle, tableCounts } from '../scores/progress-text';
import { countEn, formatNumber, plural } from '../words';

export interface Lens {
  /** The table's header line: where the editor shows the lens. */
  span: Span;
  table: number;
  kind: 'efficiency' | 'completeness' | 'progress';
  title: Message;
}

/** Longest list of missing stages shown in one lens; the rest is counted («и ещё 2»). */
const MAX_NAMED = 2;

export function lenses(model: DocumentModel, scores: Scores): Lens[] {
  const out: Lens[] = [];
  for (const e of scores.efficiency) {
    const table = model.tables[e.table];
    if (table) out.push({ span: table.headerSpan, table: e.table, kind: 'efficiency', title: efficiencyTitle(e) });
  }
  for (const c of scores.completeness.tables) {
    const table = c.table === null ? undefined : model.tables[c.table];
    if (table) out.push({ span: table.headerSpan, table: table.index, kind: 'completeness', title: completenessTitle(c) });
  }
  // A personalised programme's plan: how far the pair has got (docs/scores.md §4а).
  for (const index of scores.progress?.tables ?? []) {
    const table = model.tables[index];
    if (table)
      out.push({ span: table.headerSpan, table: index, kind: 'progress', title: progressTitle(tableCounts(scores.progress!, index)) });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.kind.localeCompare(b.kind));
}

export function efficiencyTitle(e: EfficiencyScore): Message {
  const count = e.indicators.length;
  if (count === 0) return { ru: 'Показатели эффективности: нет ни одного показателя', en: 'Efficiency indicators: no indicators found' };
  if (e.partial) {
    return {
      ru: `Итого ${e.total} из ${e.max} — оценено ${e.scored} из ${count} показателей, уровень не определён`,
      en: `Total ${e.total} of ${e.max} — ${e.scored} of ${count} indicators scored, no level yet`,
    };
  }
  return {
    ru: `Итого ${e.total} из ${e.max} — ${e.level?.name ?? 'уровень не определён'}`,
    en: `Total ${e.total} of ${e.max} — ${e.level ? englishLevel(e.level.name) : 'no level'}`,
  };
}

/** The default level names have English equivalents; a document's own names are shown as written. */
function englishLevel(name: string): string {
  const n = name.toLowerCase().replace(/ё/g, 'е');
  if (n.startsWith('оптимальн')) return 'optimal level';
  if (n.startsWith('допустим')) return 'acceptable level';
  if (n.startsWith('недопустим')) return 'unacceptable level';
  return name;
}

export function completenessTitle(c: Completeness): Message {
  // No activities and no stages: a percent would measure nothing («0 % — всё заполнено» misleads).
  if (!isMeasurable(c))
    return { ru: 'Полнота: нечего измерять — нет ни одного мероприятия', en: 'Completeness: nothing to measure — no activities' };
  const ru: string[] = [];
  const en: string[] = [];
  const stages = c.missing.stages;
  if (stages.length) {
    const list = (names: readonly string[]) =>
      names
        .slice(0, MAX_NAMED)
        .map((s) => `«${s}»`)
        .join(', ');
    const more = stages.length - MAX_NAMED;
    const stagesEn = c.missing.stagesEn.length === stages.length ? c.missing.stagesEn : stages;
    ru.push(`${stages.length === 1 ? 'нет этапа' : 'нет этапов'} ${list(stages)}${more > 0 ? ` и ещё ${more}` : ''}`);
    en.push(`missing ${stages.length === 1 ? 'stage' : 'stages'} ${list(stagesEn)}${more > 0 ? ` and ${more} more` : ''}`);
  }
  // A column the table lacks altogether is named once, not counted row by row.
  const columns = c.missing.columns;
  if (columns.length) {
    const ruNames = columns.map((k) => (k === 'deadline' ? '«Сроки»' : '«Ответственные»')).join(' и ');
    const enNames = columns.map((k) => (k === 'deadline' ? '«Deadline»' : '«Responsible»')).join(' and ');
    ru.push(`${columns.length === 1 ? 'нет столбца' : 'нет столбцов'} ${ruNames}`);
    en.push(`no ${enNames} ${columns.length === 1 ? 'column' : 'columns'}`);
  }
  const rowsWithout = (rows: number, ruWhat: string, enWhat: string) => {
    if (rows === 0) return;
    ru.push(`${ruWhat} ${rowCountRu(rows)}`);
    en.push(`${enWhat} ${countEn(rows, 'row', 'rows')}`);
  };
  if (!columns.includes('deadline')) rowsWithout(c.deadlines.total - c.deadlines.done, 'нет срока в', 'no deadline in');
  if (!columns.includes('responsible'))
    rowsWithout(c.responsibles.total - c.responsibles.done, 'нет ответственного в', 'no responsible in');
  if (c.results) rowsWithout(c.results.total - c.results.done, 'нет результата в', 'no result in');
  const tailRu = ru.length ? `: ${ru.join('; ')}` : ' — всё заполнено';
  const tailEn = en.length ? `: ${en.join('; ')}` : ' — everything filled in';
  return { ru: `Полнота ${c.percent} %${tailRu}`, en: `Completeness ${c.percent} %${tailEn}` };
}

/** «в 1 строке», «в 3 строках», «в 5 строках» (the preposition «в» takes the prepositional case). */
function rowCountRu(n: number): string {
  return `${formatNumber(n, 'ru')} ${plural(n, 'строке', 'строках', 'строках')}`;
}
