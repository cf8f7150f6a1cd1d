/**
 * What the user controls: severity overrides (editor settings over `.nastavnik.json`), `off`, and
 * `<!-- nastavnik-disable … -->` regions; and what the user never sees: diagnostics on files that
 * are not mentorship documents. Plus the messages of every rule: both locales, Russian that names
 * the thing and says what to do.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/core/rules';
import { COL, ROWS, TITLE, diagnostics, ofCode, roadmap, tableOf, withCell } from './rules-support';

const NO_RESPONSIBLE = roadmap(withCell(3, COL.responsible, ''));

describe('severity settings', () => {
  test('the default severity applies without settings', () => {
    assert.deepEqual(
      ofCode(NO_RESPONSIBLE, 'missing-responsible').map((d) => d.severity),
      ['error'],
    );
  });

  test('analyze `severities` (editor settings) change a rule’s severity', () => {
    assert.deepEqual(
      ofCode(NO_RESPONSIBLE, 'missing-responsible', { severities: { 'missing-responsible': 'warning' } }).map((d) => d.severity),
      ['warning'],
    );
  });

  test('config `rules` (.nastavnik.json) change it too, and editor settings win over the config', () => {
    const config = { rules: { 'missing-responsible': 'hint' as const } };
    assert.deepEqual(
      ofCode(NO_RESPONSIBLE, 'missing-responsible', { config }).map((d) => d.severity),
      ['hint'],
    );
    assert.deepEqual(
      ofCode(NO_RESPONSIBLE, 'missing-responsible', { config, severities: { 'missing-responsible': 'info' } }).map((d) => d.severity),
      ['info'],
    );
  });

  test('`off` removes the rule — from the config, from the settings, and settings can turn it back on', () => {
    assert.deepEqual(ofCode(NO_RESPONSIBLE, 'missing-responsible', { config: { rules: { 'missing-responsible': 'off' } } }), []);
    assert.deepEqual(ofCode(NO_RESPONSIBLE, 'missing-responsible', { severities: { 'missing-responsible': 'off' } }), []);
    const back = ofCode(NO_RESPONSIBLE, 'missing-responsible', {
      config: { rules: { 'missing-responsible': 'off' } },
      severities: { 'missing-responsible': 'warning' },
    });
    assert.deepEqual(
      back.map((d) => d.severity),
      ['warning'],
    );
  });

  test('an override replaces every level of a rule (missing-stage: mandatory and recommended alike)', () => {
    const text = roadmap([ROWS[0]!, ROWS[1]!, ROWS[3]!, ROWS[4]!, ROWS[5]!]); // no mentor bank (mandatory), no information (recommended)
    assert.deepEqual(
      ofCode(text, 'missing-stage')
        .map((d) => d.severity)
        .sort(),
      ['error', 'warning'],
    );
    assert.deepEqual(
      ofCode(text, 'missing-stage', { severities: { 'missing-stage': 'hint' } }).map((d) => d.severity),
      ['hint', 'hint'],
    );
  });

  test('turning one rule off leaves the others alone', () => {
    const text = roadmap(withCell(3, COL.result, '', withCell(3, COL.responsible, '')));
    const codes = diagnostics(text, { severities: { 'missing-responsible': 'off' } }).map((d) => d.code);
    assert.deepEqual(codes, ['missing-result']);
  });
});

describe('suppression comments', () => {
  // Two roadmap tables: the first inside the region, the second after it; both lack a responsible.
  const second = [
    ['1.', 'Подготовка условий для реализации системы наставничества', 'Совещание рабочей группы', 'Сентябрь 2025', '', 'Протокол'],
  ];
  function twoTables(open: string, close: string): string {
    return (
      roadmap(withCell(3, COL.responsible, '')) +
      `\n${open}\n\n` +
      '' +
      `## Дополнительные мероприятия\n\n${tableOf(second)}\n\n${close}\n\n## Ещё\n\n${tableOf(second)}\n`
    );
  }
  const fm = roadmap(withCell(3, COL.responsible, '')).indexOf(TITLE);

  test('disable / enable with a code silences only that code, only between the comments', () => {
    const text = twoTables('<!-- nastavnik-disable missing-responsible -->', '<!-- nastavnik-enable missing-responsible -->');
    const found = ofCode(text, 'missing-responsible');
    // The first table (before the region) and the third (after it) still report; the second does not.
    assert.equal(found.length, 2);
    const region = { start: text.indexOf('<!-- nastavnik-disable'), end: text.indexOf('<!-- nastavnik-enable') };
    assert.ok(found.every((d) => d.span.start < region.start || d.span.start > region.end));
    assert.ok(fm > 0);
    // Other rules inside the region still report (the second table lacks stages).
    assert.ok(diagnostics(text).some((d) => d.code === 'missing-stage' && d.span.start > region.start && d.span.start < region.end));
  });

  test('several codes in one comment', () => {
    const text = twoTables(
      '<!-- nastavnik-disable missing-stage missing-responsible -->',
      '<!-- nastavnik-enable missing-stage missing-responsible -->',
    );
    const region = { start: text.indexOf('<!-- nastavnik-disable'), end: text.indexOf('<!-- nastavnik-enable') };
    const inside = diagnostics(text).filter((d) => d.span.start > region.start && d.span.start < region.end);
    assert.deepEqual(
      inside.filter((d) => d.code === 'missing-stage' || d.code === 'missing-responsible'),
      [],
    );
  });

  test('without a code: every rule is silent in the region', () => {
    const text = twoTables('<!-- nastavnik-disable -->', '<!-- nastavnik-enable -->');
    const region = { start: text.indexOf('<!-- nastavnik-disable'), end: text.indexOf('<!-- nastavnik-enable') };
    const all = diagnostics(text);
    assert.deepEqual(
      all.filter((d) => d.span.start > region.start && d.span.start < region.end),
      [],
    );
    assert.ok(
      all.some((d) => d.span.start > region.end),
      'after the region, rules report again',
    );
  });

  test('a disable without an enable lasts to the end of the document', () => {
    const text = twoTables('<!-- nastavnik-disable missing-responsible -->', '');
    const region = text.indexOf('<!-- nastavnik-disable');
    const found = ofCode(text, 'missing-responsible');
    assert.equal(found.length, 1);
    assert.ok(found[0]!.span.start < region);
  });

  test('a comment around the whole table silences the table-level diagnostics (header) and cell ones', () => {
    const base = roadmap(withCell(3, COL.responsible, '', [ROWS[0]!, ROWS[1]!, ROWS[3]!, ROWS[4]!, ROWS[5]!, ROWS[6]!]));
    const text =
      base.replace('| № |', '<!-- nastavnik-disable missing-stage missing-responsible -->\n\n| № |') +
      '\n<!-- nastavnik-enable missing-stage missing-responsible -->\n';
    assert.ok(ofCode(base, 'missing-stage').length > 0 && ofCode(base, 'missing-responsible').length > 0);
    assert.deepEqual(ofCode(text, 'missing-stage'), []);
    assert.deepEqual(ofCode(text, 'missing-responsible'), []);
  });
});

describe('files that are not mentorship documents get nothing', () => {
  const files: Record<string, string> = {
    'a software roadmap in Russian':
      '# Дорожная карта проекта\n\nЧто мы сделаем в следующих версиях.\n\n| Версия | Возможность | Срок | ' +
      'Ответственный |\n|---|---|---|---|\n| 1.2 | Поддержка Windows | Март 2025 | Иванов |\n| 1.3 | Плагины | | |\n',
    'a changelog':
      '# Changelog\n\n## 1.2.0 — 2024-05-01\n\n- Added a table renderer.\n\n| Option | Default | Description |\n|---|---|---|\n| `width` | 80 | Line width |\n',
    'a school holiday plan':
      '# Новогодний праздник\n\n## План мероприятий\n\n| Мероприятие | Срок | Ответственный ' +
      '|\n|---|---|---|\n| Украшение зала | 20.12.2024 | Завхоз |\n| Концерт | | Музыкальный руководитель |\n',
    'an article with a heading about roadmaps deep inside':
      '# Как считать полноту\n\nПро наставничество.\n\n## Полнота дорожной карты\n\nДоля этапов и мероприятий.\n\n| Доля | Вес |\n|---|---|\n| Этапы | 0.4 |\n',
    'an empty file': '',
    'plain prose': 'Просто текст без заголовков и таблиц.\n',
    'binary junk': '\u0000\u0001\uFFFD|||\n|-|\n| \u0000 |',
  };
  for (const [name, text] of Object.entries(files)) {
    test(name, () => {
      const analysis = analyze(text);
      assert.equal(analysis.model.looksRelevant, false);
      assert.deepEqual(analysis.diagnostics, []);
      assert.deepEqual(analysis.internalErrors, []);
    });
  }

  for (const path of ['README.md', 'ARCHITECTURE.md', 'docs/scores.md', 'docs/rules/README.md', 'examples/README.md']) {
    test(`the project’s own ${path}`, () => {
      assert.deepEqual(analyze(readFileSync(path, 'utf8')).diagnostics, []);
    });
  }
});

describe('unknown-kind fires only on documents that look like mentorship ones', () => {
  const table = '| Мероприятия | Сроки | Ответственные |\n|---|---|---|\n| Встреча наставников и наставляемых | Октябрь 2025 | Куратор |\n';
  test('a note about mentorship with a roadmap-shaped table: the kind is asked for', () => {
    const found = ofCode(`# Заметки\n\nПлан по наставничеству.\n\n${table}`, 'unknown-kind');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.data?.missing, 'kind');
  });
  test('the same table without a word about mentorship: nothing at all', () => {
    assert.deepEqual(diagnostics(`# Заметки\n\nПлан на осень.\n\n${table.replace('наставников и наставляемых', 'с родителями')}`), []);
  });
  test('a document whose kind is declared in the front matter is checked even without the word', () => {
    const text =
      `---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\n---\n# План\n\n` +
      `${tableOf([['Подготовка условий', 'Приказ', 'Сентябрь 2025', '']], '| Этап | Мероприятия | Сроки | Ответственные |')}\n`;
    assert.ok(diagnostics(text).some((d) => d.code === 'missing-responsible'));
  });
});

describe('messages', () => {
  test('every rule has a title in both locales', () => {
    for (const rule of RULES) {
      assert.match(rule.title.ru, /[А-Яа-яЁё]{3}/, rule.code);
      assert.ok(rule.title.en.length > 3, rule.code);
    }
  });
});

describe('robustness of the rule set', () => {
  test('a severity setting that is no severity is ignored, not passed on', () => {
    // Settings are user-written JSON: «warn» is a typo for «warning».
    const severities = { 'missing-responsible': 'warn' } as unknown as Record<string, 'warning'>;
    assert.deepEqual(
      ofCode(NO_RESPONSIBLE, 'missing-responsible', { severities }).map((d) => d.severity),
      ['error'],
    );
  });

  test('no rule fails on damaged versions of the examples (lines dropped, cells blanked, pipes removed)', () => {
    // Table lines of the seeds: 001's roadmap, 002's stages (§3) and roadmap (§9), 004's complex of measures.
    const spots: [string, number, number][] = [
      ['001-tomsk-lyceum-roadmap.md', 14, 24],
      ['002-krasnomayskaya-program.md', 116, 126],
      ['002-krasnomayskaya-program.md', 312, 322],
      ['004-arkhangelsk-municipal.md', 18, 55],
    ];
    for (const [file, from, to] of spots) {
      const lines = readFileSync(`examples/${file}`, 'utf8').split('\n');
      for (let i = from; i < Math.min(to, lines.length); i += 2) {
        const variants = [
          [...lines.slice(0, i), ...lines.slice(i + 1)],
          lines.map((l, j) => (j === i ? l.replace(/\|[^|]*\|/, '||') : l)),
          lines.map((l, j) => (j === i ? l.replace(/\|/g, '') : l)),
        ];
        for (const v of variants) {
          const analysis = analyze(v.join('\n'));
          assert.deepEqual(analysis.internalErrors, [], `${file}, line ${i + 1}`);
        }
      }
    }
  });
});
