/**
 * What the CLI prints around the checks, in the chosen language and without cut words: `nastavnik
 * --help` and each command's help (with the profile list) in English with `--locale en`, and the
 * names in `nastavnik scores` shortened at a word with «…», never «…с педагогами, имеющими».
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scoresText } from '../server/src/cli/scores-text';
import { commandHelp, fullUsage } from '../server/src/cli/usage';
import { profileHelp } from '../server/src/cli/profile-option';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { runCli } from './cli-in-process';

const ROOT = join(__dirname, '..');

const hasRussian = (text: string) => /[а-яё]/i.test(text);

describe('help in the chosen language', () => {
  test('English: the general help, every command help and the profile list', () => {
    for (const text of [fullUsage('en'), commandHelp('check', 'en'), commandHelp('scores', 'en'), commandHelp('model', 'en')]) {
      assert.ok(!hasRussian(text), text);
      assert.match(text, /--profile P/);
    }
    assert.match(fullUsage('en'), /^Nastavnik — checks/);
    assert.match(profileHelp(undefined, 'en'), /profile for every document: teachers, pupils, municipal/);
  });

  test('Russian stays the default', () => {
    assert.match(fullUsage(), /^Наставник — проверка/);
    assert.match(profileHelp(), /педагоги \(teachers\)/);
  });

  test("`nastavnik --help --locale en` prints the English help (the command line's main, arguments to output)", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
    const run = (args: string[]) => runCli(args, ROOT, env);
    const en = await run(['--help', '--locale', 'en']);
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stdout, /^Nastavnik — checks/);
    assert.ok(!hasRussian(en.stdout), en.stdout);
    const ru = await run(['--help']);
    assert.match(ru.stdout, /^Наставник — проверка/);
  });
});

describe('`nastavnik scores` shortens names at a word', () => {
  test('every «…» in the scores of the examples ends a whole word of the document', () => {
    let shortened = 0;
    for (const name of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      const analysis = analyze(text);
      const scores = computeScores(analysis.model, allProfiles({}));
      const out = scoresText({ path: name, text, analysis, scores }, 'ru');
      const flat = text.replace(/\s+/g, ' ');
      for (const m of out.matchAll(/(\S[^\n…]*?)…/g)) {
        // The shortened text is the document's own, up to a word's end: what follows it there is no letter.
        const head = m[1]!.replace(/^.*? {2,}/, '').trim();
        const words = head.split(' ');
        const tail = words.slice(-3).join(' ');
        const at = flat.indexOf(tail);
        if (at < 0) continue; // a line of the CLI's own words
        shortened++;
        const next = flat[at + tail.length] ?? ' ';
        assert.doesNotMatch(next, /[\p{L}\p{N}]/u, `${name}: «${head}…» cuts a word («${tail}${next}»)`);
      }
    }
    assert.ok(shortened > 0, 'the examples have names long enough to be shortened');
  });
});
