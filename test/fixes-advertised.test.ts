/**
 * Rules own their fixes, and what they advertise is real: over every example of the rule docs
 * (docs/rules/*.md, the «fires» blocks) and examples/, every fix a rule offers for its diagnostic,
 * once applied, makes that diagnostic go away and brings no new error — where a rule offers a choice
 * (the document's kind: roadmap, programme, complex of measures), every choice removes the diagnostic
 * and at least one brings no new error: naming the wrong kind rightly has the document checked as
 * that kind (a roadmap called a programme lacks a programme's sections) — and every fix kind a rule
 * declares is offered at least once on its own doc's examples (a declared fix that never appears is
 * advertising, not a fix). A doc whose «Как исправить» promises a quick fix belongs to a rule that
 * declares one.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type Analysis, analyze } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostic';
import { applyEdits } from '../server/src/core/editing/edits';
import { type Fix, type FixOptions, ruleFixesForDiagnostic } from '../server/src/core/fixes';
import { RULES } from '../server/src/core/rules';
import type { FixKind } from '../server/src/core/rules/rule';

const OPTIONS: FixOptions = { today: '2025-10-01' };

function fires(markdown: string): string[] {
  return [...markdown.matchAll(/^````markdown fires\n([\s\S]*?)^````$/gm)].map((m) => m[1]!);
}

interface Document {
  where: string;
  text: string;
}

const DOC_EXAMPLES: Document[] = RULES.flatMap((rule) =>
  fires(readFileSync(`docs/rules/${rule.code}.md`, 'utf8')).map((text, i) => ({
    where: `docs/rules/${rule.code}.md, fires example ${i + 1}`,
    text,
  })),
);
const EXAMPLE_FILES: Document[] = readdirSync('examples')
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ where: `examples/${f}`, text: readFileSync(`examples/${f}`, 'utf8') }));

const key = (d: Diagnostic) => `${d.code} ${d.message.ru}`;
function count(analysis: Analysis, k: string): number {
  return analysis.diagnostics.filter((d) => key(d) === k).length;
}

/** Why this fix leaves the diagnostic, or undefined when it removes it. */
function leftInPlace(text: string, before: Analysis, d: Diagnostic, fix: Fix): string | undefined {
  if (fix.edits.length === 0) return 'no edits';
  const after = analyze(applyEdits(text, fix.edits));
  if (after.internalErrors.length) return `a rule failed after the fix: ${JSON.stringify(after.internalErrors)}`;
  // One fewer diagnostic of its code with its message (offsets move with the edits; messages do not).
  if (count(after, key(d)) >= count(before, key(d))) return `the diagnostic is still there: ${key(d)}`;
  return undefined;
}

/** The first error after the fix that was not there before, if any. */
function newError(text: string, before: Analysis, fix: Fix): string | undefined {
  const out = applyEdits(text, fix.edits);
  const after = analyze(out);
  const errorsBefore = new Map<string, number>();
  for (const x of before.diagnostics) if (x.severity === 'error') errorsBefore.set(key(x), (errorsBefore.get(key(x)) ?? 0) + 1);
  for (const x of after.diagnostics) {
    if (x.severity !== 'error') continue;
    const left = errorsBefore.get(key(x)) ?? 0;
    if (left === 0) return `a new error: ${key(x)} at ${x.span.start}: ${JSON.stringify(out.slice(x.span.start, x.span.end).slice(0, 80))}`;
    errorsBefore.set(key(x), left - 1);
  }
  return undefined;
}

/** Why this fix of this diagnostic breaks the promise, or undefined when it keeps it. */
export function brokenPromise(text: string, before: Analysis, d: Diagnostic, fix: Fix): string | undefined {
  return leftInPlace(text, before, d, fix) ?? newError(text, before, fix);
}

describe('every fix a rule advertises removes its diagnostic', () => {
  const offered = new Map<string, Set<FixKind>>(RULES.map((r) => [r.code, new Set()]));
  for (const doc of [...DOC_EXAMPLES, ...EXAMPLE_FILES]) {
    test(doc.where, () => {
      const before = analyze(doc.text);
      assert.deepEqual(before.internalErrors, []);
      for (const d of before.diagnostics) {
        const fixes = ruleFixesForDiagnostic(doc.text, before, d, OPTIONS);
        for (const fix of fixes) {
          assert.ok(
            fix.fixKind && RULES.find((r) => r.code === d.code)?.fixes?.includes(fix.fixKind),
            `${fix.id}: made by a fix kind its rule declares`,
          );
          if (doc.where.startsWith(`docs/rules/${d.code}.md`)) offered.get(d.code)!.add(fix.fixKind);
          assert.equal(leftInPlace(doc.text, before, d, fix), undefined, `${d.code} → ${fix.id} (${fix.title.ru})`);
        }
        // Alternatives of one kind are a choice (add-front-matter:program, :roadmap…): one of them must bring no new error.
        for (const kind of new Set(fixes.map((f) => f.fixKind))) {
          const choices = fixes.filter((f) => f.fixKind === kind);
          // unknown-kind on a document read as «другой» (a regulation, an order): its fixes are for a
          // document that is a plan after all; applied to a real regulation they have it checked as a plan.
          if (d.code === 'unknown-kind' && before.model.meta.kind === 'other') continue;
          const errors = choices.map((f) => newError(doc.text, before, f));
          assert.ok(
            errors.some((e) => e === undefined),
            `${d.code} → ${kind}: every choice brings a new error: ${errors.join('; ')}`,
          );
          if (choices.length === 1) assert.equal(errors[0], undefined, `${d.code} → ${choices[0]!.id}`);
        }
      }
      assert.deepEqual(before.internalErrors, [], 'no fixer failed');
    });
  }

  test('every fix kind a rule declares is offered on its own doc’s examples', () => {
    const missing = RULES.flatMap((r) => (r.fixes ?? []).filter((k) => !offered.get(r.code)!.has(k)).map((k) => `${r.code}: ${k}`));
    assert.deepEqual(missing, []);
    assert.ok(
      [...offered.values()].some((s) => s.size > 0),
      'the examples were really run',
    );
  });
});

describe('what the docs promise', () => {
  /** The «Как исправить» part of a rule doc. */
  const howToFix = (doc: string) => /\n## Как исправить\n([\s\S]*?)(?=\n## )/.exec(doc)?.[1] ?? '';
  const PROMISES_A_FIX = /быстр\S*\s+исправлени|лампочк/i;

  test('a doc that promises a quick fix belongs to a rule that declares one, and a rule with fixes says so in its doc', () => {
    const wrong = RULES.filter(
      (rule) => PROMISES_A_FIX.test(howToFix(readFileSync(`docs/rules/${rule.code}.md`, 'utf8'))) !== (rule.fixes ?? []).length > 0,
    ).map((rule) => `${rule.code} (declares ${JSON.stringify(rule.fixes ?? [])})`);
    assert.deepEqual(wrong, []);
  });

  test('the promise pattern reads the «Как исправить» part only', () => {
    const doc = '# x\n\n## Что проверяет\nБыстрое исправление вставляет заготовку.\n\n## Как исправить\nДопишите срок.\n\n## English\n';
    assert.equal(PROMISES_A_FIX.test(howToFix(doc)), false);
    assert.equal(PROMISES_A_FIX.test(howToFix(doc.replace('Допишите срок.', 'Или примените быстрое исправление.'))), true);
  });
});

describe('the promise check itself', () => {
  test('a fix that leaves the diagnostic, or brings a new error, is caught', () => {
    const doc = DOC_EXAMPLES.find((d) => d.where.startsWith('docs/rules/missing-section.md'))!;
    const before = analyze(doc.text);
    const d = before.diagnostics.find((x) => x.code === 'missing-section')!;
    const noop: Fix = { id: 'noop', title: { ru: '', en: '' }, kind: 'quickfix', safe: false, edits: [{ start: 0, end: 0, newText: '' }] };
    assert.match(brokenPromise(doc.text, before, d, noop) ?? '', /still there/);
    const table = doc.text.indexOf('| Этап |');
    const breaksTable: Fix = {
      ...noop,
      edits: [
        ...ruleFixesForDiagnostic(doc.text, before, d, OPTIONS)[0]!.edits,
        { start: table, end: table, newText: '| № | Этап |\n|---|---|\n| x | y |\n\n' },
      ],
    };
    assert.match(brokenPromise(doc.text, before, d, breaksTable) ?? '', /new error/);
  });
});
