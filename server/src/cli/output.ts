/**
 * Machine-readable outputs of `nastavnik check`: JSON (docs/cli-json.md) and SARIF 2.1.0. File paths are
 * relative to the current folder, or absolute when that would climb out of it (never «../../…»); in SARIF
 * they are URI references, as the format requires. Rule links lead to pages that exist (environment/rule-docs.ts).
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../core/analyze';
import type { ConfigProblem } from '../core/config';
import type { Locale, Severity } from '../core/diagnostic';
import { RULES } from '../core/rules';
import type { Scores } from '../core/scores';
import { FOLDER_RULES } from '../core/workspace/rules';
import { LineIndex } from '../core/read/text';
import { projectUri, ruleDocUri } from '../environment/rule-docs';
import { countBySeverity, fileReport, type FileReport } from './file-report';
import { ARRAY, jsonWithArray } from './json-pieces';
import { displayPath } from './text-report';
import { type UncheckedFile, uncheckedToJson } from './unchecked';

/** A file with its whole analysis, as a caller that has one (a test, a single document) gives it. */
export interface CheckedFile {
  path: string;
  text: string;
  analysis: Analysis;
  scores?: unknown;
}

/** `check` keeps reports (file-report.ts); a whole analysis is reported the same way. */
export type Reported = FileReport | CheckedFile;

export function asReport(file: Reported): FileReport {
  return 'analysis' in file ? fileReport(file.path, file.text, file.analysis, file.scores as Scores | undefined) : file;
}

export const JSON_SCHEMA_VERSION = 1;

function range(index: LineIndex, span: { start: number; end: number }) {
  return { start: index.position(span.start), end: index.position(span.end) };
}

export function fileToJson(file: Reported, locale: Locale) {
  const report = asReport(file);
  const meta = report.meta;
  return {
    file: displayPath(report.path),
    kind: meta.kind,
    profile: meta.profile ?? null,
    period: meta.period ?? null,
    approved: meta.approved ?? null,
    organization: meta.organization ?? null,
    diagnostics: report.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message[locale],
      range: d.range,
      href: ruleDocUri(d.code),
    })),
    scores: report.scores ?? null,
  };
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** The summary from each file's diagnostics by severity (file-report.ts `KeptReport.counts`). */
export function summaryOf(counts: readonly Record<Severity, number>[]): Summary {
  const count = (s: Severity) => counts.reduce((n, c) => n + c[s], 0);
  return { files: counts.length, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}

export function summary(files: readonly Reported[]): Summary {
  return summaryOf(files.map((f) => countBySeverity(asReport(f).diagnostics)));
}

/** A problem in a `.nastavnik.json` that applied to the checked files (the defaults stood in for the broken part). */
export interface ConfigFileProblems {
  path: string;
  text: string;
  problems: readonly ConfigProblem[];
}

export function configProblemsToJson(configs: readonly ConfigFileProblems[], locale: Locale) {
  return configs.flatMap((c) => {
    const index = new LineIndex(c.text);
    return c.problems.map((p) => ({ file: displayPath(c.path), message: p.message[locale], range: range(index, p) }));
  });
}

/** The JSON report (docs/cli-json.md) in pieces, a file at a time; `sum` counts the same files. */
export function* jsonPieces(
  files: Iterable<FileReport>,
  sum: Summary,
  locale: Locale,
  configs: readonly ConfigFileProblems[] = [],
  unchecked: readonly UncheckedFile[] = [],
): Generator<string> {
  const document = {
    version: JSON_SCHEMA_VERSION,
    tool: 'nastavnik',
    files: ARRAY,
    summary: { ...sum, unchecked: unchecked.length },
    configProblems: configProblemsToJson(configs, locale),
    // Found but not checked (empty, binary, not a mentorship document): never listed in `files` as clean.
    unchecked: uncheckedToJson(
      unchecked.map((u) => ({ ...u, path: displayPath(u.path) })),
      locale,
    ),
  };
  yield* jsonWithArray(
    document,
    map(files, (f) => fileToJson(f, locale)),
  );
}

export function toJson(
  files: readonly Reported[],
  locale: Locale,
  configs: readonly ConfigFileProblems[] = [],
  unchecked: readonly UncheckedFile[] = [],
): string {
  const reports = files.map(asReport);
  return [...jsonPieces(reports, summary(reports), locale, configs, unchecked)].join('');
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * A file as a SARIF `artifactLocation.uri` (a URI reference, RFC 3986): relative to the current folder with
 * each segment percent-encoded (Cyrillic names included), or a `file://` URI when it lies outside it.
 */
export function sarifUri(path: string, cwd = process.cwd()): string {
  const shown = displayPath(path, cwd);
  if (isAbsolute(shown)) return pathToFileURL(shown).href;
  return shown.split(/[\\/]/).map(encodeURIComponent).join('/');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(
  files: readonly Reported[],
  locale: Locale,
  configs: readonly ConfigFileProblems[] = [],
  unchecked: readonly UncheckedFile[] = [],
): string {
  return [...sarifPieces(files.map(asReport), locale, configs, unchecked)].join('');
}

/** SARIF 2.1.0 in pieces, a result at a time. */
export function* sarifPieces(
  files: Iterable<FileReport>,
  locale: Locale,
  configs: readonly ConfigFileProblems[] = [],
  unchecked: readonly UncheckedFile[] = [],
): Generator<string> {
  const notifications = configProblemsToJson(configs, locale).map((p) => ({
    level: 'warning',
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(p.file) },
          region: { startLine: p.range.start.line + 1, startColumn: p.range.start.character + 1 },
        },
      },
    ],
  }));
  function* results(): Generator<unknown> {
    for (const f of files)
      yield* f.diagnostics.map((d) => {
        const r = d.range;
        return {
          ruleId: d.code,
          level: SARIF_LEVEL[d.severity],
          message: { text: d.message[locale] },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: sarifUri(f.path) },
                region: {
                  startLine: r.start.line + 1,
                  startColumn: r.start.character + 1,
                  endLine: r.end.line + 1,
                  endColumn: r.end.character + 1,
                },
              },
            },
          ],
        };
      });
  }
  const document = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nastavnik',
            informationUri: projectUri(),
            rules: [...RULES, ...FOLDER_RULES].map((r) => ({
              id: r.code,
              shortDescription: { text: r.title[locale] },
              helpUri: ruleDocUri(r.code),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolConfigurationNotifications: notifications,
            // A file found but not checked is said so, not left out: a clean SARIF must mean «checked, clean».
            toolExecutionNotifications: uncheckedToJson(unchecked, locale).map((u) => ({
              level: 'warning',
              descriptor: { id: `unchecked-${u.reason}` },
              message: { text: u.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(u.file) } } }],
            })),
          },
        ],
        results: ARRAY,
      },
    ],
  };
  yield* jsonWithArray(document, results());
}
