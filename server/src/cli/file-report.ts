/**
 * What `check` and `scores` keep of a file once it is analysed: what the text, JSON and SARIF reports
 * and `nastavnik scores` print (`FileReport`), and what the checks across a school's folder read
 * (`FolderInput`) — never the whole document model, never the text of a document the folder checks do
 * not need. Kept for every file until the report, the analyses of 10,000 roadmaps took 3.8 GB.
 *
 * Until the report is written, both are kept serialised (`KeptReport`), off the JS heap: V8 lets its
 * heap grow to four or five times what stays alive between collections (measured over 4,000 files:
 * 28 MB alive, 200 MB committed), so every megabyte kept as objects cost four or five of resident memory.
 */
import { deserialize, serialize } from 'node:v8';
import type { Analysis } from '../core/analyze';
import { type Message, SEVERITY_ORDER, type Severity } from '../core/diagnostic';
import type { DocumentMeta, DocumentModel } from '../core/model';
import { LineIndex } from '../core/read/text';
import type { Scores } from '../core/scores';
import { isPersonalProgram } from '../core/workspace/pair-facts';
import { readPairTable } from '../core/workspace/pair-list';

export interface Position {
  line: number;
  character: number;
}

/** A diagnostic as the reports print it: its place already turned into lines and columns. */
export interface ReportedDiagnostic {
  code: string;
  severity: Severity;
  message: Message;
  /** UTF-16 offset of the start: the folder checks' findings are sorted in among the file's own by it. */
  start: number;
  range: { start: Position; end: Position };
}

export interface FileReport {
  path: string;
  /** Kind, profile, period, approval and organisation: the JSON and `scores` print them. */
  meta: DocumentMeta;
  diagnostics: ReportedDiagnostic[];
  /** Only when the output prints them (JSON, `nastavnik scores`). */
  scores?: Scores;
  /** The 1-based line of each table's start: `nastavnik scores` names a table by it. */
  tableLines: number[];
}

/**
 * A document as the folder checks (core/workspace/folder-checks.ts) read it. A ППН whole, with its
 * text: its pair is read from both. Any other document only as far as the checks look at it: its kind,
 * period and organisation (whether it anchors a school's folder, the plan a ППН's period must fit),
 * its suppressions, and the tables that list pairs; its text only when it lists pairs, since findings
 * land on those rows (and on ППН) only. test/cli-batch-memory.test.ts holds the checks to the same
 * findings over these as over the whole documents.
 */
export interface FolderInput {
  model: DocumentModel;
  text: string;
}

export function reportDiagnostics(diagnostics: Analysis['diagnostics'], index: LineIndex): ReportedDiagnostic[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    start: d.span.start,
    range: { start: index.position(d.span.start), end: index.position(d.span.end) },
  }));
}

export function fileReport(path: string, text: string, analysis: Analysis, scores?: Scores): FileReport {
  const index = new LineIndex(text);
  const { model } = analysis;
  return {
    path,
    meta: model.meta,
    diagnostics: reportDiagnostics(analysis.diagnostics, index),
    ...(scores ? { scores } : {}),
    tableLines: model.tables.map((t) => index.position(t.span.start).line + 1),
  };
}

export function folderInput(model: DocumentModel, text: string): FolderInput {
  if (isPersonalProgram(model)) return { model, text };
  const tables = model.tables.filter((t) => readPairTable(t).length > 0);
  const { kind, kindSource, profileSource, periodSource, period, organization, title } = model.meta;
  const meta: DocumentMeta = { kind, kindSource, profileSource, periodSource, period, organization, title };
  const slim: DocumentModel = {
    meta,
    sections: [],
    tables,
    suppressions: model.suppressions,
    looksRelevant: model.looksRelevant,
    length: model.length,
  };
  return { model: slim, text: tables.length > 0 ? text : '' };
}

/** A report as `check` keeps it until the end of the run (see the top of this file). */
export interface KeptReport {
  path: string;
  /** The FileReport, serialised (node:v8). */
  printed: Uint8Array;
  /** The FolderInput, serialised. */
  folder: Uint8Array;
  /** Diagnostics by severity, the folder checks' included once they ran: summary, totals, exit status. */
  counts: Record<Severity, number>;
}

export function countBySeverity(diagnostics: readonly { severity: Severity }[], into = { error: 0, warning: 0, info: 0, hint: 0 }) {
  for (const d of diagnostics) into[d.severity]++;
  return into;
}

/** Serialised, the report holds no string the core cut from the text (V8 keeps a whole text alive for any slice of it). */
export function keepReport(report: FileReport, folder: FolderInput): KeptReport {
  return { path: report.path, printed: serialize(report), folder: serialize(folder), counts: countBySeverity(report.diagnostics) };
}

/** The report back, with what the folder checks found on the file sorted in among its own diagnostics. */
export function openReport(kept: KeptReport, found: readonly ReportedDiagnostic[] = []): FileReport {
  const report = deserialize(kept.printed) as FileReport;
  if (found.length > 0) {
    report.diagnostics.push(...found);
    report.diagnostics.sort(
      (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
    );
  }
  return report;
}

export function openFolderInput(kept: KeptReport): FolderInput {
  return deserialize(kept.folder) as FolderInput;
}
