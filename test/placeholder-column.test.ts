/**
 * «Добавить столбец «Сроки»» on a table of N rows leaves one task, not N warnings: one warning on the
 * column listing the lines still to fill, a hint on each cell (issue «What a new user trips over»).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/editing/edits';
import { fixesForDiagnostic } from '../server/src/core/fixes';

const TEXT = `---
вид: дорожная карта
профиль: педагоги
период: 2025-2026 учебный год
---
# Дорожная карта

| Этап | Мероприятия | Ответственные |
|---|---|---|
| Подготовка условий для реализации системы наставничества | Приказ | Директор |
| Формирование банка наставляемых | Анкеты | Куратор |
| Формирование банка наставников | Анкеты | Куратор |
`;

test('after «Добавить столбец «Сроки»»: one warning on the column naming the lines, a hint per cell', () => {
  const before = analyze(TEXT);
  const missing = before.diagnostics.find((d) => d.code === 'missing-column')!;
  const fix = fixesForDiagnostic(TEXT, before, missing, { today: '2025-10-01' })[0]!;
  const after = applyEdits(TEXT, fix.edits);
  const found = analyze(after).diagnostics.filter((d) => d.code === 'placeholder');
  const warnings = found.filter((d) => d.severity === 'warning');
  assert.equal(warnings.length, 1);
  assert.equal(after.slice(warnings[0]!.span.start, warnings[0]!.span.end), 'Сроки');
  assert.match(warnings[0]!.message.ru, /не заполнены 3 строки \(строки 10, 11, 12\)/);
  assert.deepEqual(found.filter((d) => d.severity === 'hint').length, 3);
});

test('near miss: one placeholder left is one warning on its cell', () => {
  const text = TEXT.replace('| Приказ | Директор |', '| Приказ | [указать ответственных] |');
  const found = analyze(text).diagnostics.filter((d) => d.code === 'placeholder');
  assert.deepEqual(
    found.map((d) => [d.severity, text.slice(d.span.start, d.span.end)]),
    [['warning', '[указать ответственных]']],
  );
});
