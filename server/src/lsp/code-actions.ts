/**
 * Code actions: the core's fixes (core/fixes) as LSP quick fixes, refactors and the source action
 * `source.fixAll.nastavnik`. Thin: matching LSP diagnostics to core ones, converting offsets, titles
 * in the user's locale.
 */
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import type { Diagnostic, Locale } from '../core/diagnostic';
import type { TextEdit } from '../core/editing/edits';
import { type Fix, type FixOptions, fixAll, fixesAt, fixesForDiagnostic } from '../core/fixes';
import type { Span } from '../core/model';
import { localToday } from '../environment/today';
import { toLspDiagnostic, toLspEdit, toSpan } from './convert';

/** The source action kind the server registers and answers (editor.codeActionsOnSave may ask for it). */
export const FIX_ALL_KIND = 'source.fixAll.nastavnik';
/** Every kind codeActions can return, for the server capability `codeActionKinds`. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

const FIX_ALL_TITLE = {
  ru: 'Наставник: исправить всё, что можно исправить автоматически',
  en: 'Nastavnik: fix everything that can be fixed automatically',
};

/** Does the client's `only` filter let this kind through? (`source` lets `source.fixAll.nastavnik` through.) */
function wanted(only: readonly string[] | undefined, kind: string, askedExplicitly = false): boolean {
  if (!only || only.length === 0) return !askedExplicitly;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

const intersects = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/**
 * options: workspace profiles (insert-stage reads stage titles from them) and today's date (a
 * missing period is proposed from it); today defaults to the clock here, never in the core.
 */
export function codeActions(
  doc: TextDocument,
  analysis: Analysis,
  params: CodeActionParams,
  locale: Locale,
  options: FixOptions = {},
): CodeAction[] {
  const text = doc.getText();
  // The analysis must be of this very text: edits at offsets of another version would corrupt it.
  if (analysis.model.length !== text.length) return [];
  const only = params.context.only;
  const fixOptions: FixOptions = { today: localToday(), ...options };
  const span = toSpan(doc, params.range);
  const actions: CodeAction[] = [];
  const edit = (edits: readonly TextEdit[]) => ({ changes: { [doc.uri]: edits.map((e) => toLspEdit(doc, e)) } });

  if (wanted(only, CodeActionKind.QuickFix)) {
    for (const d of analysis.diagnostics) {
      if (!intersects(d.span, span)) continue;
      const lspDiagnostic = matching(doc, d, params.context.diagnostics) ?? toLspDiagnostic(doc, d, locale);
      for (const fix of fixesForDiagnostic(text, analysis, d, fixOptions)) {
        actions.push(action(fix, locale, edit(fix.edits), [lspDiagnostic]));
      }
    }
  }
  if (wanted(only, CodeActionKind.RefactorRewrite)) {
    for (const fix of fixesAt(text, analysis, span, fixOptions)) {
      // The spelling fix already offered as a quick fix of a diagnostic on this cell is not repeated.
      if (actions.some((a) => a.title === fix.title[locale])) continue;
      actions.push(action(fix, locale, edit(fix.edits)));
    }
  }
  if (wanted(only, FIX_ALL_KIND, true)) {
    const edits = fixAll(text, analysis, fixOptions);
    if (edits.length > 0) actions.push({ title: FIX_ALL_TITLE[locale], kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return actions;
}

function action(fix: Fix, locale: Locale, edit: CodeAction['edit'], diagnostics?: LspDiagnostic[]): CodeAction {
  return {
    title: fix.title[locale],
    kind: fix.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    diagnostics,
    isPreferred: fix.preferred,
    edit,
  };
}

/** The client's copy of a core diagnostic: same code and range (clients echo what we published). */
function matching(doc: TextDocument, d: Diagnostic, sent: readonly LspDiagnostic[]): LspDiagnostic | undefined {
  return sent.find(
    (s) =>
      s.code === d.code &&
      s.source === 'nastavnik' &&
      doc.offsetAt(s.range.start) === d.span.start &&
      doc.offsetAt(s.range.end) === d.span.end,
  );
}
