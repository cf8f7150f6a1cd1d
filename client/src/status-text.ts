/**
 * What the status bar item says for a document's scores: the short text and the tooltip's lines.
 * Pure (no `vscode` import), so it is tested without an editor; every number comes from the server's
 * `nastavnik/scores` answer.
 */
import type { ScoresResult } from '../../server/src/lsp/protocol';

/** Picks the Russian or the English text. */
export type Say = (ru: string, en: string) => string;

export interface StatusText {
  text: string;
  tooltip: string[];
}

/** Null when the document has nothing to show (no known kind and no numbers). */
export function statusText(scores: ScoresResult, say: Say, kind: string | undefined, profile: string | undefined): StatusText | null {
  const completeness = scores.completeness.document;
  const efficiency = scores.efficiency[0];
  // A personalised programme's progress, counted by the server from the marks against today's date.
  const progress = scores.progress?.total;
  if (!kind && !completeness && !efficiency) return null;
  const name = kind ?? say('Документ', 'Document');
  const parts = [name];
  if (profile) parts.push(profile);
  if (completeness) parts.push(`${completeness.percent} %`);
  if (efficiency) parts.push(`${efficiency.total}/${efficiency.max}`);
  if (progress && progress.total > 0) parts.push(`✓ ${progress.done}/${progress.total}`);
  const tooltip = [`**${name}**${profile ? ` — ${say('профиль', 'profile')} «${profile}»` : ''}`];
  if (scores.meta.period) tooltip.push(`${say('Период', 'Period')}: ${scores.meta.period}`);
  if (completeness) tooltip.push(`${say('Полнота дорожной карты', 'Roadmap completeness')}: ${completeness.percent} %`);
  for (const e of scores.efficiency)
    tooltip.push(
      `${say('Показатели эффективности', 'Efficiency')}: ${e.total} ${say('из', 'of')} ${e.max}${e.level ? ` — ${e.level.name}` : ''}`,
    );
  if (progress && progress.total > 0) {
    const late = progress.overdue ? say(`, просрочено: ${progress.overdue}`, `, overdue: ${progress.overdue}`) : '';
    tooltip.push(
      say(
        `Прогресс программы: выполнено ${progress.done} из ${progress.total}${late}`,
        `Programme progress: ${progress.done} of ${progress.total} done${late}`,
      ),
    );
  }
  tooltip.push('', say('Нажмите, чтобы открыть подробности.', 'Click for details.'));
  return { text: `$(checklist) ${parts.join(' · ')}`, tooltip };
}
