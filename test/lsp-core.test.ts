/**
 * The pure helpers behind completion and code lens (core/editing/completion.ts, core/editing/lens.ts), in process:
 * both locales, documents without a period or a profile, odd offsets and line endings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { completionsAt } from '../server/src/core/editing/completion';
import { completenessTitle, efficiencyTitle, lenses } from '../server/src/core/editing/lens';
import { computeScores } from '../server/src/core/scores';

const read = (name: string) => readFileSync(join(__dirname, '..', 'examples', name), 'utf8');
const profiles = allProfiles();

function complete(text: string, needle: string, delta = 0, today?: string) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return completionsAt(text, analyze(text).model, at + delta, { profiles, today });
}

test('lens titles in both locales for every example with tables', () => {
  const titles = (name: string) => {
    const model = analyze(read(name)).model;
    return lenses(model, computeScores(model)).map((l) => l.title);
  };
  assert.deepEqual(titles('003-severodvinsk-college-roadmap.md'), [
    { ru: 'Полнота 33 %: нет столбцов «Сроки» и «Ответственные»', en: 'Completeness 33 %: no «Deadline» and «Responsible» columns' },
  ]);
  assert.deepEqual(titles('clean-pupils-roadmap.md'), [
    { ru: 'Полнота 100 % — всё заполнено', en: 'Completeness 100 % — everything filled in' },
  ]);
  assert.deepEqual(titles('README.md'), []);
});

test('efficiency lens: full, partial and empty scoring tables', () => {
  const base = {
    table: 0,
    span: { start: 0, end: 1 },
    criteria: [],
    percent: 0,
    levels: [],
    levelsSource: 'default' as const,
    levelProblems: [],
  };
  const indicators = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ row: i, criterion: '', indicator: 'x', points: 2, span: { start: 0, end: 1 } }));
  assert.deepEqual(
    efficiencyTitle({
      ...base,
      indicators: indicators(9),
      total: 16,
      max: 18,
      scored: 9,
      partial: false,
      level: { from: 15, to: 18, name: 'оптимальный уровень' },
    }),
    { ru: 'Итого 16 из 18 — оптимальный уровень', en: 'Total 16 of 18 — optimal level' },
  );
  assert.deepEqual(efficiencyTitle({ ...base, indicators: indicators(9), total: 4, max: 18, scored: 2, partial: true, level: null }), {
    ru: 'Итого 4 из 18 — оценено 2 из 9 показателей, уровень не определён',
    en: 'Total 4 of 18 — 2 of 9 indicators scored, no level yet',
  });
  assert.match(
    efficiencyTitle({ ...base, indicators: [], total: 0, max: 0, scored: 0, partial: false, level: null }).ru,
    /нет ни одного показателя/,
  );
});

test('completeness lens names at most two missing stages and counts the rest', () => {
  const missing = {
    stages: ['А', 'Б', 'В', 'Г'],
    stagesEn: ['A', 'B', 'C', 'D'],
    deadlineRows: [],
    responsibleRows: [1],
    resultRows: [],
    columns: [] as ('deadline' | 'responsible')[],
    rows: { deadline: [], responsible: [], result: [] },
  };
  const c = { table: 0, percent: 50, deadlines: { done: 1, total: 1 }, responsibles: { done: 1, total: 2 }, missing, gaps: [] };
  assert.deepEqual(completenessTitle(c), {
    ru: 'Полнота 50 %: нет этапов «А», «Б» и ещё 2; нет ответственного в 1 строке',
    en: 'Completeness 50 %: missing stages «A», «B» and 2 more; no responsible in 1 row',
  });
  assert.equal(
    completenessTitle({ ...c, missing: { ...missing, stages: ['А'], stagesEn: ['A'] }, responsibles: { done: 0, total: 21 } }).ru,
    'Полнота 50 %: нет этапа «А»; нет ответственного в 21 строке',
  );
  assert.deepEqual(
    completenessTitle({ ...c, missing: { ...missing, stages: [], stagesEn: [], columns: ['deadline'] }, deadlines: { done: 0, total: 5 } }),
    {
      ru: 'Полнота 50 %: нет столбца «Сроки»; нет ответственного в 1 строке',
      en: 'Completeness 50 %: no «Deadline» column; no responsible in 1 row',
    },
  );
});

test('deadline completion without a period uses the span of the deadlines already read', () => {
  const text = read('004-arkhangelsk-municipal.md').replace(/на 2023 – 2025 гг\./g, '');
  const result = complete(text, '| Постоянно |', 3);
  if (result) {
    assert.equal(result.context, 'deadline');
    assert.ok(result.items.length > 3);
  }
  const teachers = read('clean-teachers-roadmap.md');
  const r = complete(teachers, '| Сентябрь 2025 |', 3)!;
  assert.equal(r.items.filter((i) => i.kind === 'month').length, 12);
  assert.deepEqual(
    r.items.filter((i) => i.kind === 'date').map((i) => i.label),
    ['До 31.08.2026', '01.09.2025', '31.08.2026'],
  );
});

test('front matter: period suggestions come from the title and from today, never from a clock', () => {
  const text =
    '---\nвид: дорожная карта\nпериод: \n---\n\n# Дорожная карта реализации целевой модели наставничества на 2025-2026 учебный год\n';
  const r = complete(text, 'период: ', 8, '2025-07-01')!;
  assert.equal(r.context, 'front-matter-value');
  assert.deepEqual(
    r.items.map((i) => i.label),
    ['2025-2026 учебный год', '2026-2027 учебный год', '2025 год'],
  );
  const none = complete(text, 'период: ', 8);
  assert.deepEqual(
    none?.items.map((i) => i.label),
    ['2025-2026 учебный год'],
    'without today only the title period',
  );
  const keys = complete(text, 'вид:', 0)!;
  assert.equal(keys.context, 'front-matter-key');
  assert.ok(
    keys.items.every((k) => k.label !== 'период'),
    'a key already written is not offered again',
  );
});

test('odd offsets, CRLF and the delimiter row give no completion and no exception', () => {
  const text = read('clean-teachers-roadmap.md').replace(/\n/g, '\r\n');
  const model = analyze(text).model;
  for (const offset of [-1, 0, 1.5, text.length, text.length + 10]) completionsAt(text, model, offset, { profiles });
  assert.equal(complete(text, '|---|---|', 2), null);
  const crlf = complete(text, '| Сентябрь 2025 |', 3)!;
  assert.equal(text.slice(crlf.replace.start, crlf.replace.end), 'Сентябрь 2025');
  assert.equal(complete(text, '| № | Этап |', 5), null, 'the header row');
});
