/**
 * The status bar's words for a document (client/src/status-text.ts), from the server's real
 * `nastavnik/scores` numbers: kind, completeness and efficiency; a personalised programme's progress.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusText } from '../client/src/status-text';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import type { ScoresResult } from '../server/src/lsp/protocol';
import { example } from './lsp-client';

const ru = (r: string) => r;
const en = (_: string, e: string) => e;

function scoresOf(name: string, today?: string): ScoresResult {
  const { text } = example(name);
  const model = analyze(text, today ? { today } : {}).model;
  const meta = { uri: name, version: 1, kind: model.meta.kind, profile: null, period: null, title: null };
  return { ...computeScores(model, undefined, today ? { today } : {}), meta };
}

test('a roadmap: completeness in the text and the tooltip', () => {
  const scores = scoresOf('001-tomsk-lyceum-roadmap.md');
  const shown = statusText(scores, ru, 'Дорожная карта', undefined)!;
  const percent = scores.completeness.document!.percent;
  assert.match(shown.text, new RegExp(`^\\$\\(checklist\\) Дорожная карта · ${percent} %`));
  assert.ok(shown.tooltip.includes(`Полнота дорожной карты: ${percent} %`));
  assert.ok(!shown.text.includes('✓'));
});

test('a personalised programme: done of total, and the overdue count in the tooltip', () => {
  const scores = scoresOf('ppn-ivanova-petrov.md', '2026-04-15');
  const p = scores.progress!.total;
  assert.ok(p.total > 0 && p.overdue > 0);
  const shown = statusText(scores, ru, 'Персонализированная программа', undefined)!;
  assert.ok(shown.text.endsWith(`✓ ${p.done}/${p.total}`), shown.text);
  assert.ok(shown.tooltip.includes(`Прогресс программы: выполнено ${p.done} из ${p.total}, просрочено: ${p.overdue}`));
  const english = statusText(scores, en, 'Personalised programme', undefined)!;
  assert.ok(english.tooltip.includes(`Programme progress: ${p.done} of ${p.total} done, overdue: ${p.overdue}`));
});

test('nothing to show: hidden', () => {
  const scores = scoresOf('001-tomsk-lyceum-roadmap.md');
  const empty: ScoresResult = { ...scores, efficiency: [], completeness: { ...scores.completeness, document: null } };
  assert.equal(statusText(empty, ru, undefined, undefined), null);
});
