/**
 * The pages of the rules across a school's folder (core/workspace/rules.ts): each has the parts a
 * reader needs and its examples run. An example is a folder of several files, one fenced block per
 * file: ````markdown fires file=приказ.md (a `.nastavnik.json` block sets the staff and severities).
 * The «fires» folder must produce the rule's code, the «ok» folder must not.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import type { Severity } from '../server/src/core/diagnostic';
import { loadConfig } from '../server/src/core/config';
import { checkFolder, type FolderDocument } from '../server/src/core/workspace/folder-checks';
import { FOLDER_RULES } from '../server/src/core/workspace/rules';

interface ExampleFolder {
  docs: FolderDocument[];
  staff?: string[];
}

function folder(markdown: string, tag: 'fires' | 'ok'): ExampleFolder {
  const re = new RegExp('^````(?:markdown|json) ' + tag + ' file=(\\S+)\\n([\\s\\S]*?)^````$', 'gm');
  const out: ExampleFolder = { docs: [] };
  for (const [, name, text] of markdown.matchAll(re)) {
    if (name === '.nastavnik.json') {
      out.staff = loadConfig(text!).config.staff;
      continue;
    }
    out.docs.push({ uri: `file:///школа/${encodeURIComponent(name!)}`, text: text!, model: analyze(text!).model });
  }
  return out;
}

function codes(example: ExampleFolder): string[] {
  const found = checkFolder(example.docs, { staff: example.staff });
  assert.deepEqual(found.internalErrors, []);
  return [...found.diagnostics.values()].flat().map((d) => d.code);
}

const SEVERITY_RU: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение', info: 'информация', hint: 'подсказка' };

describe('folder rule docs', () => {
  for (const rule of FOLDER_RULES) {
    const path = `docs/rules/${rule.code}.md`;
    test(`${rule.code}: the page says what, why, how to fix, and its default severity`, () => {
      assert.ok(existsSync(path), `${path} is missing`);
      const doc = readFileSync(path, 'utf8');
      assert.match(doc, new RegExp('^# `' + rule.code + '`', 'm'));
      for (const heading of ['## Что проверяет', '## Почему это важно', '## Как исправить', '## English']) {
        assert.ok(doc.includes(`\n${heading}`), `${path} lacks «${heading}»`);
      }
      assert.equal(/^\*\*Важность по умолчанию:\*\* (\S+)/m.exec(doc)?.[1], SEVERITY_RU[rule.defaultSeverity]);
    });

    test(`${rule.code}: the «fires» folder fires, the «ok» folder does not`, () => {
      const doc = readFileSync(path, 'utf8');
      const fires = folder(doc, 'fires');
      const ok = folder(doc, 'ok');
      assert.ok(fires.docs.length > 0 && ok.docs.length > 0, 'both examples have files');
      assert.ok(codes(fires).includes(rule.code), `expected ${rule.code} in ${JSON.stringify(codes(fires))}`);
      assert.ok(!codes(ok).includes(rule.code), `did not expect ${rule.code} in ${JSON.stringify(codes(ok))}`);
    });
  }

  test('the ППН and order examples have no error of their own', () => {
    // The examples show the folder rule, not other defects. A roadmap example is a fragment (its period is the point).
    for (const rule of FOLDER_RULES) {
      const doc = readFileSync(`docs/rules/${rule.code}.md`, 'utf8');
      for (const example of [folder(doc, 'fires'), folder(doc, 'ok')]) {
        for (const d of example.docs.filter((x) => x.model.meta.kind !== 'roadmap')) {
          const errors = analyze(d.text).diagnostics.filter((x) => x.severity === 'error');
          assert.deepEqual(
            errors.map((e) => e.code),
            [],
            `${rule.code}: ${decodeURIComponent(d.uri)}`,
          );
        }
      }
    }
  });
});
