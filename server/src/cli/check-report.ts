/**
 * What `check` and `scores` print on stdout, in pieces, a file at a time: each kept report is opened
 * (file-report.ts `openReport`, with what the folder checks found on it) only to be printed, so the
 * output of 10,000 files is never held whole, neither as objects nor as one string. The pieces joined
 * are byte for byte the report the whole-list functions give (output.ts `toJson`, `toSarif`;
 * text-report.ts `textReport`).
 */
import type { Locale } from '../core/diagnostic';
import type { KeptEntry } from './check-files';
import { type FileReport, type KeptReport, openReport, type ReportedDiagnostic } from './file-report';
import { ARRAY, jsonWithArray } from './json-pieces';
import { type ConfigFileProblems, jsonPieces, sarifPieces, summaryOf } from './output';
import { scoresText } from './scores-text';
import { displayPath, type ReportEntry, type TextReportOptions, textLines } from './text-report';
import { uncheckedMessage, uncheckedToJson } from './unchecked';

export interface CheckReportOptions {
  format: 'text' | 'json' | 'sarif';
  /** `nastavnik scores`: the scores, not the diagnostics. */
  scoresOnly: boolean;
  locale: Locale;
  /** Broken `.nastavnik.json` files that applied (JSON and SARIF list them). */
  problems: readonly ConfigFileProblems[];
  text: TextReportOptions;
}

export function* checkReport(
  entries: readonly KeptEntry[],
  findings: ReadonlyMap<string, readonly ReportedDiagnostic[]>,
  options: CheckReportOptions,
): Generator<string> {
  const { locale } = options;
  const open = (kept: KeptReport) => openReport(kept, findings.get(kept.path));
  const checked = entries.flatMap((e) => ('checked' in e ? [e.checked] : []));
  const unchecked = entries.flatMap((e) => ('unchecked' in e ? [e.unchecked] : []));
  function* reports(): Generator<FileReport> {
    for (const kept of checked) yield open(kept);
  }
  if (options.scoresOnly && options.format === 'json') {
    function* items(): Generator<unknown> {
      for (const f of reports()) yield { file: displayPath(f.path), kind: f.meta.kind, scores: f.scores };
      for (const u of uncheckedToJson(unchecked, locale)) {
        yield { file: displayPath(u.file), kind: null, scores: null, unchecked: u.reason, message: u.message };
      }
    }
    yield* jsonWithArray(ARRAY, items());
    yield '\n';
  } else if (options.scoresOnly) {
    for (const [i, e] of entries.entries()) {
      if (i > 0) yield '\n';
      if ('unchecked' in e) yield `${displayPath(e.unchecked.path)}: ${uncheckedMessage(e.unchecked.reason, locale)}\n`;
      else {
        const f = open(e.checked);
        yield scoresText({ ...f, path: displayPath(f.path) }, locale);
      }
    }
    if (entries.length > 0) yield '\n';
  } else if (options.format === 'json') {
    yield* jsonPieces(reports(), summaryOf(checked.map((c) => c.counts)), locale, options.problems, unchecked);
    yield '\n';
  } else if (options.format === 'sarif') {
    yield* sarifPieces(reports(), locale, options.problems, unchecked);
    yield '\n';
  } else if (entries.length > 0) {
    function* opened(): Generator<ReportEntry> {
      for (const e of entries) yield 'checked' in e ? { checked: open(e.checked) } : e;
    }
    let first = true;
    for (const line of textLines(opened(), options.text)) {
      yield first ? line : `\n${line}`;
      first = false;
    }
    yield '\n';
  }
}
