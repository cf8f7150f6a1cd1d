/**
 * The quick fix «Создать персонализированную программу» of `pair-without-program`: a workspace edit
 * that creates the pair's ППН next to the list of pairs, its text from the core
 * (core/workspace/personal-program-file.ts) with the pair's names, form and period filled in.
 * Offered only to clients that apply edits creating files.
 */
import { type CodeAction, CodeActionKind, type CodeActionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../core/diagnostic';
import type { MissingProgramData } from '../core/workspace/folder-checks';
import { personalProgramFile } from '../core/workspace/personal-program-file';
import { PAIR_WITHOUT_PROGRAM } from '../core/workspace/rules';
import { uriToPath } from '../environment/config-lookup';

/** The report's data as the client echoes it back: checked field by field, never trusted. */
function programData(data: unknown): MissingProgramData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const mentor = text(d.mentor);
  const mentee = text(d.mentee);
  if (!mentor || !mentee) return undefined;
  const p = d.period as Record<string, unknown> | undefined;
  const period =
    p && typeof p === 'object' && text(p.start) && text(p.end) && text(p.text)
      ? { start: String(p.start), end: String(p.end), text: String(p.text) }
      : undefined;
  const optional = (key: 'mentorPosition' | 'menteePosition' | 'form') => (text(d[key]) ? { [key]: text(d[key]) } : {});
  return {
    mentor,
    mentee,
    ...optional('mentorPosition'),
    ...optional('menteePosition'),
    ...optional('form'),
    ...(period ? { period } : {}),
  };
}

export function createProgramActions(uri: string, params: CodeActionParams, locale: Locale, canCreate: boolean): CodeAction[] {
  const only = params.context.only;
  if (!canCreate || (only && only.length > 0 && !only.some((o) => CodeActionKind.QuickFix.startsWith(o)))) return [];
  const path = uriToPath(uri);
  if (!path) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.code !== PAIR_WITHOUT_PROGRAM || diagnostic.source !== 'nastavnik') continue;
    const data = programData(diagnostic.data);
    if (!data) continue;
    const folder = dirname(path);
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      // an unreadable folder: the name is chosen without knowing the others
    }
    const file = personalProgramFile(
      data,
      pathToFileURL(path).href,
      names.map((n) => pathToFileURL(join(folder, n)).href),
    );
    const edit: WorkspaceEdit = {
      documentChanges: [
        { kind: 'create', uri: file.uri, options: { overwrite: false, ignoreIfExists: true } },
        {
          textDocument: { uri: file.uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.text }],
        },
      ],
    };
    actions.push({
      title: locale === 'ru' ? `Создать персонализированную программу (${file.name})` : `Create the personalised programme (${file.name})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit,
    });
  }
  return actions;
}
