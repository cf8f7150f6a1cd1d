/** Core results → LSP types. The only place that knows both. */
import { type Diagnostic as LspDiagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Diagnostic, type Locale, ruleDocUrl, type Severity } from '../core/diagnostic';
import type { Span } from '../core/model';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toLspDiagnostic(document: TextDocument, d: Diagnostic, locale: Locale): LspDiagnostic {
  return {
    range: toRange(document, d.span),
    severity: SEVERITY[d.severity],
    source: 'nastavnik',
    code: d.code,
    codeDescription: { href: ruleDocUrl(d.code) },
    message: d.message[locale],
    data: { ...(d.data ?? {}), code: d.code, version: document.version },
  };
}
