/** Core results → LSP types. The only place that knows both. */
import {
  type CodeLens,
  type CompletionItem,
  CompletionItemKind,
  type Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  MarkupKind,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Candidate, CandidateKind } from '../core/editing/completion';
import type { Diagnostic, Locale, Severity } from '../core/diagnostic';
import type { TextEdit } from '../core/editing/edits';
import type { Lens } from '../core/editing/lens';
import type { Span } from '../core/model';
import { TOO_MANY_PROBLEMS } from './problem-cap';
import { ruleLink } from './rule-links';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  const a = document.offsetAt(range.start);
  const b = document.offsetAt(range.end);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** `link` gives the rule page's address for this client (rule-links.ts); by default the page's own address. */
export function toLspDiagnostic(
  document: TextDocument,
  d: Diagnostic,
  locale: Locale,
  link: (code: string) => string = (code) => ruleLink({}, code),
): LspDiagnostic {
  return {
    range: toRange(document, d.span),
    severity: SEVERITY[d.severity],
    source: 'nastavnik',
    code: d.code,
    // The notice of problem-cap.ts is no rule: no rule page to link.
    codeDescription: d.code === TOO_MANY_PROBLEMS ? undefined : { href: link(d.code) },
    message: d.message[locale],
    data: lspData(d),
  };
}

/**
 * The diagnostic's `data` with its code, made once per data object: while someone types, a rule's
 * remembered report keeps its data object between keystrokes (rules/row-rule.ts), and copying
 * a thousand of them per keystroke cost more than the rest of the conversion. Read-only, like the data.
 */
const dataWithCode = new WeakMap<object, Record<string, unknown>>();
function lspData(d: Diagnostic): Record<string, unknown> {
  if (!d.data) return { code: d.code };
  let data = dataWithCode.get(d.data);
  if (data?.code !== d.code) {
    data = { ...d.data, code: d.code };
    dataWithCode.set(d.data, data);
  }
  return data;
}

export function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(document, edit), newText: edit.newText };
}

const KIND: Record<CandidateKind, CompletionItemKind> = {
  stage: CompletionItemKind.Module,
  role: CompletionItemKind.Class,
  person: CompletionItemKind.Reference,
  used: CompletionItemKind.Text,
  month: CompletionItemKind.Unit,
  date: CompletionItemKind.Value,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
};

export function toCompletionItem(document: TextDocument, replace: Span, c: Candidate, locale: Locale): CompletionItem {
  const range = toRange(document, replace);
  return {
    label: c.label,
    kind: KIND[c.kind],
    detail: c.detail?.[locale],
    documentation: c.documentation ? { kind: MarkupKind.PlainText, value: c.documentation } : undefined,
    sortText: c.sortText,
    // Filter on the text being replaced, so «кур» finds «Куратор» wherever the cursor is in the cell.
    filterText: c.label,
    textEdit: { range, newText: c.insertText ?? c.label },
  };
}

/** The client's command that opens the scores for a document; lens titles are its labels. */
export const SHOW_SCORES_COMMAND = 'nastavnik.showScores';

export function toCodeLens(document: TextDocument, lens: Lens, locale: Locale): CodeLens {
  return {
    range: toRange(document, lens.span),
    command: { title: lens.title[locale], command: SHOW_SCORES_COMMAND, arguments: [document.uri] },
  };
}
