/** `nastavnik scores` in words: what a methodologist reads in a terminal. */
import type { Locale } from '../core/diagnostic';
import type { Scores } from '../core/scores';
import type { CheckedFile } from './output';

const pct = (done: number, total: number) => (total ? `${done}/${total}` : '—');

export function scoresText(file: CheckedFile, locale: Locale): string {
  const ru = locale === 'ru';
  const scores = file.scores as Scores | undefined;
  const meta = file.analysis.model.meta;
  const lines = [`${file.path}`];
  lines.push(`  ${ru ? 'вид' : 'kind'}: ${meta.kind}; ${ru ? 'профиль' : 'profile'}: ${meta.profile ?? '—'}; ${ru ? 'период' : 'period'}: ${meta.period?.text ?? '—'}`);
  if (!scores) return lines.join('\n');
  const c = scores.completeness.document;
  if (c) {
    lines.push(`  ${ru ? 'Полнота дорожной карты' : 'Roadmap completeness'}: ${c.percent} % (${ru ? 'этапы' : 'stages'} ${c.stages ? pct(c.stages.done, c.stages.total) : '—'}, ${ru ? 'сроки' : 'deadlines'} ${pct(c.deadlines.done, c.deadlines.total)}, ${ru ? 'ответственные' : 'responsibles'} ${pct(c.responsibles.done, c.responsibles.total)}${c.results ? `, ${ru ? 'результаты' : 'results'} ${pct(c.results.done, c.results.total)}` : ''})`);
    if (c.missing.stages.length) lines.push(`    ${ru ? 'нет этапов' : 'missing stages'}: ${c.missing.stages.join('; ')}`);
  }
  for (const e of scores.efficiency) {
    const level = e.level ? e.level.name : ru ? 'уровень не определён' : 'no level';
    lines.push(`  ${ru ? 'Показатели эффективности' : 'Efficiency'}: ${e.total} ${ru ? 'из' : 'of'} ${e.max} (${e.percent} %) — ${level}${e.partial ? (ru ? `; оценено ${e.scored} из ${e.indicators.length}` : `; ${e.scored} of ${e.indicators.length} scored`) : ''}`);
    for (const cr of e.criteria) lines.push(`    ${cr.name || '—'}: ${cr.points}/${cr.max}`);
  }
  for (const t of scores.targets) {
    const plan = t.targets.map((y) => `${y.year ?? (ru ? 'весь период' : 'period')}: ≥${y.plan}${y.fact !== undefined ? ` (${ru ? 'факт' : 'fact'} ${y.fact}, ${y.fulfilment} %)` : ''}`).join(', ');
    lines.push(`  ${ru ? 'Целевой показатель' : 'Target'} ${t.number ?? ''} ${t.text.slice(0, 60)}: ${plan}${t.decreasing.length ? (ru ? ' — снижается!' : ' — decreasing!') : ''}`);
  }
  for (const qn of scores.questionnaires) {
    lines.push(`  ${ru ? 'Анкета' : 'Questionnaire'}: ${ru ? 'средний балл' : 'mean'} ${qn.mean ?? '—'}${qn.change !== undefined ? `; ${ru ? 'до' : 'entry'} ${qn.meanBefore} → ${ru ? 'после' : 'exit'} ${qn.meanAfter} (${qn.change >= 0 ? '+' : ''}${qn.change})` : ''}`);
  }
  return lines.join('\n');
}
