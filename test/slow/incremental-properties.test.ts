/**
 * The property tests of the incremental parse (test/incremental.test.ts has the rest): random edits
 * through one cache, and warm-ups left half done or done for an older text, must give the very model
 * a whole-document parse gives. Fixed seeds; here because a hundred runs on generated roadmaps take
 * half a minute.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { generateDefectiveRoadmap, generateRoadmap } from '../../bench/generate';
import { analyze } from '../../server/src/core/analyze';
import { createParseCache, parseDocument, warmParseCache } from '../../server/src/core/read/parse';
import { rowJudgements } from '../../server/src/core/rules/row-rule';

/** The oracle: the whole text parsed at once (a big one is otherwise parsed block by block even without a cache). */
const WHOLE = { wholeParse: true } as const;

function runWarm(steps: Generator<void, void, void> | undefined, limit = Infinity): number {
  let n = 0;
  while (steps && n < limit && !steps.next().done) n++;
  return n;
}

describe('incremental parse: edits through one cache', () => {
  test('random edits (insert, delete, new rows, blank lines, pipes) keep the model equal', () => {
    const base = generateRoadmap(40) + '\n## Примечание\n\nТекст после таблицы.\n';
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.constantFrom(
        '',
        'а',
        '|',
        '\n',
        '\n\n',
        ' | ',
        '| 99. | Этап | Мероприятие | Май 2026 | Куратор | Отчёт |\n',
        '<br>',
        '---',
        '\r\n',
        '*',
        '`',
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createParseCache();
        let text = base;
        parseDocument(text, { cache });
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assert.equal(JSON.stringify(parseDocument(text, { cache })), JSON.stringify(parseDocument(text, WHOLE)));
        }
      }),
      { seed: 20261122, numRuns: 60 },
    );
  });
});

describe('incremental parse: edits told to the cache (the language server reports every edit)', () => {
  test('random edits, one or several between parses, keep the model equal; most are not split again', () => {
    const base = '\ufeff' + generateRoadmap(40) + '\n## Примечание\n\nТекст после таблицы.\n';
    // Mostly where typing happens (inside the table's rows), now and then anywhere.
    const edit = fc.record({
      at: fc.oneof(fc.integer({ min: 300, max: 9_000 }), fc.nat()),
      remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
      insert: fc.oneof(
        { arbitrary: fc.constantFrom('', 'а', 'б', ' 2026', '|', '\\|', '<br>', '`', '[x]: y'), weight: 8 },
        { arbitrary: fc.constantFrom('\n', '\r\n', '| 99. | Этап | Май 2026 | Куратор |\n'), weight: 1 },
      ),
    });
    let edited = 0;
    let parses = 0;
    // Mostly one edit per parse, as typing goes; now and then several anywhere (a fast typist, a multi-cursor edit).
    const batch = fc.oneof(
      { arbitrary: edit.map((e) => [e]), weight: 4 },
      { arbitrary: fc.array(edit, { minLength: 2, maxLength: 3 }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 8 }), (batches) => {
        const cache = createParseCache(true);
        let text = base;
        parseDocument(text, { cache });
        for (const batch of batches) {
          for (const e of batch) {
            const at = e.at % (text.length + 1);
            const end = Math.min(text.length, at + e.remove);
            text = text.slice(0, at) + e.insert + text.slice(end);
            cache.noteChange({ start: at, end, inserted: e.insert.length });
          }
          assert.equal(JSON.stringify(parseDocument(text, { cache })), JSON.stringify(parseDocument(text, WHOLE)));
          parses++;
          if (cache.lastStats.edited) edited++;
        }
      }),
      { seed: 20261204, numRuns: 80 },
    );
    // The fast way must have been taken, or this test proves nothing about it.
    assert.ok(edited > parses / 5, `${edited} of ${parses} parses took the edit's way`);
  });
});

describe('diagnostics through one cache (row rules remember their verdicts per row)', () => {
  test('random edits to a roadmap with a defect in most rows give the diagnostics of a cold analysis', () => {
    const base = generateDefectiveRoadmap(30);
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.constantFrom(
        '',
        'а',
        ' 2026',
        '|',
        '\n',
        '| 99. | Этап | Мероприятие | когда-нибудь | | Отчёт |\n',
        '| 98. | | Встреча наставников | Май 2031 | Петров | |\n',
        'Куратор',
        'Сентябрь 2025',
      ),
    });
    // Edits of the context too: the period (deadline-outside-period) and the profile (stages).
    const context = fc.constantFrom(
      (t: string) => t,
      (t: string) => t.replace('период: 2025-2026 учебный год', 'период: 2030-2031 учебный год'),
      (t: string) => t.replace('профиль: педагоги', 'профиль: обучающиеся'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, context), { minLength: 1, maxLength: 8 }), (edits) => {
        const parseCache = createParseCache();
        let text = base;
        analyze(text, { parseCache });
        for (const [e, change] of edits) {
          const at = e.at % (text.length + 1);
          text = change(text.slice(0, at) + e.insert + text.slice(at + e.remove));
          assert.deepEqual(
            JSON.parse(JSON.stringify(analyze(text, { parseCache }).diagnostics)),
            JSON.parse(JSON.stringify(analyze(text).diagnostics)),
          );
        }
      }),
      { seed: 20261203, numRuns: 60 },
    );
  });
});

describe('diagnostics through an editing cache told of each edit (the language server)', () => {
  test('typing, lines added and removed, and context changes give the diagnostics of a cold analysis', () => {
    const base = generateDefectiveRoadmap(40);
    const table = base.indexOf('\n|');
    // Mostly typing inside the rows; now and then a line, a pipe, a new row, or the front matter changed.
    const edit = fc.record({
      at: fc.oneof({ arbitrary: fc.integer({ min: table, max: base.length }), weight: 4 }, { arbitrary: fc.nat(), weight: 1 }),
      remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })),
      insert: fc.oneof(
        { arbitrary: fc.constantFrom('', 'а', 'б', ' 2026', 'Куратор', 'когда-то', 'Сентябрь 2031', '[указать срок]'), weight: 8 },
        { arbitrary: fc.constantFrom('|', '\n', '| 99. | | Встреча | Май 2031 | | |\n', '<!-- nastavnik-disable -->'), weight: 1 },
      ),
    });
    const context = fc.constantFrom(
      (t: string) => t,
      (t: string) => t,
      (t: string) => t.replace('период: 2025-2026 учебный год', 'период: 2030-2031 учебный год'),
      (t: string) => t.replace('период: 2030-2031 учебный год', 'период: 2025-2026 учебный год'),
      (t: string) => t.replace('профиль: педагоги', 'профиль: обучающиеся'),
      (t: string) => t.replace('утверждено: 2025-08-29', 'утверждено: 2026-01-10'),
    );
    let remembered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, context), { minLength: 1, maxLength: 10 }), (edits) => {
        const parseCache = createParseCache(true);
        let text = base;
        analyze(text, { parseCache });
        for (const [e, change] of edits) {
          const at = e.at % (text.length + 1);
          const end = Math.min(text.length, at + e.remove);
          text = text.slice(0, at) + e.insert + text.slice(end);
          parseCache.noteChange({ start: at, end, inserted: e.insert.length });
          const changed = change(text);
          if (changed !== text) {
            parseCache.noteChange({ start: 0, end: text.length, inserted: changed.length });
            text = changed;
          }
          const cold = JSON.parse(JSON.stringify(analyze(text).diagnostics));
          assert.deepEqual(JSON.parse(JSON.stringify(analyze(text, { parseCache }).diagnostics)), cold);
          remembered += rowJudgements.remembered;
        }
      }),
      { seed: 20261205, numRuns: 60 },
    );
    // The remembered way must have been taken, or this test proves nothing about it.
    assert.ok(remembered > 1000, `${remembered} rows remembered`);
  });
});

describe('incremental parse: warming a cold cache in steps (the server opening a big document)', () => {
  test('a warm-up left half done, or done for an older text, still leads to the whole-document model', () => {
    const base = generateRoadmap(120);
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 40 }),
      insert: fc.constantFrom(
        '',
        'а',
        '|',
        '\n',
        '\n\n',
        ' | ',
        '| 99. | Этап | Мероприятие | Май 2026 | Куратор | Отчёт |\n',
        '\r\n',
        '[a]: b\n',
      ),
    });
    fc.assert(
      fc.property(fc.nat({ max: 12 }), fc.array(edit, { maxLength: 4 }), (stop, edits) => {
        const cache = createParseCache();
        runWarm(warmParseCache(base, cache), stop);
        let text = base;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        runWarm(warmParseCache(text, cache), stop);
        assert.equal(JSON.stringify(parseDocument(text, { cache })), JSON.stringify(parseDocument(text, WHOLE)));
      }),
      { seed: 20261202, numRuns: 40 },
    );
  });
});
