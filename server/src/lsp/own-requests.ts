/**
 * Nastavnik's own requests on top of LSP (protocol.ts): a document's scores, the list of rules, and
 * the check of every Markdown file in the workspace with progress, Word import and export, and the
 * HTML of the Markdown preview's blocks and of the dashboard (preview-requests.ts).
 */
import { pathToFileURL } from 'node:url';
import { type CancellationToken, ErrorCodes, RequestType, ResponseError, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../core/rules';
import { FOLDER_RULES } from '../core/workspace/rules';
import { ruleDocUri } from '../environment/rule-docs';
import { computeScores } from '../core/scores';
import type { DiagnosticsChannel } from './diagnostics';
import { analyzeInSteps } from './documents';
import {
  CHECK_WORKSPACE_REQUEST,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  RULES_REQUEST,
  type RuleInfo,
  SCORES_REQUEST,
  type ScoresParams,
  type ScoresResult,
} from './protocol';
import { cancelled, type Session } from './session';
import { uriToPath } from '../environment/config-lookup';
import { checkWorkspace } from './workspace-check';
import { listenToPreviewRequests } from './preview-requests';
import { EXPORT_WORD_REQUEST, IMPORT_WORD_REQUEST, type WordRequest, type WordResult } from './word-protocol';
import { exportWordFile, importWordFile } from './word-requests';

export function listenToOwnRequests(session: Session, diagnostics: DiagnosticsChannel): void {
  const { connection } = session;
  connection.onRequest(new RequestType<ScoresParams, ScoresResult, void>(SCORES_REQUEST), (params, token) =>
    scores(session, params, token),
  );
  connection.onRequest(new RequestType<Record<string, never>, RuleInfo[], void>(RULES_REQUEST), () => {
    const locale = session.locale();
    return [...RULES, ...FOLDER_RULES].map((r) => ({ code: r.code, title: r.title[locale], url: ruleDocUri(r.code) }));
  });
  connection.onRequest(new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>(CHECK_WORKSPACE_REQUEST), (params, token) =>
    workspace(session, diagnostics, params ?? {}, token),
  );
  // «Импорт из Word…» / «Экспорт в Word»: the same conversion modules as the CLI (word-requests.ts).
  connection.onRequest(new RequestType<WordRequest, WordResult, void>(IMPORT_WORD_REQUEST), (params) => importWordFile(params));
  connection.onRequest(new RequestType<WordRequest, WordResult, void>(EXPORT_WORD_REQUEST), (params) =>
    exportWordFile(params, typeof params?.path === 'string' ? session.configFor(pathToFileURL(params.path).toString()) : undefined),
  );
  // The Markdown preview's blocks and the dashboard, rendered here from the open document's analysis.
  listenToPreviewRequests(session, diagnostics.folders);
}

async function scores(session: Session, params: ScoresParams | null, token: CancellationToken): Promise<ScoresResult> {
  if (token.isCancellationRequested) cancelled();
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  const notOpen = () => new ResponseError(ErrorCodes.InvalidParams, `Документ не открыт: ${String(uri)} / Document is not open`);
  if (!uri || !session.documents.get(uri)) throw notOpen();
  try {
    const open = await session.analysisOf(uri, token);
    if (!open) throw notOpen(); // closed while it was being parsed
    const { document, analysis } = open;
    const meta = analysis.model.meta;
    return {
      ...computeScores(analysis.model, session.profilesFor(uri), { today: session.today() }),
      meta: {
        uri,
        version: document.version,
        kind: meta.kind,
        profile: meta.profile ?? null,
        period: meta.period?.text ?? null,
        title: meta.title ?? null,
      },
    };
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    session.logFailure('scores', error);
    throw new ResponseError(ErrorCodes.InternalError, 'scores failed');
  }
}

async function workspace(
  session: Session,
  diagnostics: DiagnosticsChannel,
  params: CheckWorkspaceParams,
  token: CancellationToken,
): Promise<CheckWorkspaceResult> {
  const { connection, documents } = session;
  const roots = await workspaceRoots(session);
  const { reporter, token: progressToken } = await progressReporter(session, params);
  reporter.begin(session.locale() === 'ru' ? 'Наставник: проверка документов' : 'Nastavnik: checking documents', 0, undefined, true);
  try {
    const summary = await checkWorkspace(roots, {
      visit: async (uri, readText) => {
        const open = documents.get(uri);
        if (open) {
          // Open documents keep their own diagnostics (pull, or pushed on change); only push mode re-sends.
          if (!session.client.pullDiagnostics) diagnostics.publish(open);
          return session.cache.latest(open, () => documents.get(uri) === open);
        }
        const document = TextDocument.create(uri, 'markdown', 0, readText());
        const analysis = await analyzeInSteps(document.getText(), session.optionsFor(uri));
        return diagnostics.publishUnopened(document, analysis);
      },
      progress: (done, total, file) => reporter.report(total ? Math.round((done / total) * 100) : 100, file),
      cancelled: () => token.isCancellationRequested || progressToken?.isCancellationRequested === true,
    });
    connection.console.log(`workspace check: ${summary.files} files, ${summary.counts.error} errors, ${summary.counts.warning} warnings`);
    return summary;
  } finally {
    reporter.done();
  }
}

async function workspaceRoots(session: Session): Promise<string[]> {
  if (session.client.workspaceFolders) {
    try {
      const folders = await session.connection.workspace.getWorkspaceFolders();
      if (folders) return folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    } catch {
      // fall back to the folders given at start
    }
  }
  return session.client.roots;
}

/** Progress for the workspace check: on the client's token, else one the server creates, else none. */
async function progressReporter(
  session: Session,
  params: CheckWorkspaceParams,
): Promise<{ reporter: WorkDoneProgressReporter; token?: CancellationToken }> {
  const { window } = session.connection;
  if (params.workDoneToken !== undefined || !session.client.workDoneProgress)
    return { reporter: window.attachWorkDoneProgress(params.workDoneToken) };
  try {
    const reporter = await window.createWorkDoneProgress();
    return { reporter, token: reporter.token };
  } catch {
    return { reporter: window.attachWorkDoneProgress(undefined) };
  }
}
