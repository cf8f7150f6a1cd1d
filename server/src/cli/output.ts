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
import { FOLDER_RULES } from '../core/workspace/rules';
import { LineIndex } from '../core/read/text';
import { projectUri, ruleDocUri } from '../environment/rule-docs';
import { displayPath } from './text-report';
import { type UncheckedFile, uncheckedToJson } from './unchecked';

export interface CheckedFile {
  path: string;
  text: string;
  analysis: Analysis;
  scores?: unknown;
}

export const JSON_SCHEMA_VERSION = 1;

function range(index: LineIndex, span: { start: number; end: number }) {
  return { start: index.position(span.start), end: index.position(span.end) };
}

export function fileToJson(file: CheckedFile, locale: Locale) {
  const index = new LineIndex(file.text);
  const meta = file.analysis.model.meta;
  return {
    file: displayPath(file.path),
    kind: meta.kind,
    profile: meta.profile ?? null,
    period: meta.period ?? null,
    approved: meta.approved ?? null,
    organization: meta.organization ?? null,
    diagnostics: file.analysis.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message[locale],
      range: range(index, d.span),
      href: ruleDocUri(d.code),
    })),
    scores: file.scores ?? null,
  };
}

export function summary(files: readonly CheckedFile[]) {
  const count = (s: Severity) => files.reduce((n, f) => n + f.analysis.diagnostics.filter((d) => d.severity === s).length, 0);
  return { files: files.length, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
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

export function toJson(
  files: readonly CheckedFile[],
  locale: Locale,
  configs: readonly ConfigFileProblems[] = [],
  unchecked: readonly UncheckedFile[] = [],
): string {
  return JSON.stringify(
    {
      version: JSON_SCHEMA_VERSION,
      tool: 'nastavnik',
      files: files.map((f) => fileToJson(f, locale)),
      summary: { ...summary(files), unchecked: unchecked.length },
      configProblems: configProblemsToJson(configs, locale),
      // Found but not checked (empty, binary, not a mentorship document): never listed in `files` as clean.
      unchecked: uncheckedToJson(
        unchecked.map((u) => ({ ...u, path: displayPath(u.path) })),
        locale,
      ),
    },
    null,
    2,
  );
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
  files: readonly CheckedFile[],
  locale: Locale,
  configs: readonly ConfigFileProblems[] = [],
  unchecked: readonly UncheckedFile[] = [],
): string {
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
  const results = files.flatMap((f) => {
    const index = new LineIndex(f.text);
    return f.analysis.diagnostics.map((d) => {
      const r = range(index, d.span);
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
  });
  return JSON.stringify(
    {
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
          results,
        },
      ],
    },
    null,
    2,
  );
}
