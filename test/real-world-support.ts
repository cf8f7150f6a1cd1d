/**
 * The real-world corpus (test/fixtures/real-world/): documents of real schools transcribed from Word,
 * each with an expected-findings file a reviewer wrote before looking at Nastavnik's output. This
 * module compares the two; `npm run accuracy` prints the comparison and test/real-world.test.ts holds
 * the corpus to it (no false alarm at warning or error level).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostic';

export const CORPUS_DIR = join(__dirname, 'fixtures', 'real-world');

export type ExpectedKind = 'roadmap' | 'program' | 'municipal' | 'other' | 'none';

/** A finding the reviewer listed: `line` is 1-based, as the editor shows it; absent for document-level ones. */
export interface ExpectedFinding {
  code: string;
  line?: number;
  why?: string;
}

export interface Expected {
  /** The Markdown file when it lives elsewhere (the seeds, in examples/), relative to the expected-findings file. */
  file?: string;
  source: string;
  title?: string;
  omitted?: string;
  kind: ExpectedKind;
  profile?: string;
  period?: string | null;
  approved?: string | null;
  organization?: string | null;
  complete?: boolean;
  defects: ExpectedFinding[];
  tolerated: ExpectedFinding[];
}

export interface Reported {
  code: string;
  severity: string;
  line: number;
  message: string;
}

export interface FixtureResult {
  name: string;
  expected: Expected;
  /** What Nastavnik read the document as. */
  kind: string;
  profile?: string;
  /** Warnings and errors, each sorted into one bucket. */
  real: Reported[];
  falseAlarms: Reported[];
  tolerated: Reported[];
  found: ExpectedFinding[];
  missed: ExpectedFinding[];
  /** Facts of the document read differently from what the reviewer wrote (kind, profile, period, approval). */
  misread: string[];
}

/** Every fixture with an expected-findings file: `NN-slug` (its `.md` beside it) or `seed-…` (`file:` names the text). */
export function corpusNames(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.yaml'))
    .map((f) => f.slice(0, -'.expected.yaml'.length))
    .sort();
}

/** The document's path: `file:` of the expected-findings file (relative to it), else `<name>.md` beside it. */
export function documentPath(name: string, dir = CORPUS_DIR): string {
  const file = readExpected(name, dir).file;
  return join(dir, file ?? `${name}.md`);
}

export function readExpected(name: string, dir = CORPUS_DIR): Expected {
  const raw = (parseYaml(readFileSync(join(dir, `${name}.expected.yaml`), 'utf8')) ?? {}) as Partial<Expected>;
  return { ...raw, source: raw.source ?? '', kind: raw.kind ?? 'roadmap', defects: raw.defects ?? [], tolerated: raw.tolerated ?? [] };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function matches(finding: ExpectedFinding, reported: Reported): boolean {
  return finding.code === reported.code && (finding.line === undefined || finding.line === reported.line);
}

/** The kind as the reviewer names it: `other` and `none` are what the model calls them. */
function kindOf(model: ReturnType<typeof analyze>['model']): string {
  if (!model.looksRelevant) return 'none';
  return model.meta.kind === 'unknown' ? 'other' : model.meta.kind;
}

export function evaluate(name: string, dir = CORPUS_DIR): FixtureResult {
  const text = readFileSync(documentPath(name, dir), 'utf8');
  const expected = readExpected(name, dir);
  const { model, diagnostics } = analyze(text);
  const serious = diagnostics
    .filter((d: Diagnostic) => d.severity === 'error' || d.severity === 'warning')
    .map((d): Reported => ({ code: d.code, severity: d.severity, line: lineOf(text, d.span.start), message: d.message.ru }));
  const pending = [...expected.defects];
  const found: ExpectedFinding[] = [];
  const real: Reported[] = [];
  const falseAlarms: Reported[] = [];
  const tolerated: Reported[] = [];
  // Line-bound findings first, so a document-level one does not take a diagnostic a line-bound one needs.
  const ordered = [...serious].sort((a, b) => Number(hasLineBound(pending, b)) - Number(hasLineBound(pending, a)));
  for (const r of ordered) {
    const i = pending.findIndex((f) => f.line !== undefined && matches(f, r));
    const j = i >= 0 ? i : pending.findIndex((f) => f.line === undefined && matches(f, r));
    if (j >= 0) {
      found.push(pending[j]!);
      pending.splice(j, 1);
      real.push(r);
    } else if (expected.defects.some((f) => matches(f, r))) {
      real.push(r); // the same defect reported twice: not a false alarm, not a second find
    } else if (expected.tolerated.some((f) => matches(f, r))) {
      tolerated.push(r);
    } else {
      falseAlarms.push(r);
    }
  }
  const misread: string[] = [];
  const kind = kindOf(model);
  if (kind !== expected.kind) misread.push(`вид: ${kind}, ожидался ${expected.kind}`);
  const profile = model.meta.profile;
  if (expected.kind !== 'none' && expected.profile && expected.profile !== 'unknown' && profile !== expected.profile) {
    misread.push(`профиль: ${profile ?? 'не определён'}, ожидался ${expected.profile}`);
  }
  if (expected.kind !== 'none' && expected.period) {
    const got = model.meta.period ? `${model.meta.period.start}/${model.meta.period.end}` : 'нет';
    if (got !== expected.period) misread.push(`период: ${got}, ожидался ${expected.period}`);
  }
  if (expected.kind !== 'none' && expected.approved && model.meta.approved !== expected.approved) {
    misread.push(`утверждено: ${model.meta.approved ?? 'нет'}, ожидалось ${expected.approved}`);
  }
  return { name, expected, kind, profile, real, falseAlarms, tolerated, found, missed: pending, misread };
}

function hasLineBound(pending: readonly ExpectedFinding[], r: Reported): boolean {
  return pending.some((f) => f.line !== undefined && matches(f, r));
}

export interface Totals {
  reported: number;
  real: number;
  falseAlarms: number;
  defects: number;
  found: number;
  precision: number;
  recall: number;
  misread: number;
}

export function totals(results: readonly FixtureResult[]): Totals {
  const sum = (f: (r: FixtureResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const real = sum((r) => r.real.length);
  const falseAlarms = sum((r) => r.falseAlarms.length);
  const found = sum((r) => r.found.length);
  const defects = sum((r) => r.found.length + r.missed.length);
  return {
    reported: real + falseAlarms + sum((r) => r.tolerated.length),
    real,
    falseAlarms,
    defects,
    found,
    precision: real + falseAlarms === 0 ? 1 : real / (real + falseAlarms),
    recall: defects === 0 ? 1 : found / defects,
    misread: sum((r) => r.misread.length),
  };
}
