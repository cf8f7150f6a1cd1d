/**
 * The injection grammar (syntaxes/nastavnik.injection.tmLanguage.json) tokenised by vscode-textmate
 * with vscode-oniguruma — the engine and regex dialect VS Code uses — over table rows cut from the
 * seeds (test/fixtures/grammar/seed-table-rows.md, copied from examples/000–004), a few constructed
 * rows for what the seeds lack (quarters, initials first, score marks), and prose that must stay
 * unscoped. Each expectation names a substring and the scope that must cover exactly it; negatives
 * name a substring no token of that scope may touch.
 *
 * Host: a stub of VS Code's Markdown grammar with its real table rule (test/fixtures/grammar). When a
 * real VS Code Markdown grammar is at hand (code-server in the e2e cache, or NASTAVNIK_MARKDOWN_GRAMMAR),
 * the same expectations also run against it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { grammarFileText, INJECTION_SCOPE } from '../scripts/gen-grammar';

const ROOT = join(__dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'grammar');
const INJECTION_FILE = join(ROOT, 'syntaxes', 'nastavnik.injection.tmLanguage.json');
const STUB_FILE = join(FIXTURES, 'markdown-stub.tmLanguage.json');

const REAL_MARKDOWN_GRAMMAR = [
  process.env.NASTAVNIK_MARKDOWN_GRAMMAR,
  join(
    process.env.NASTAVNIK_E2E_CACHE ?? join(homedir(), '.cache', 'nastavnik-e2e'),
    'node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
  ),
].find((p): p is string => !!p && existsSync(p));

let onigReady: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigReady;
}

const grammars = new Map<string, Promise<vsctm.IGrammar>>();
function markdownGrammar(hostFile: string): Promise<vsctm.IGrammar> {
  let g = grammars.get(hostFile);
  if (!g) {
    const registry = new vsctm.Registry({
      onigLib: onigLib(),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(readFileSync(hostFile, 'utf8'), hostFile);
        if (scopeName === INJECTION_SCOPE) return vsctm.parseRawGrammar(readFileSync(INJECTION_FILE, 'utf8'), INJECTION_FILE);
        return null; // languages embedded in fenced code: not needed here
      },
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
    });
    g = registry.loadGrammar('text.html.markdown').then((x) => {
      assert.ok(x, 'grammar loaded');
      return x;
    });
    grammars.set(hostFile, g);
  }
  return g;
}

/** Scopes of every UTF-16 unit of every line. */
async function tokenize(hostFile: string, text: string): Promise<{ line: string; scopes: string[][] }[]> {
  const grammar = await markdownGrammar(hostFile);
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const scopes: string[][] = [];
    for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) scopes[i] = t.scopes;
    return { line, scopes };
  });
}

type Expectation = [substring: string, scope: string];
interface Case {
  /** A substring that picks one fixture line. */
  line: string;
  has?: Expectation[];
  /** Substrings that no token of this scope (prefix) may touch. */
  not?: Expectation[];
}

const DATE_DAY = 'constant.numeric.date.day.nastavnik';
const MONTH = 'constant.numeric.date.month.nastavnik';
const YEAR = 'constant.numeric.date.year.nastavnik';
const QUARTER = 'constant.numeric.date.quarter.nastavnik';
const RANGE = 'punctuation.separator.range.nastavnik';
const UNTIL = 'keyword.other.deadline.until.nastavnik';
const VAGUE = 'constant.language.deadline.vague.nastavnik';
const RECURRING = 'constant.language.deadline.recurring.nastavnik';
const UNSPECIFIED = 'constant.language.deadline.unspecified.nastavnik';
const PERSON = 'entity.name.person.nastavnik';
const ROLE = 'support.type.role.nastavnik';
const NUMBER = 'markup.list.numbered.nastavnik';
const MARK = 'keyword.other.mark.nastavnik';
/** Any scope of this grammar. */
const ANY = '.nastavnik';

const SEED_CASES: Case[] = [
  {
    line: '| Подготовка условий для реализации системы (целевой модели) наставничества | 1) Изучение',
    has: [
      ['1)', NUMBER],
      ['1.1.', NUMBER],
      ['21.12.2021', DATE_DAY],
      ['Август', MONTH],
      ['сентябрь', MONTH],
      ['2022 г.', YEAR],
      ['Директор', ROLE],
      ['рабочая группа', ROLE],
    ],
    not: [
      ['наставничества', ROLE],
      ['Изучение', ANY],
    ],
  },
  {
    line: '| Формирование банка наставляемых | Сбор данных о наставляемых |',
    has: [
      ['1.', NUMBER],
      ['Сентябрь', MONTH],
      ['октябрь', MONTH],
      ['2022 г', YEAR],
      ['Куратор', ROLE],
      ['рабочая группа', ROLE],
    ],
    not: [
      ['<br>2.', NUMBER],
      ['о наставляемых', ROLE],
    ],
  },
  {
    line: '| Подготовка условий для запуска программы наставничества в МБОУ',
    has: [
      ['Сентябрь', MONTH],
      ['-', RANGE],
      ['октябрь', MONTH],
      ['2023', YEAR],
      ['Директор', ROLE],
      ['заместители директора', ROLE],
    ],
  },
  {
    line: '| Формирование базы наставляемых | Выявление',
    has: [
      ['До', UNTIL],
      ['25.09.2023', DATE_DAY],
      ['Наставник', ROLE],
    ],
    not: [['с помощью наставничества', ANY]],
  },
  {
    line: '| Отбор и обучение наставников | Выявление наставников',
    has: [
      ['октябрь', MONTH],
      ['2023', YEAR],
      ['Заместитель директора', ROLE],
    ],
    not: [['Выявление наставников', ROLE]],
  },
  {
    line: '| Формирование наставнических пар / групп |',
    has: [
      ['Сентябрь', MONTH],
      ['2023', YEAR],
      ['В течение учебного года', VAGUE],
      ['Заместитель директора по МР', ROLE],
    ],
  },
  {
    line: '| Организация и осуществление работы наставнических пар / групп |',
    has: [
      ['В течение учебного года', VAGUE],
      ['Педагог-наставники', ROLE],
      ['заместитель директора по МР', ROLE],
    ],
  },
  {
    line: '| Организация и проведение мероприятий с педагогами',
    has: [
      ['В течение учебного года', VAGUE],
      ['по отдельному плану', UNSPECIFIED],
    ],
    not: [['3-х лет', ANY]],
  },
  {
    line: '| Директор | 1. Разработка и утверждение',
    has: [
      ['Директор', ROLE],
      ['1.', NUMBER],
      ['Сентябрь', MONTH],
    ],
    not: [
      ['<br>2.', NUMBER],
      ['Назначение куратора', ROLE],
    ],
  },
  {
    line: '| Наставляемые | Решение',
    has: [
      ['Наставляемые', ROLE],
      ['В течение всего периода', VAGUE],
    ],
    not: [['с наставником', ROLE]],
  },
  { line: '| 1. | Подготовка условий для реализации системы наставничества |', has: [['1.', NUMBER]] },
  {
    line: '| 2. | Формирование банка наставляемых |',
    has: [
      ['2.', NUMBER],
      ['1)', NUMBER],
    ],
  },
  {
    line: '| 1. | Нормативно – правовое',
    has: [['1.', NUMBER]],
    not: [['Нормативно – правовое', ANY]],
  },
  {
    line: '| 1.1 | Актуализация муниципальной',
    has: [
      ['1.1', NUMBER],
      ['Февраль', MONTH],
      ['2023 года', YEAR],
      ['Ростовская Е.В.', PERSON],
      ['Малинина Я.Н.', PERSON],
    ],
  },
  {
    line: '| 2.3 | Наполнение и обновление раздела',
    has: [
      ['Постоянно', VAGUE],
      ['Баранова Е.Е.', PERSON],
      ['Золотухина О.А.', PERSON],
    ],
  },
  {
    line: '| 2.4 | Реализация проектов ОО',
    has: [
      ['2023', YEAR],
      ['-', RANGE],
      ['2025 гг.', YEAR],
      ['руководители ОО', ROLE],
    ],
  },
  {
    line: '| 5.2 | Мониторинг форм наставничества',
    has: [
      ['Март', MONTH],
      ['июнь', MONTH],
      ['сентябрь', MONTH],
      ['декабрь', MONTH],
      ['Орлова И.В.', PERSON],
    ],
  },
  {
    line: '| 5.3 | Мониторинг качества',
    has: [
      ['Ноябрь', MONTH],
      ['-', RANGE],
      ['декабрь', MONTH],
    ],
  },
  {
    line: '| 5.4 | Разработка рекомендаций',
    has: [
      ['Январь', MONTH],
      ['2024', YEAR],
      ['2025 года', YEAR],
    ],
  },
  { line: '| 6. | Целевые индикаторы', has: [['6.', NUMBER]] },
  {
    line: '| 6.1 | Увеличение числа программ',
    has: [
      ['6.1', NUMBER],
      ['2023 год', YEAR],
      ['Базанова С.О.', PERSON],
    ],
    not: [
      ['год – не', RANGE],
      ['не менее 25', ANY],
    ],
  },
  {
    line: '| 6.2 | Реализация не менее двух',
    has: [
      ['В течение года', VAGUE],
      ['август', MONTH],
      ['-', RANGE],
      ['сентябрь', MONTH],
    ],
  },
  {
    line: '| 6.3 | Созданы и функционируют',
    has: [
      ['2023', YEAR],
      ['Ерыкалова Е.С.', PERSON],
    ],
    not: [
      ['до 2-х лет', UNTIL],
      ['приказ директора департамента', ROLE],
      ['Руководитель-наставник', ROLE],
    ],
  },
];

const CONSTRUCTED_CASES: Case[] = [
  {
    line: '| 1. | Совещание с кураторами',
    has: [
      ['IV квартал', QUARTER],
      ['2024 г.', YEAR],
      ['Т.А.Сергеева', PERSON],
      ['И.Э. Кашенова', PERSON],
    ],
    not: [['с кураторами', ROLE]],
  },
  {
    line: '| 2. | Обучение наставников |',
    has: [
      ['I полугодие', QUARTER],
      ['Куратор', ROLE],
      ['Иванова И.И.', PERSON],
    ],
  },
  {
    line: '| 3. | Итоговая встреча |',
    has: [
      ['2 четверть', QUARTER],
      ['Социальный педагог', ROLE],
      ['методист', ROLE],
    ],
  },
  {
    line: '| 4. | Конференция |',
    has: [
      ['До', UNTIL],
      ['15', DATE_DAY],
      ['сентября', MONTH],
      ['2024 года', YEAR],
      ['Педагогический совет', ROLE],
    ],
  },
  {
    line: '| 5. | Стажировка молодых',
    has: [
      ['Ежегодно', RECURRING],
      ['по мере необходимости', UNSPECIFIED],
    ],
    // Ordinary Russian words are no roles, even where a role could stand; «до 3 лет» is no deadline.
    not: [
      ['Наставничество', ROLE],
      ['руководство', ROLE],
      ['директория', ROLE],
      ['администрирование', ROLE],
      ['до 3 лет', ANY],
      ['молодых специалистов', ROLE],
    ],
  },
  {
    line: '| 2024 год | 01.09.2024',
    has: [
      ['2024 год', YEAR],
      ['01.09.2024', DATE_DAY],
      ['–', RANGE],
      ['30.09.2024', DATE_DAY],
      ['Наставник', ROLE],
      ['2.1', NUMBER],
    ],
    not: [
      ['2024 год', NUMBER],
      ['+', MARK],
      ['01.09.2024', NUMBER],
    ],
  },
  {
    line: '| Владеет методами',
    has: [
      ['✓', MARK],
      ['+', MARK],
    ],
    not: [['Владеет методами наставнической деятельности', ANY]],
  },
  {
    line: '| Оказывает помощь',
    has: [
      ['✔', MARK],
      ['x', MARK],
      ['да', MARK],
    ],
  },
  {
    line: '| Код `Куратор` в строке |',
    has: [
      ['1.1.', NUMBER],
      ['12', NUMBER],
      ['2)', NUMBER],
    ],
    not: [['Куратор', ROLE]],
  },
];

const PROSE_CASES: Case[] = [
  {
    line: 'Директор Т.А.Сергеева',
    not: [
      ['Директор', ANY],
      ['Т.А.Сергеева', ANY],
    ],
  },
  { line: 'Приказ № 295', not: [['сентября 2023г.', ANY]] },
  {
    line: '1. Наставник и куратор',
    not: [
      ['1.', ANY],
      ['Наставник', ANY],
      ['сентябре 2024 года', ANY],
    ],
  },
  { line: '2024 год — год наставника.', not: [['2024 год', ANY]] },
  {
    line: '| 1. | Куратор | Сентябрь 2024 |',
    not: [
      ['1.', ANY],
      ['Куратор', ANY],
      ['Сентябрь 2024', ANY],
    ],
  },
];

function hasScope(scopes: string[] | undefined, scope: string): boolean {
  return !!scopes?.some((s) => (scope.startsWith('.') ? s.endsWith(scope) : s === scope));
}

async function check(hostFile: string, fixture: string, cases: readonly Case[]): Promise<void> {
  const text = readFileSync(join(FIXTURES, fixture), 'utf8');
  const lines = await tokenize(hostFile, text);
  for (const c of cases) {
    const found = lines.filter((l) => l.line.includes(c.line));
    assert.equal(found.length, 1, `exactly one fixture line contains «${c.line}»`);
    const { line, scopes } = found[0]!;
    let from = 0;
    for (const [sub, scope] of c.has ?? []) {
      // Expectations are in line order: each one is searched after the previous one.
      const at = line.indexOf(sub, from);
      assert.ok(at >= 0, `«${sub}» in «${line.slice(0, 60)}…» after ${from}`);
      from = at + sub.length;
      const where = `«${sub}» at ${at} of «${line.slice(0, 50)}…»`;
      for (let i = at; i < at + sub.length; i++)
        assert.ok(hasScope(scopes[i], scope), `${where}: ${scope} missing at «${line[i]}» (has ${scopes[i]?.join(' ')})`);
      assert.ok(!hasScope(scopes[at - 1], scope), `${where}: ${scope} starts before`);
      assert.ok(!hasScope(scopes[at + sub.length], scope), `${where}: ${scope} runs past`);
    }
    for (const [sub, scope] of c.not ?? []) {
      const at = line.indexOf(sub);
      assert.ok(at >= 0, `«${sub}» in «${line.slice(0, 60)}…»`);
      for (let i = at; i < at + sub.length; i++)
        assert.ok(!hasScope(scopes[i], scope), `«${sub}» of «${line.slice(0, 50)}…»: unexpected ${scopes[i]?.join(' ')} at «${line[i]}»`);
    }
  }
}

describe('injection grammar file', () => {
  test('the committed grammar equals the generated one (run: npx tsx scripts/gen-grammar.ts)', () => {
    assert.equal(readFileSync(INJECTION_FILE, 'utf8'), grammarFileText());
  });

  test('package.json contributes it as an injection into Markdown', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes?: { grammars?: { scopeName: string; path: string; injectTo?: string[] }[] };
    };
    const g = pkg.contributes?.grammars?.find((x) => x.scopeName === INJECTION_SCOPE);
    assert.ok(g, 'grammar contributed');
    assert.equal(g.path, './syntaxes/nastavnik.injection.tmLanguage.json');
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
  });

  test('every regex compiles in Oniguruma', async () => {
    await onigLib();
    const raw = JSON.parse(readFileSync(INJECTION_FILE, 'utf8')) as Record<string, unknown>;
    const regexes: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
          (k === 'match' || k === 'begin' || k === 'end') && typeof x === 'string' ? regexes.push(x) : walk(x);
    };
    walk(raw);
    assert.ok(regexes.length >= 15);
    for (const re of regexes) assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), re);
  });
});

const HOSTS: [string, string | undefined][] = [
  ['stub Markdown grammar', STUB_FILE],
  ['VS Code Markdown grammar', REAL_MARKDOWN_GRAMMAR],
];

for (const [hostName, hostFile] of HOSTS) {
  describe(`scopes in ${hostName}`, { skip: hostFile ? false : 'no VS Code Markdown grammar on this machine' }, () => {
    test('table rows from the seeds: deadlines, persons, roles, numbers', () => check(hostFile!, 'seed-table-rows.md', SEED_CASES));
    test('constructed rows: quarters, initials first, marks, negatives', () => check(hostFile!, 'constructed-rows.md', CONSTRUCTED_CASES));
    test('prose and code are left alone', () => check(hostFile!, 'prose.md', PROSE_CASES));
    test('a long line of junk tokenises quickly enough to finish (no catastrophic backtracking)', async () => {
      const junk = '| ' + 'Сентябрь-октябрь 2023 г., Иванова И.И.; до 01.02.2023 – '.repeat(300) + 'x'.repeat(5000) + ' |';
      const [row] = await tokenize(hostFile!, junk);
      assert.equal(row!.scopes.length, junk.length);
    });
  });
}
