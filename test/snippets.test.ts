/**
 * Templates pass their own checker (issue 6): every snippet is expanded — each tab stop given its
 * default or first choice — and run through `analyze`; any error or warning fails. Single-row
 * snippets are put into a clean example that lacks their stage. Table snippets must be read as the
 * intended table kind and give sane scores. Also: the snippet expander against VS Code's grammar,
 * the committed snippets/markdown.json against the generator, and package.json's contribution.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostic';
import type { Table } from '../server/src/core/model';
import { BUILTIN_PROFILES } from '../server/src/core/domain/profiles';
import { PROGRAM_SECTIONS } from '../server/src/core/rules/missing-section';
import { computeScores } from '../server/src/core/scores';
import { expandSnippet, parseSnippet, tabStops, type SnippetNode } from '../server/src/core/editing/snippet-syntax';
import { TEMPLATES, vscodeSnippets, type Template } from '../server/src/core/editing/templates';
import { snippetsFileText } from '../scripts/gen-snippets';

const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Variables VS Code would resolve, fixed so the expansion is reproducible. */
const VARIABLES = { CURRENT_YEAR: '2025', CURRENT_MONTH: '09', CURRENT_DATE: '01', TM_FILENAME: 'дорожная-карта.md' };

function expand(t: Template, values?: Record<number, string>): string {
  return expandSnippet(t.body, { variables: VARIABLES, values });
}

function problems(a: Analysis): Diagnostic[] {
  return a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
}

function describeProblems(text: string, list: readonly Diagnostic[]): string {
  return list.map((d) => `${d.severity} ${d.code}: ${d.message.ru} @ «${text.slice(d.span.start, d.span.start + 80)}»`).join('\n');
}

function assertClean(text: string, label: string): Analysis {
  const a = analyze(text);
  assert.deepEqual(a.internalErrors, [], `${label}: internal errors`);
  const bad = problems(a);
  assert.equal(bad.length, 0, `${label}:\n${describeProblems(text, bad)}`);
  return a;
}

const byId = (id: string): Template => {
  const t = TEMPLATES.find((x) => x.id === id);
  assert.ok(t, `template ${id} exists`);
  return t;
};

// ───────────────────────────── the expander ─────────────────────────────

describe('snippet syntax expander (VS Code grammar)', () => {
  const cases: [string, string, string][] = [
    ['plain text', 'Дорожная карта', 'Дорожная карта'],
    ['bare tab stops and $0 are empty', 'a$1b${2}c$0', 'abc'],
    ['placeholder default', 'Срок: ${1:Сентябрь}', 'Срок: Сентябрь'],
    ['first choice', '${1|Куратор,Директор|}', 'Куратор'],
    ['escaped comma and pipe in a choice', '${1|Куратор\\, педагог-психолог,a\\|b|}', 'Куратор, педагог-психолог'],
    ['mirror takes the placeholder value', '${1:2025}-$1 and ${1}', '2025-2025 and 2025'],
    ['mirror before the placeholder', '$1 then ${1:x}', 'x then x'],
    ['first placeholder with a value wins', '${1} ${1:a} ${1:b}', 'a a a'],
    ['nested placeholders', '${1:до ${2:05}.09.${3:2025}}', 'до 05.09.2025'],
    ['nested mirror', '${1:2025} ${3:${1}-08-29}', '2025 2025-08-29'],
    ['choice mirrored', '${1|май,июнь|} / $1', 'май / май'],
    ['escapes in text', 'цена \\$5 \\} \\\\ \\x', 'цена $5 } \\ \\x'],
    ['escaped brace inside a placeholder', '${1:a\\}b}', 'a}b'],
    ['lone dollar is text', '5 $ и $', '5 $ и $'],
    ['unclosed placeholder is text', '${1:abc', '${1:abc'],
    ['known variable', 'год $CURRENT_YEAR', 'год 2025'],
    ['known variable in braces', '${CURRENT_YEAR}-${CURRENT_MONTH}', '2025-09'],
    ['unknown variable gives its name', '$UNKNOWN_VAR!', 'UNKNOWN_VAR!'],
    ['unknown variable with a default', '${UNKNOWN:по умолчанию}', 'по умолчанию'],
    ['variable inside a placeholder', '${1:$CURRENT_YEAR}-$1', '2025-2025'],
    ['transform of a variable', '${TM_FILENAME/(.*)\\.md$/$1/}', 'дорожная-карта'],
    ['transform with upcase', '${TM_FILENAME/^(.)/${1:/upcase}/}', 'Дорожная-карта.md'],
    ['transform of a tab stop', '${1:abc} ${1/b/X/}', 'abc aXc'],
    ['conditional format, group matched', '${1:x} ${1/^(x)?.*$/${1:?икс:другое}/}', 'x икс'],
    ['conditional format, group empty', '${1:y} ${1/^(x)?.*$/${1:?икс:другое}/}', 'y другое'],
    ['if-format and else-format', '${1:a} ${1/(a)|(b)/${1:+есть a}${2:-нет b}/}', 'a есть aнет b'],
    ['multi-digit index', '${12:x}$12', 'xx'],
    ['self-referencing placeholder does not loop', '${1:a $1 b}', 'a  b'],
  ];
  for (const [name, body, expected] of cases) {
    test(name, () => assert.equal(expandSnippet(body, { variables: VARIABLES }), expected));
  }

  test('values override defaults and mirrors follow', () => {
    assert.equal(expandSnippet('${1:2025}-${2:2026}: Сентябрь $1', { values: { 1: '2030', 2: '2031' } }), '2030-2031: Сентябрь 2030');
  });

  test('parse tree of a nested choice and placeholder', () => {
    const nodes = parseSnippet('| ${1:3}. | ${2|a,b|} |');
    const types = nodes.map((n: SnippetNode) => n.type);
    assert.deepEqual(types, ['text', 'placeholder', 'text', 'choice', 'text']);
    assert.deepEqual(tabStops('${2:x} $1 ${3|a|} $2 $0'), [2, 1, 3, 0]);
  });

  test('junk never throws', () => {
    for (const junk of ['${', '${1|a,b', '${1/', '${1/(/x/}', '$$$$', '${:x}', '\\', '${1:${2:${3:', '${VAR/[/x/g}']) {
      assert.equal(typeof expandSnippet(junk), 'string', junk);
    }
  });
});

// ───────────────────────────── the files ─────────────────────────────

describe('snippets/markdown.json and package.json', () => {
  test('the committed snippets file equals the generated one (run: npx tsx scripts/gen-snippets.ts)', () => {
    assert.equal(read('snippets/markdown.json'), snippetsFileText());
  });

  test('package.json contributes the snippets for Markdown', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes?: { snippets?: { language: string; path: string }[] } };
    assert.ok(pkg.contributes?.snippets?.some((s) => s.language === 'markdown' && s.path === './snippets/markdown.json'));
  });

  test('every template: a Russian and a Latin prefix, a Russian name and description, unique names', () => {
    const names = new Set<string>();
    for (const t of TEMPLATES) {
      assert.ok(
        t.prefix.some((p) => /^[а-яё-]+$/.test(p)),
        `${t.id}: Russian prefix`,
      );
      assert.ok(
        t.prefix.some((p) => /^[a-z-]+$/.test(p)),
        `${t.id}: Latin prefix`,
      );
      assert.match(t.title.ru, /[а-яё]/i);
      assert.match(t.description.ru, /[а-яё]{4}/i);
      assert.ok(t.title.en && t.description.en);
      assert.ok(!names.has(t.title.ru), `duplicate name ${t.title.ru}`);
      names.add(t.title.ru);
    }
    assert.equal(Object.keys(vscodeSnippets()).length, TEMPLATES.length);
  });

  test('the prefixes the issue names exist', () => {
    const prefixes = TEMPLATES.flatMap((t) => t.prefix);
    for (const p of [
      'дк-педагоги',
      'roadmap-teachers',
      'дк-обучающиеся',
      'roadmap-pupils',
      'комплекс-мер',
      'roadmap-municipal',
      'этап-отбор',
      'stage-selection',
      'программа-педагоги',
      'показатели-эффективности',
      'целевые-показатели',
      'анкета',
      'ппн',
    ]) {
      assert.ok(prefixes.includes(p), p);
    }
  });

  test('one row template per standard stage of every profile', () => {
    for (const profile of BUILTIN_PROFILES) {
      const rows = TEMPLATES.filter((t) => t.kind === 'stage-row' && t.profile === profile.id).map((t) => t.stageId);
      assert.deepEqual(
        rows,
        profile.stages.map((s) => s.id),
        profile.id,
      );
    }
  });
});

// ───────────────────────────── full documents ─────────────────────────────

function stageOrder(table: Table): string[] {
  return table.rows.filter((r) => r.stage && !r.stage.continued).map((r) => r.stage!.match?.stageId ?? `?${r.stage!.text}`);
}

/** Choice tab stops of a body: index → options. */
function choices(body: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const walk = (nodes: readonly SnippetNode[]) => {
    for (const n of nodes) {
      if (n.type === 'choice' && !out.has(n.index)) out.set(n.index, n.options);
      if (n.type === 'placeholder') walk(n.children);
    }
  };
  walk(parseSnippet(body));
  return out;
}

describe('full roadmaps and programmes expand into documents without errors or warnings', () => {
  const docs: [string, string, string][] = [
    ['roadmap-teachers', 'roadmap', 'teachers'],
    ['roadmap-pupils', 'roadmap', 'pupils'],
    ['roadmap-municipal', 'municipal', 'municipal'],
    ['program-teachers', 'program', 'teachers'],
    ['program-pupils', 'program', 'pupils'],
  ];
  for (const [id, kind, profileId] of docs) {
    test(`${id}: no error or warning; kind, profile, period from the front matter; every stage in order`, () => {
      const text = expand(byId(id));
      assert.doesNotMatch(text, /\$\{|\$\d/, 'no snippet syntax left');
      const a = assertClean(text, id);
      assert.equal(a.model.meta.kind, kind);
      assert.equal(a.model.meta.kindSource, 'front-matter');
      assert.equal(a.model.meta.profile, profileId);
      assert.equal(a.model.meta.periodSource, 'front-matter');
      assert.equal(a.model.meta.period?.start, profileId === 'municipal' ? '2025-01-01' : '2025-09-01');
      assert.equal(a.model.meta.approved, profileId === 'municipal' ? '2025-01-20' : '2025-08-29');
      assert.match(a.model.meta.title ?? '', profileId === 'municipal' ? /на 2025–2027 годы$/ : /на 2025-2026 учебный год$/);
      const roadmaps = a.model.tables.filter((t) => t.kind === 'roadmap');
      assert.equal(roadmaps.length, 1);
      const profile = BUILTIN_PROFILES.find((p) => p.id === profileId)!;
      assert.deepEqual(
        stageOrder(roadmaps[0]!),
        profile.stages.map((s) => s.id),
      );
      // Every deadline and responsible cell is read: nothing vague, ambiguous or unknown.
      for (const row of roadmaps[0]!.rows.filter((r) => !r.isSection)) {
        assert.deepEqual(row.deadline?.parsed.flags, [], `deadline «${row.deadline?.cell.text}»`);
        assert.ok(row.deadline!.parsed.intervals.length > 0);
        assert.ok(
          row.responsible!.parts.every((p) => p.known),
          `responsible «${row.responsible?.cell.text}»`,
        );
      }
      const completeness = computeScores(a.model).completeness.document;
      assert.equal(completeness?.percent, 100);
    });

    test(`${id}: another period typed into the tab stops moves every deadline with it`, () => {
      const municipal = profileId === 'municipal';
      const text = expand(byId(id), { 1: '2030', 2: municipal ? '2032' : '2031' });
      const a = assertClean(text, `${id} in 2030`);
      assert.equal(a.model.meta.period?.start, municipal ? '2030-01-01' : '2030-09-01');
      const roadmap = a.model.tables.find((t) => t.kind === 'roadmap')!;
      for (const row of roadmap.rows.filter((r) => !r.isSection)) {
        assert.ok(
          row.deadline!.parsed.intervals.every((i) => i.start >= '2030-01-01'),
          row.deadline!.cell.text,
        );
      }
    });

    test(`${id}: every deadline and responsible choice alone is a readable cell`, () => {
      const t = byId(id);
      for (const [index, options] of choices(t.body)) {
        for (const option of options.slice(1)) {
          const text = expand(t, { [index]: option });
          const a = analyze(text);
          const unread = a.diagnostics.filter((d) =>
            [
              'unparsed-deadline',
              'unknown-responsible',
              'invalid-date',
              'reversed-range',
              'vague-deadline',
              'ambiguous-year',
              'score-invalid-mark',
            ].includes(d.code),
          );
          assert.equal(unread.length, 0, `choice ${index} = «${option}»:\n${describeProblems(text, unread)}`);
        }
      }
    });
  }

  for (const profileId of ['teachers', 'pupils']) {
    test(`program-${profileId}: every section of domain.md §7, tables of the intended kinds, sane scores`, () => {
      const text = expand(byId(`program-${profileId}`));
      const a = analyze(text);
      const headings = a.model.sections.filter((s) => s.depth === 2).map((s) => s.title);
      assert.equal(headings.length, PROGRAM_SECTIONS.length);
      PROGRAM_SECTIONS.forEach((s, i) => {
        assert.equal(headings[i], `${i + 1}. ${s.ru}`);
      });
      assert.deepEqual(
        a.model.tables.map((t) => t.kind),
        ['management', 'stages', 'forms', 'questionnaire', 'scoring', 'roadmap'],
      );
      const stages = a.model.tables.find((t) => t.kind === 'stages')!;
      assert.deepEqual(
        stageOrder(stages),
        BUILTIN_PROFILES.find((p) => p.id === profileId)!.stages.map((s) => s.id),
      );
      const scores = computeScores(a.model);
      assert.equal(scores.efficiency.length, 1);
      const eff = scores.efficiency[0]!;
      assert.equal(eff.max, 18);
      assert.equal(eff.total, 18);
      assert.equal(eff.partial, false);
      assert.equal(eff.levelsSource, 'document');
      assert.deepEqual(eff.levelProblems, []);
      assert.equal(eff.level?.name, 'оптимальный уровень');
      assert.equal(scores.questionnaires.length, 1);
      const q = scores.questionnaires[0]!;
      assert.equal(q.items.length, 5);
      assert.deepEqual(q.outOfRange, []);
      assert.ok(q.meanBefore! > 1 && q.meanAfter! <= 10 && q.change! > 0);
    });
  }

  test('programme with the lowest choice for every indicator: 0 points, the unacceptable level', () => {
    const t = byId('program-teachers');
    const values: Record<number, string> = {};
    for (const [index, options] of choices(t.body)) if (options.join() === '2,1,0') values[index] = '0';
    assert.equal(Object.keys(values).length, 9);
    const a = assertClean(expand(t, values), 'program with zeros');
    const eff = computeScores(a.model).efficiency[0]!;
    assert.equal(eff.total, 0);
    assert.equal(eff.level?.name, 'недопустимый уровень');
  });
});

// ───────────────────────────── single stage rows ─────────────────────────────

const HOSTS: Record<string, string> = {
  teachers: 'examples/clean-teachers-roadmap.md',
  pupils: 'examples/clean-pupils-roadmap.md',
  municipal: 'examples/clean-municipal.md',
};

/** Line index range [first, last] of every row of the roadmap table that belongs to the stage. */
function stageLines(text: string, a: Analysis, stageId: string): number[] {
  const table = a.model.tables.find((t) => t.kind === 'roadmap')!;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  return table.rows.filter((r) => r.stage?.match?.stageId === stageId).map((r) => lineOf(r.span.start));
}

/** «| 7. |» → sequential numbers 1., 2., … over the table (the user renumbers after inserting a row). */
function renumberFlat(text: string): string {
  let n = 0;
  return text.replace(/^\| \d+\. \|/gm, () => `| ${++n}. |`);
}

describe('each stage row goes into a clean example that lacks the stage', () => {
  for (const t of TEMPLATES.filter((x) => x.kind === 'stage-row')) {
    test(`${t.id} (${t.prefix.join(' / ')})`, () => {
      const host = read(HOSTS[t.profile!]!);
      const hostAnalysis = analyze(host);
      const lines = host.split('\n');
      const remove = stageLines(host, hostAnalysis, t.stageId!);
      assert.ok(remove.length > 0, 'the clean example has the stage');
      // Without the stage the example is reported as lacking it.
      const without = lines.filter((_, i) => !remove.includes(i));
      const lacking = analyze(renumberFlat(without.join('\n')));
      const stage = BUILTIN_PROFILES.find((p) => p.id === t.profile)!.stages.find((s) => s.id === t.stageId)!;
      if (stage.mergesWith) {
        // Pupils' pairing may be merged into the work of the pairs: not reported, just absent.
        assert.ok(!stageOrder(lacking.model.tables.find((x) => x.kind === 'roadmap')!).includes(t.stageId!));
      } else {
        assert.ok(
          lacking.diagnostics.some((d) => d.code === 'missing-stage' && d.data?.stageId === t.stageId),
          'missing-stage before the insertion',
        );
      }
      // Insert the expanded snippet where the stage was.
      const at = remove[0]!;
      const snippet = expand(t);
      assert.doesNotMatch(snippet, /\$\{|\$\d/);
      const inserted = lines.map((line, i) => (i === at ? snippet : remove.includes(i) ? undefined : line)).filter((l) => l !== undefined);
      const text = t.profile === 'municipal' ? inserted.join('\n') : renumberFlat(inserted.join('\n'));
      const a = assertClean(text, t.id);
      const table = a.model.tables.find((x) => x.kind === 'roadmap')!;
      const rows = table.rows.filter((r) => r.stage?.match?.stageId === t.stageId);
      assert.ok(rows.length >= 1, 'the stage is matched');
      assert.equal(rows[0]!.stage!.continued, false);
      assert.equal(rows[0]!.stage!.match!.stageId, t.stageId);
      assert.ok(rows.every((r) => r.stage!.text === rows[0]!.stage!.text));
      assert.deepEqual(
        stageOrder(table),
        BUILTIN_PROFILES.find((p) => p.id === t.profile)!.stages.map((s) => s.id),
      );
    });
  }

  test('a municipal section snippet keeps its number as the default: no renumbering needed', () => {
    const t = byId('stage-municipal-best-practices');
    assert.match(expand(t), /^\| 4\. \| Распространение лучших практик наставничества \|[^\n]*\n\| 4\.1 \|/);
    assert.match(expand(t, { 1: '7' }), /^\| 7\. \|[^\n]*\n\| 7\.1 \|/);
  });
});

// ───────────────────────────── tables ─────────────────────────────

describe('table snippets read as the intended tables, with sane scores', () => {
  const tableTemplates = TEMPLATES.filter((t) => t.kind === 'table');

  /** The host with the snippet appended under its own heading. */
  function appendTo(hostText: string, t: Template, heading: string): string {
    return `${hostText.trimEnd()}\n\n## ${heading}\n\n${expand(t)}`;
  }

  const HEADINGS: Record<string, string> = {
    'table-efficiency': 'Показатели эффективности реализации программы наставничества',
    'table-targets': 'Целевые показатели',
    'table-questionnaire': 'Мониторинг: анкетирование участников',
    'table-personal-program': 'Приложение. Персонализированная программа наставничества',
  };

  for (const t of tableTemplates) {
    for (const hostName of ['clean-teachers-roadmap', 'clean-municipal', 'program-teachers']) {
      test(`${t.id} in ${hostName}: no error or warning, the intended table kind`, () => {
        const hostText = hostName.startsWith('program') ? expand(byId(hostName)) : read(`examples/${hostName}.md`);
        const hostTables = analyze(hostText).model.tables.length;
        const text = appendTo(hostText, t, HEADINGS[t.id]!);
        const a = assertClean(text, `${t.id} in ${hostName}`);
        const added = a.model.tables.slice(hostTables);
        assert.equal(added.length, 1);
        const table = added[0]!;
        // A personalised programme is an activity plan: a roadmap-shaped table in a roadmap, plain in a programme.
        const expected = t.tableKind ?? (hostName.startsWith('program') ? 'other' : 'roadmap');
        assert.equal(table.kind, expected);
        const scores = computeScores(a.model);
        if (t.id === 'table-efficiency') {
          const eff = scores.efficiency.find((e) => e.table === table.index)!;
          assert.deepEqual(
            [eff.total, eff.max, eff.partial, eff.level?.name, eff.levelProblems.length],
            [18, 18, false, 'оптимальный уровень', 0],
          );
        }
        if (t.id === 'table-targets') {
          const targets = scores.targets.filter((x) => x.table === table.index);
          assert.equal(targets.length, 3);
          for (const x of targets) {
            assert.deepEqual(
              x.targets.map((y) => y.year),
              [2025, 2026, 2027],
            );
            assert.deepEqual(x.decreasing, []);
          }
          assert.deepEqual(
            targets[0]!.targets.map((y) => y.plan),
            [40, 60, 80],
          );
        }
        if (t.id === 'table-questionnaire') {
          const q = scores.questionnaires.find((x) => x.table === table.index)!;
          assert.equal(q.items.length, 5);
          assert.deepEqual(q.outOfRange, []);
          assert.equal(q.meanBefore, 5.2);
          assert.equal(q.meanAfter, 7.6);
          assert.equal(q.change, 2.4);
        }
        if (t.id === 'table-personal-program' && table.kind === 'roadmap') {
          const c = scores.completeness.tables.find((x) => x.table === table.index)!;
          assert.equal(c.percent, 100);
        }
      });
    }
  }

  test('target indicators: a fact typed into «Факт» gives the fulfilment', () => {
    const t = byId('table-targets');
    const factStop = Number(/\| \$\{(\d+)\} \|$/m.exec(t.body)![1]);
    const text = appendTo(read('examples/clean-municipal.md'), t, 'Целевые показатели');
    const filled = text.replace(expand(t), expandSnippet(t.body, { values: { [factStop]: '2025 – 44; 2026 – 57' } }));
    const a = assertClean(filled, 'targets with facts');
    const added = a.model.tables[a.model.tables.length - 1]!;
    const first = computeScores(a.model).targets.find((x) => x.table === added.index && x.row === 0)!;
    assert.equal(first.targets[0]!.fact, 44);
    assert.equal(first.targets[0]!.fulfilment, 110);
    assert.equal(first.fulfilment, Math.round(((44 + 57) / (40 + 60)) * 100));
  });

  test('a wrong value typed into a questionnaire or an efficiency cell is reported', () => {
    const q = byId('table-questionnaire');
    const bad = appendTo(read('examples/clean-teachers-roadmap.md'), { ...q, body: q.body.replace('${1:5}', '${1:15}') }, 'Анкета');
    assert.ok(analyze(bad).diagnostics.some((d) => d.code === 'score-out-of-range'));
    const e = byId('table-efficiency');
    const badMark = appendTo(read('examples/clean-teachers-roadmap.md'), e, 'Показатели эффективности').replace(/\| 2 \|$/m, '| 3 |');
    assert.ok(analyze(badMark).diagnostics.some((d) => d.code === 'score-invalid-mark'));
  });
});
