/**
 * The built CLI (`node dist/cli.js`), run as a user runs it: text, JSON (validated against
 * schemas/cli-output.schema.json) and SARIF output, exit codes, --profile, --locale, `model`,
 * globs and folders, `.nastavnik.json` lookup (valid and broken), missing files, and the progress
 * line on a terminal. Rule-by-rule behaviour is tested elsewhere; here only what the CLI adds.
 */
import { describe, test } from 'node:test';
import { tempDir as cleanTempDir } from './temp-dir';
import { cliBundle } from './built-bundles';
import { type CliRun, runCli } from './cli-in-process';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../server/src/core/rules';
import { FOLDER_RULES } from '../server/src/core/workspace/rules';
import { count, NOUN, SEVERITY_NOUN } from '../server/src/cli/words';

const ROOT = join(__dirname, '..');
const CLI = cliBundle();
const EX = 'examples';
const SEED_001 = `${EX}/001-tomsk-lyceum-roadmap.md`;
const CLEAN = `${EX}/clean-teachers-roadmap.md`;

type RunOptions = { cwd?: string; env?: Record<string, string> };

function environment(options: RunOptions): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.NASTAVNIK_LOCALE) delete env.NASTAVNIK_LOCALE;
  // The system language takes part in the choice of locale: tests expect the default, Russian.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!options.env?.[name]) delete env[name];
  return env;
}

/** The CLI in this process (cli-in-process.ts): what it prints and its exit status, without loading the bundle. */
function run(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return runCli(args, options.cwd ?? ROOT, environment(options));
}

/** The built CLI as a process, for what only a process shows: the exit status a shell gets, the bundle itself. */
function spawned(args: string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: environment(options),
    maxBuffer: 64 * 1024 * 1024,
  });
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonFile {
  file: string;
  kind: string;
  profile: string | null;
  period: { start: string; end: string; kind: string } | null;
  approved: string | null;
  organization: string | null;
  diagnostics: JsonDiagnostic[];
}
interface JsonOutput {
  version: number;
  files: JsonFile[];
  summary: Record<string, number>;
  configProblems: { file: string; message: string }[];
  unchecked: { file: string; reason: string; message: string }[];
}

async function json(args: string[], options?: RunOptions): Promise<{ out: JsonOutput; result: CliRun }> {
  const result = await run([...args, '--format', 'json'], options);
  return { out: JSON.parse(result.stdout) as JsonOutput, result };
}

const codesOf = (f: JsonFile | undefined) => (f?.diagnostics ?? []).map((d) => d.code);
const fileNamed = (out: JsonOutput, name: string) => out.files.find((f) => f.file.endsWith(name));

/** Text output → { file: codes in order } (a file line, then indented «строка N  severity  message  code» lines). */
function parseText(stdout: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split('\n')) {
    const clean = /^(\S.*?): замечаний нет$/.exec(line) ?? /^(\S.*?): no problems found$/.exec(line);
    if (clean) {
      files.set(clean[1]!, []);
      current = undefined;
      continue;
    }
    const message =
      /^\s*(?:строка|line) \d+\s+(error|warning|information|hint|ошибка|предупреждение|информация|подсказка)\s+.+?\s+([a-z][a-z0-9-]+)\s*$/.exec(
        line,
      );
    if (message && current) {
      current.push(message[2]!);
      continue;
    }
    if (/^\S.*\.md$/.test(line)) {
      current = [];
      files.set(line, current);
    }
  }
  return files;
}

function tempDir(name: string): string {
  return cleanTempDir(`nastavnik-cli-${name}-`);
}

describe('check, text output', () => {
  test('check examples/: every defect grouped by file, exit 1', async () => {
    const r = spawned(['check', `${EX}/`]); // the built bundle as a process: the exit status a shell sees
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
    const files = parseText(r.stdout);
    assert.deepEqual(
      [...files.keys()].sort(),
      // Recursive: a folder is checked with its subfolders (examples/school-12/, a school's folder).
      readdirSync(join(ROOT, EX), { recursive: true, encoding: 'utf8' })
        .map((f) => f.replace(/\\/g, '/'))
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .map((f) => `${EX}/${f}`)
        .sort(),
    );
    const has = (file: string, codes: string[]) => {
      const got = files.get(`${EX}/${file}`) ?? [];
      for (const c of codes) assert.ok(got.includes(c), `${file}: ${c} in ${got.join(', ')}`);
    };
    has('001-tomsk-lyceum-roadmap.md', [
      'missing-responsible',
      'missing-result',
      'stage-chronology',
      'deadline-before-approval',
      'stage-order',
    ]);
    has('002-krasnomayskaya-program.md', ['missing-stage', 'stage-mismatch', 'missing-column', 'numbering', 'score-unscored']);
    has('003-severodvinsk-college-roadmap.md', ['missing-column', 'missing-period']);
    assert.equal(files.get(`${EX}/002-krasnomayskaya-program.md`)!.filter((c) => c === 'missing-column').length, 2);
    for (const clean of ['clean-municipal.md', 'clean-pupils-roadmap.md', 'clean-teachers-roadmap.md'])
      assert.deepEqual(files.get(`${EX}/${clean}`), [], clean);
    // The Russian summary line counts every severity, with the same counts as the JSON summary.
    const { out } = await json(['check', `${EX}/`]);
    const summary = r.stdout.trim().split('\n').at(-1)!;
    const { errors, warnings, infos, hints } = out.summary;
    assert.equal(
      errors! + warnings! + infos! + hints!,
      out.files.reduce((n, f) => n + f.diagnostics.length, 0),
    );
    assert.equal(
      summary,
      // Counted nouns agree with their numbers («22 замечания», «9 предупреждений»): the forms themselves are tested below.
      `${count(errors! + warnings! + infos! + hints!, NOUN.remark, 'ru')}: ${count(errors!, SEVERITY_NOUN.error, 'ru')}, ` +
        `${count(warnings!, SEVERITY_NOUN.warning, 'ru')}, ${count(infos!, SEVERITY_NOUN.info, 'ru')}, ${count(hints!, SEVERITY_NOUN.hint, 'ru')}`,
    );
    assert.doesNotMatch(r.stdout, /no issues found|messages \(/);
    // The examples' README is no mentorship document: said so, never «замечаний нет».
    assert.match(r.stdout, /^examples\/README\.md: не проверен: не похож на дорожную карту/m);
  });

  test('a message line reads «строка N», severity, message, code — no column positions', async () => {
    const r = await run(['check', SEED_001]);
    const line = r.stdout.split('\n').find((l) => l.includes('missing-responsible'))!;
    assert.match(line, /^ {2}строка 23\s+ошибка\s+Не указан ответственный .+\s+missing-responsible$/);
    assert.doesNotMatch(r.stdout, /\d+:\d+/);
    const english = (await run(['check', '--locale', 'en', SEED_001])).stdout.split('\n').find((l) => l.includes('missing-responsible'))!;
    assert.match(english, /^ {2}line 23\s+error\s+.+\s+missing-responsible$/);
  });

  test('a clean file exits 0 and says so', async () => {
    const r = await run(['check', CLEAN]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim(), `${CLEAN}: замечаний нет`);
  });

  test('warnings and hints alone exit 0 (004 has only hints)', async () => {
    assert.equal((await run(['check', `${EX}/004-arkhangelsk-municipal.md`])).status, 0);
  });

  test('--locale en and NASTAVNIK_LOCALE=en give English', async () => {
    for (const r of [
      await run(['check', SEED_001, '--locale', 'en']),
      await run(['check', SEED_001], { env: { NASTAVNIK_LOCALE: 'en' } }),
    ]) {
      assert.equal(r.status, 1);
      const line = r.stdout.split('\n').find((l) => l.includes('missing-responsible'))!;
      assert.match(line, /error\s+No one is responsible/);
      assert.match(r.stdout, /^\d+ problems: 1 error, /m);
      assert.doesNotMatch(r.stdout, /ошиб|Не указан/);
    }
  });
});

describe('check, JSON output', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'cli-output.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

  test('matches schemas/cli-output.schema.json, which docs/cli-json.md references', async () => {
    assert.match(readFileSync(join(ROOT, 'docs', 'cli-json.md'), 'utf8'), /schemas\/cli-output\.schema\.json/);
    const { out, result } = await json(['check', `${EX}/`]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    assert.ok(validate(out), JSON.stringify(validate.errors, null, 2));
    // Fourteen documents (eight plans, a pair's personalised programme, and examples/school-12/: a roadmap, an order
    // of pairs and three ППН); the README is listed apart as unchecked.
    assert.equal(out.files.length, 14);
    const count = (s: string) => out.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);
    assert.deepEqual(out.summary, {
      files: 14,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      hints: count('hint'),
      unchecked: 1,
    });
    assert.deepEqual(
      out.unchecked.map((u) => [u.file, u.reason]),
      [[`${EX}/README.md`, 'not-mentorship']],
    );
    assert.match(out.unchecked[0]!.message, /^не проверен: не похож на дорожную карту/);
    assert.deepEqual(out.configProblems, []);
  });

  test('the schema rejects what it must (a test of the test)', async () => {
    const { out } = await json(['check', SEED_001]);
    const broken = structuredClone(out) as unknown as { files: { diagnostics: { severity: string }[] }[] };
    broken.files[0]!.diagnostics[0]!.severity = 'fatal';
    assert.equal(validate(broken), false);
    const noRange = structuredClone(out) as unknown as { files: { diagnostics: Record<string, unknown>[] }[] };
    delete noRange.files[0]!.diagnostics[0]!.range;
    assert.equal(validate(noRange), false);
  });

  test('file, kind, profile, period, approval and organisation of the seeds', async () => {
    const { out } = await json(['check', `${EX}/`]);
    const pick = (name: string) => {
      const f = fileNamed(out, name)!;
      return [f.kind, f.profile, f.period && `${f.period.start}..${f.period.end}`, f.approved, f.organization];
    };
    assert.deepEqual(pick('000-spb-school34-roadmap.md'), [
      'roadmap',
      'teachers',
      '2022-09-01..2023-08-31',
      '2022-09-01',
      'ГБОУ школа № 34 Невского района Санкт-Петербурга',
    ]);
    assert.deepEqual(pick('001-tomsk-lyceum-roadmap.md'), [
      'roadmap',
      'pupils',
      '2023-09-01..2024-08-31',
      '2023-09-22',
      'МБОУ лицей при ТПУ г. Томска',
    ]);
    assert.deepEqual(pick('002-krasnomayskaya-program.md'), [
      'program',
      'teachers',
      '2024-01-01..2024-12-31',
      '2024-08-30',
      'МБОУ «Красномайская СОШ имени С.Ф. Ушакова»',
    ]);
    assert.deepEqual(pick('003-severodvinsk-college-roadmap.md'), [
      'roadmap',
      'teachers',
      null,
      null,
      'ПОУ «Северодвинский колледж управления и информационных технологий»',
    ]);
    assert.deepEqual(pick('004-arkhangelsk-municipal.md'), [
      'municipal',
      'municipal',
      '2023-01-01..2025-12-31',
      '2023-02-10',
      'Департамент образования Администрации городского округа "Город Архангельск"',
    ]);
    assert.equal(fileNamed(out, 'README.md'), undefined);
  });

  test('ranges are 0-based lines and UTF-16 characters into the file', async () => {
    const { out } = await json(['check', SEED_001]);
    const d = out.files[0]!.diagnostics.find((x) => x.code === 'deadline-before-approval')!;
    const line = readFileSync(join(ROOT, SEED_001), 'utf8').split('\n')[d.range.start.line]!;
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'До 20.09.2023');
  });

  test('--profile forces the profile of every document', async () => {
    const plain = (await json(['check', `${EX}/003-severodvinsk-college-roadmap.md`])).out.files[0]!;
    const forced = (await json(['check', `${EX}/003-severodvinsk-college-roadmap.md`, '--profile', 'pupils'])).out.files[0]!;
    assert.equal(plain.profile, 'teachers');
    assert.equal(forced.profile, 'pupils');
    // The teachers' stages of 003 do not name the pupils' «Формирование наставнических пар/групп» stage on its own row.
    assert.notDeepEqual(codesOf(forced), codesOf(plain));
  });
});

describe('check, SARIF output', () => {
  test('SARIF 2.1.0 shape: version, rules, results with ruleId, level and locations', async () => {
    const r = await run(['check', `${EX}/`, '--format', 'sarif']);
    assert.equal(r.status, 1);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: {
          ruleId: string;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
            };
          }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const driver = sarif.runs[0]!.tool.driver;
    assert.equal(driver.name, 'nastavnik');
    assert.deepEqual(
      driver.rules.map((x) => x.id),
      [...RULES, ...FOLDER_RULES].map((x) => x.code),
    );
    for (const rule of driver.rules) assert.ok(rule.shortDescription.text.length > 0);
    const results = sarif.runs[0]!.results;
    const { out } = await json(['check', `${EX}/`]);
    assert.equal(
      results.length,
      out.files.reduce((n, f) => n + f.diagnostics.length, 0),
    );
    for (const res of results) {
      assert.ok(
        driver.rules.some((x) => x.id === res.ruleId),
        res.ruleId,
      );
      assert.ok(['error', 'warning', 'note'].includes(res.level), res.level);
      assert.ok(res.message.text.length > 0);
      const loc = res.locations[0]!.physicalLocation;
      assert.match(loc.artifactLocation.uri, /^examples\/.+\.md$/);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endLine >= loc.region.startLine);
    }
    assert.ok(results.some((x) => x.ruleId === 'missing-responsible' && x.level === 'error'));
    assert.ok(results.some((x) => x.ruleId === 'stage-order' && x.level === 'note'));
  });
});

describe('model', () => {
  test('model FILE prints the parsed model as JSON', async () => {
    const r = await run(['model', SEED_001]);
    assert.equal(r.status, 0, r.stderr);
    const m = JSON.parse(r.stdout) as {
      meta: { kind: string; profile: string; approved: string };
      tables: { kind: string; rows: { stage?: { match?: { stageId: string } } }[] }[];
      looksRelevant: boolean;
    };
    assert.equal(m.meta.kind, 'roadmap');
    assert.equal(m.meta.profile, 'pupils');
    assert.equal(m.meta.approved, '2023-09-22');
    assert.equal(m.looksRelevant, true);
    assert.deepEqual(
      m.tables[0]!.rows.map((row) => row.stage?.match?.stageId),
      ['preparation', 'mentor-base', 'mentee-base', 'selection', 'pairing', 'pair-work', 'pair-work', 'completion'],
    );
  });

  test('model with --profile, and with a missing file', async () => {
    assert.equal(
      (JSON.parse((await run(['model', CLEAN, '--profile', 'pupils'])).stdout) as { meta: { profile: string } }).meta.profile,
      'pupils',
    );
    const r = await run(['model', 'no-such-file.md']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Не найден файл «no-such-file\.md»/);
  });
});

describe('files, folders and globs', () => {
  test('a glob picks exactly the matching files', async () => {
    const { out, result } = await json(['check', `${EX}/0*.md`]);
    assert.equal(result.status, 1);
    assert.deepEqual(
      out.files.map((f) => f.file).sort(),
      [
        '000-spb-school34-roadmap.md',
        '001-tomsk-lyceum-roadmap.md',
        '002-krasnomayskaya-program.md',
        '003-severodvinsk-college-roadmap.md',
        '004-arkhangelsk-municipal.md',
      ].map((f) => `${EX}/${f}`),
    );
  });

  test('a folder without a trailing slash, and several arguments', async () => {
    assert.equal((await json(['check', EX])).out.files.length, 14);
    assert.deepEqual((await json(['check', CLEAN, `${EX}/clean-*.md`])).out.files.map((f) => f.file).sort(), [
      `${EX}/clean-municipal.md`,
      `${EX}/clean-pupils-roadmap.md`,
      CLEAN,
    ]);
  });

  test('a missing file: a clear Russian message, the others still checked, exit 2', async () => {
    const r = await run(['check', 'no-such.md', CLEAN]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Не найден файл или папка «no-such\.md»\. Проверьте путь\./);
    assert.match(r.stdout, /clean-teachers-roadmap\.md: замечаний нет/);
    const only = spawned(['check', 'no-such.md']); // a real process: no stack trace, exit status 2
    assert.equal(only.status, 2);
    assert.equal(only.stdout, '');
    assert.doesNotMatch(only.stderr, /ENOENT|at .*\.js/);
  });

  test('a glob that matches nothing says so, exit 2', async () => {
    const r = await run(['check', 'nowhere/*.md']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Не найдено ни одного файла Markdown/);
  });

  test('bad usage exits 2 with a Russian hint', async () => {
    const r = await run(['check']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Укажите файлы или папки/);
    assert.equal((await run(['check', CLEAN, '--format', 'xml'])).status, 2);
    assert.equal((await run(['frobnicate'])).status, 2);
  });
});

describe('.nastavnik.json', () => {
  function workspace(config: string | undefined): { dir: string; doc: string } {
    const dir = tempDir('cfg');
    if (config !== undefined) writeFileSync(join(dir, '.nastavnik.json'), config);
    const sub = join(dir, 'plans', '2023');
    mkdirSync(sub, { recursive: true });
    const doc = join(sub, 'roadmap.md');
    copyFileSync(join(ROOT, SEED_001), doc);
    return { dir, doc };
  }

  test('a config in a parent folder applies: a rule turned off disappears, another changes severity', async () => {
    const plain = workspace(undefined);
    const before = (await json(['check', plain.doc])).out.files[0]!;
    assert.ok(codesOf(before).includes('vague-deadline'));
    assert.equal(before.diagnostics.find((d) => d.code === 'missing-responsible')!.severity, 'error');

    const { doc } = workspace(JSON.stringify({ rules: { 'vague-deadline': 'off', 'missing-responsible': 'warning' } }));
    const { out, result } = await json(['check', doc]);
    const after = out.files[0]!;
    assert.ok(!codesOf(after).includes('vague-deadline'));
    assert.equal(after.diagnostics.find((d) => d.code === 'missing-responsible')!.severity, 'warning');
    assert.equal(result.status, 0, 'no error left');
    assert.deepEqual(out.configProblems, []);
    assert.equal(result.stderr, '');
  });

  test("the config's locale applies when neither --locale nor NASTAVNIK_LOCALE is given", async () => {
    const { dir, doc } = workspace(JSON.stringify({ locale: 'en' }));
    const english = (await run(['check', doc], { cwd: dir })).stdout;
    assert.match(english, /is not given|Give|Add/);
    assert.doesNotMatch(english, /Не указан/);
    const russian = (await run(['check', '--locale', 'ru', doc], { cwd: dir })).stdout;
    assert.match(russian, /Не указан/);
  });

  test('the config profile is the default for documents that do not say', async () => {
    const { dir } = workspace(JSON.stringify({ profile: 'pupils' }));
    const doc = join(dir, 'plans', 'noprofile.md');
    writeFileSync(
      doc,
      '# Дорожная карта наставничества на 2024-2025 учебный год\n\n| Мероприятия | Сроки ' +
        '| Ответственные |\n|---|---|---|\n| Анкетирование | Октябрь 2024 | Куратор |\n',
    );
    assert.equal((await json(['check', doc])).out.files[0]!.profile, 'pupils');
  });

  test('a broken config: a clear Russian message on stderr, the defaults, no crash', async () => {
    const { dir, doc } = workspace('{\n  "rules": {\n    "vague-deadline": "off"\n    "numbering": "off"\n  }\n');
    const r = await run(['check', doc]);
    assert.equal(r.status, 1, 'the errors of 001, as with the defaults');
    assert.match(
      r.stderr,
      new RegExp(
        `${join(dir, '.nastavnik.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: Файл ` +
          `\\.nastavnik\\.json не читается как JSON: строка 4, столбец \\d+ — не хватает запятой`,
      ),
    );
    assert.match(r.stderr, /пока действуют настройки по умолчанию/);
    const reported = [...parseText(r.stdout).values()];
    assert.equal(reported.length, 1);
    assert.ok(reported[0]!.includes('vague-deadline'), 'defaults: the rule is on');
    const { out, result } = await json(['check', doc]);
    assert.equal(result.status, 1);
    assert.equal(out.configProblems.length, 1);
    assert.match(out.configProblems[0]!.message, /не читается как JSON/);
  });

  test('a wrong value drops only that key; the rest applies', async () => {
    const { doc } = workspace(JSON.stringify({ rules: { 'vague-deadline': 'off' }, staff: 'Иванова А.А.', colour: 'red' }));
    const { out } = await json(['check', doc]);
    assert.ok(!codesOf(out.files[0]).includes('vague-deadline'));
    assert.deepEqual(
      out.configProblems.map((p) => p.message.split(':')[0]),
      ['Ошибка в .nastavnik.json, staff', 'Неизвестный ключ «colour» в .nastavnik.json пропущен. Допустимые ключи'],
    );
  });

  test('--locale en: config problems in English', async () => {
    const { doc } = workspace('{ "rules": ');
    const r = await run(['check', doc, '--locale', 'en']);
    assert.match(r.stderr, /\.nastavnik\.json is not valid JSON/);
  });
});

describe('progress', () => {
  function manyFiles(n: number): string {
    const dir = tempDir('many');
    for (let i = 0; i < n; i++) copyFileSync(join(ROOT, CLEAN), join(dir, `plan-${String(i).padStart(2, '0')}.md`));
    return dir;
  }

  test('not a terminal: nothing on stderr, JSON on stdout intact', async () => {
    const dir = manyFiles(12);
    const r = await run(['check', dir, '--format', 'json']);
    assert.equal(r.stderr, '');
    assert.equal((JSON.parse(r.stdout) as JsonOutput).files.length, 12);
    const t = await run(['check', dir]);
    assert.equal(t.stderr, '');
    assert.equal(t.status, 0);
  });

  // `script` (util-linux) runs the CLI on a pseudo-terminal, as a person at a terminal would.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  test('on a terminal: «Проверено файлов: N…» on stderr, erased before the report', {
    skip: hasScript ? false : 'util-linux `script` is not installed',
  }, () => {
    const dir = manyFiles(12);
    const out = join(dir, 'out.json');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check ${JSON.stringify(dir)} --format json > ${JSON.stringify(out)}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // What the terminal showed (stderr only: stdout went to the file).
    assert.match(r.stdout, /\rПроверено файлов: 1[0-2]…/);
    assert.match(r.stdout, /\r\x1b\[K/);
    // The JSON on stdout is untouched by the progress line.
    const parsed = JSON.parse(readFileSync(out, 'utf8')) as JsonOutput;
    assert.equal(parsed.files.length, 12);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /Проверено/);
  });

  test('a short run on a terminal shows no progress', { skip: hasScript ? false : 'util-linux `script` is not installed' }, async () => {
    const dir = manyFiles(3);
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check ${JSON.stringify(dir)} 2>&1 >/dev/null`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.doesNotMatch(r.stdout, /Проверено/);
  });
});

describe('nothing checked is never «замечаний нет» (issue #17)', () => {
  function folderWith(files: Record<string, string | Uint8Array>): string {
    const dir = tempDir('unchecked');
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }
  /** A Word file's first bytes (a ZIP archive), then noise: what a .docx renamed .md looks like. */
  const binary = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    for (let i = 8; i < size; i++) bytes[i] = (i * 7919) % 256;
    return bytes;
  };

  test('an empty .md: «не проверен: файл пустой», exit 3, in text, JSON and SARIF', async () => {
    const dir = folderWith({ 'empty.md': '', 'blank.md': '\n  \n' });
    const r = await run(['check', dir]);
    assert.equal(r.status, 3, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /замечаний нет/);
    assert.match(r.stdout, /empty\.md: не проверен: файл пустой/);
    assert.match(r.stdout, /blank\.md: не проверен: файл пустой/);
    const { out, result } = await json(['check', join(dir, 'empty.md')]);
    assert.equal(result.status, 3);
    assert.deepEqual(out.files, []);
    assert.equal(out.summary.unchecked, 1);
    assert.deepEqual(
      out.unchecked.map((u) => u.reason),
      ['empty'],
    );
    const sarif = JSON.parse((await run(['check', join(dir, 'empty.md'), '--format', 'sarif'])).stdout) as {
      runs: {
        results: unknown[];
        invocations: {
          toolExecutionNotifications: {
            message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          }[];
        }[];
      }[];
    };
    const notes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications;
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message.text, /^не проверен: файл пустой/);
    assert.match(notes[0]!.locations[0]!.physicalLocation.artifactLocation.uri, /empty\.md$/);
  });

  test('a 10 MB binary file named .md is recognised in well under a second, never parsed', async () => {
    const dir = folderWith({ 'plan.md': binary(10 * 1024 * 1024) });
    const started = Date.now();
    const r = await run(['check', join(dir, 'plan.md')]);
    const took = Date.now() - started;
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stdout, /plan\.md: не проверен: это не текст, а двоичный файл/);
    assert.match(r.stdout, /nastavnik import/);
    // Node's start and the read included; parsing 10 MB took 21 s before.
    assert.ok(took < 3000, `took ${took} ms`);
    // Invalid UTF-8 without a NUL byte is binary too.
    const latin = folderWith({
      'cp1251.md': new Uint8Array([0xc4, 0xee, 0xf0, 0xee, 0xe6, 0xed, 0xe0, 0xff, 0x20, 0xea, 0xe0, 0xf0, 0xf2, 0xe0]),
    });
    assert.deepEqual(
      (await json(['check', join(latin, 'cp1251.md')])).out.unchecked.map((u) => u.reason),
      ['binary'],
    );
  });

  test('Markdown that is no mentorship document: not checked, as the report skips it', async () => {
    const dir = folderWith({ 'notes.md': '# Заметки\n\nСписок покупок: хлеб, молоко.\n' });
    const r = await run(['check', dir]);
    assert.equal(r.status, 3);
    assert.match(r.stdout, /notes\.md: не проверен: не похож на дорожную карту, программу наставничества или комплекс мер/);
    assert.match(r.stderr, /Ни один файл не проверен/);
  });

  test("some files checked, some not: the exit status is the checked ones', the rest are named", async () => {
    const dir = folderWith({ 'empty.md': '' });
    copyFileSync(join(ROOT, CLEAN), join(dir, 'clean.md'));
    const r = await run(['check', dir]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /clean\.md: замечаний нет/);
    assert.match(r.stdout, /empty\.md: не проверен/);
    // --quiet leaves out the clean files, never the unchecked ones.
    const quiet = await run(['check', dir, '--quiet']);
    assert.doesNotMatch(quiet.stdout, /clean\.md/);
    assert.match(quiet.stdout, /empty\.md: не проверен/);
  });

  test('a folder with no Markdown: what was found and what to do, exit 3', async () => {
    const dir = folderWith({ 'план.docx': binary(100), 'отчёт.docx': binary(100), 'заметки.txt': 'текст' });
    const r = await run(['check', dir]);
    assert.equal(r.status, 3);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Не найдено ни одного файла Markdown/);
    assert.match(r.stderr, /Найдено: 2 файла \.docx, 1 файл \.txt\./);
    assert.match(r.stderr, /nastavnik import файл\.docx/);
    assert.match(r.stderr, /\.txt.*переименуйте в \.md/);
    assert.equal((await run(['scores', dir])).status, 3);
  });

  test('English with --locale en', async () => {
    const dir = folderWith({ 'empty.md': '' });
    const r = await run(['check', dir, '--locale', 'en']);
    assert.match(r.stdout, /empty\.md: not checked: the file is empty/);
    assert.doesNotMatch(r.stdout + r.stderr, /[а-яё]/i);
  });
});

describe('command-line conventions (issue #17)', () => {
  test('--version prints the package version, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `nastavnik ${version}\n`);
    }
  });

  test('-h/--help of each command lists its own formats and options', async () => {
    const check = await run(['check', '--help']);
    assert.equal(check.status, 0);
    assert.match(check.stdout, /^nastavnik check /);
    assert.match(check.stdout, /--format text\|json\|sarif/);
    assert.match(check.stdout, /--verbose/);
    assert.match(check.stdout, /3 — ни один файл не проверен/);
    assert.equal((await run(['check', '-h'])).stdout, check.stdout);
    const model = await run(['model', '-h']);
    assert.match(model.stdout, /^nastavnik model /);
    assert.doesNotMatch(model.stdout, /sarif|--verbose/);
    assert.match((await run(['help', 'check'])).stdout, /^nastavnik check /);
    assert.match((await run(['report', '--help'])).stdout, /^nastavnik report /);
    assert.match((await run(['--help'])).stdout, /nastavnik <команда> --help/);
    const english = (await run(['check', '--help', '--locale', 'en'])).stdout;
    assert.match(english, /^nastavnik check <files\|folders\|globs…>/);
    assert.match(english, /--format text\|json\|sarif/);
    assert.doesNotMatch(english, /[а-яё]/i);
  });

  test('unknown options and values: one short Russian line, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['check', '--frobnicate', CLEAN], /^Неизвестный параметр «--frobnicate»\. Список параметров: nastavnik check --help\n$/],
      [['check', CLEAN, '-f'], /^У параметра «--format» нет значения/],
      [['check', CLEAN, '--locale', 'de'], /^Неизвестный язык «de»\. Допустимо: ru, en\./],
      [['model', CLEAN, '--quiet'], /^Команда model не принимает параметр «--quiet»/],
      [['model', CLEAN, '--format', 'sarif'], /^Неизвестный формат «sarif» для команды model\. Допустимо: json\./],
      [['report', EX, '--bogus'], /^Неизвестный параметр «--bogus»\. Список параметров: nastavnik report --help\n$/],
      [['frobnicate'], /^Неизвестная команда «frobnicate»/],
    ];
    for (const [args, expected] of cases) {
      const r = await run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, expected, args.join(' '));
      assert.doesNotMatch(r.stderr, /Unknown option|TypeError|at .*\.js/);
    }
    assert.match(
      (await run(['check', '--frobnicate', CLEAN, '--locale', 'en'])).stderr,
      /^Unknown option «--frobnicate»\. See the options: nastavnik check --help\n$/,
    );
  });
});

describe('terminal text output (issue #17)', () => {
  test('messages are shortened at a word to the terminal width; --verbose and JSON keep them whole', async () => {
    const r = await run(['check', SEED_001], { env: { COLUMNS: '80' } });
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  строка'));
    assert.ok(lines.length > 3);
    for (const l of lines) assert.ok([...l].length <= 80, `${[...l].length}: ${l}`);
    const missing = lines.find((l) => l.includes('missing-responsible'))!;
    assert.match(missing, /\S…\s+missing-responsible$/);
    const { out } = await json(['check', SEED_001], { env: { COLUMNS: '80' } });
    const full = out.files[0]!.diagnostics.find((d) => d.code === 'missing-responsible')!.message;
    assert.ok(full.length > 80 && !full.endsWith('…'));
    const verbose = await run(['check', SEED_001, '--verbose'], { env: { COLUMNS: '80' } });
    assert.ok(verbose.stdout.includes(full), verbose.stdout);
  });

  test('paths are relative to the current folder, absolute when outside it (never «../../»)', async () => {
    const dir = tempDir('paths');
    copyFileSync(join(ROOT, CLEAN), join(dir, 'plan.md'));
    const outside = await run(['check', join(dir, 'plan.md')]);
    assert.equal(outside.stdout.trim(), `${join(dir, 'plan.md')}: замечаний нет`);
    const inside = await run(['check', join(dir, 'plan.md')], { cwd: dir });
    assert.equal(inside.stdout.trim(), 'plan.md: замечаний нет');
    const sub = await run(['check', join(ROOT, CLEAN)], { cwd: join(ROOT, EX) });
    assert.equal(sub.stdout.trim(), 'clean-teachers-roadmap.md: замечаний нет');
  });

  test("the English summary uses VS Code's words and adds up", async () => {
    const r = await run(['check', `${EX}/`, '--locale', 'en']);
    const summary = r.stdout.trim().split('\n').at(-1)!;
    const m = /^(\d+) problems: (\d+) errors, (\d+) warnings, (\d+) information, (\d+) hints$/.exec(summary);
    assert.ok(m, summary);
    assert.equal(Number(m[1]), Number(m[2]) + Number(m[3]) + Number(m[4]) + Number(m[5]));
    assert.match(r.stdout, /^ {2}line \d+\s+information\s/m);
  });
});

describe('counted words (server/src/cli/words.ts)', () => {
  test('Russian plural forms by Intl.PluralRules, numbers by Intl.NumberFormat', async () => {
    const forms = [1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => count(n, SEVERITY_NOUN.error, 'ru'));
    assert.deepEqual(forms, [
      '1 ошибка',
      '2 ошибки',
      '5 ошибок',
      '11 ошибок',
      '12 ошибок',
      '21 ошибка',
      '22 ошибки',
      '25 ошибок',
      '101 ошибка',
      '111 ошибок',
    ]);
    assert.equal(count(1234, NOUN.remark, 'ru'), '1\u00a0234 замечания');
    assert.equal(count(3, SEVERITY_NOUN.warning, 'ru'), '3 предупреждения');
    assert.equal(count(1, SEVERITY_NOUN.hint, 'en'), '1 hint');
    assert.equal(count(1234, NOUN.remark, 'en'), '1,234 problems');
  });
});

describe('report: the same rule for unchecked files (issue #17)', () => {
  test('empty and binary files are skipped before parsing and named; nothing checked → exit 3', async () => {
    const dir = tempDir('report');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'word.md'), new Uint8Array(2 * 1024 * 1024).fill(0));
    const out = join(dir, 'report.csv');
    const r = await run(['report', dir, '--format', 'csv', '--out', out]);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /документов: 0/);
    copyFileSync(join(ROOT, CLEAN), join(dir, 'plan.md'));
    const html = join(dir, 'report.html');
    const ok = await run(['report', dir, '--out', html]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /документов: 1/);
    const page = readFileSync(html, 'utf8');
    assert.match(page, /word\.md/);
    assert.match(page, /empty\.md/);
  });
});
