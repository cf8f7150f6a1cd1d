/**
 * The language server: a thin adapter from LSP to the core, built on whatever connection it is given
 * (stdio or IPC in server.ts, a pair of in-memory streams in the tests). Owns settings, document
 * sync, `.nastavnik.json` lookup and the choice of pull or push diagnostics; every diagnostic and
 * number comes from the core. No handler lets an exception escape: a failure is logged and answered
 * with an empty result, so a bad document or request never takes the server down.
 */
import { type CancellationToken, type Connection, DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import { codeActions } from './code-actions';
import { createProgramActions } from './create-program-action';
import { readClientInfo, serverCapabilities } from './client-info';
import { DiagnosticsChannel } from './diagnostics';
import type { Analyzer } from './documents';
import { codeLenses, completion, documentSymbols, foldingRanges, hover, templateCompletion } from './features';
import { formatEdits } from './formatting';
import { listenToOwnRequests } from './own-requests';
import { cancelled, type OpenDocument, Session } from './session';
import { fetchSettings } from './settings';
import { CONFIG_NAME } from '../environment/config-lookup';
import type { LocaleEnv } from '../environment/locale';
import { localToday } from '../environment/today';

/** What the server takes from the process it runs in, so a test can give it something else. */
export interface ServerEnvironment {
  /** Today as YYYY-MM-DD in the user's time zone: completion and quick fixes offer dates from it. */
  today(): string;
  /** How open documents are analysed (default: incremental, with parse caches for the recently edited). */
  analyzer?: Analyzer;
  /** Environment variables: NASTAVNIK_LOCALE and the system language (default: the process's). */
  env?: LocaleEnv;
  /** How long a big document's warm-up runs between turns of the event loop (default 4 ms; a test sets 0: one step a turn). */
  sliceMs?: number;
}

export const nodeEnvironment: ServerEnvironment = { today: () => localToday() };

/** Registers every handler on the connection and starts listening. One server per connection; they share nothing. */
export function createServer(connection: Connection, environment: ServerEnvironment = nodeEnvironment): void {
  const session = new Session(connection, environment.analyzer, environment.env, () => environment.today(), environment.sliceMs);
  const diagnostics = new DiagnosticsChannel(session);

  /**
   * A handler over one open document's analysis: a request cancelled before it ran is answered as
   * cancelled; an unknown or closed document gets `fallback`; an exception is logged and gets `fallback`.
   */
  const analysed =
    <P extends { textDocument: { uri: string } }, R>(what: string, fallback: NoInfer<R>, answer: (open: OpenDocument, params: P) => R) =>
    (params: P, token: CancellationToken): Promise<R> => {
      if (token.isCancellationRequested) cancelled();
      return session.safely(what, fallback, async () => {
        const open = await session.analysisOf(params.textDocument.uri, token);
        return open ? answer(open, params) : fallback;
      });
    };

  // ─── Lifecycle and settings ────────────────────────────────────────────────────────────────────
  connection.onInitialize((params) => {
    session.client = readClientInfo(params);
    return { capabilities: serverCapabilities(session.client), serverInfo: { name: 'nastavnik', version: '0.1.0' } };
  });
  const refresh = async (pushed?: unknown): Promise<void> => {
    session.settings = await fetchSettings(connection, session.client.configuration, pushed);
    session.forgetAnalyses();
    diagnostics.recheckAll();
  };
  connection.onInitialized(() => {
    if (session.client.watchedFilesRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          // Markdown files too: a school folder's checks read its documents that are not open (folder-diagnostics.ts).
          watchers: [{ globPattern: `**/${CONFIG_NAME}` }, { globPattern: '**/*.{md,markdown}' }],
        })
        .catch(() => undefined);
    }
    void refresh();
  });
  connection.onDidChangeConfiguration((params) => void refresh((params.settings as Record<string, unknown> | null)?.nastavnik));
  connection.onDidChangeWatchedFiles((params) => {
    const markdown = params.changes.filter((c) => /\.(md|markdown)$/i.test(c.uri)).map((c) => c.uri);
    if (markdown.length > 0) diagnostics.filesChanged(markdown);
    if (markdown.length === params.changes.length) return;
    connection.console.log(`${CONFIG_NAME} changed: checking open documents again`);
    session.configs.clear();
    session.forgetAnalyses();
    diagnostics.recheckAll();
  });

  // ─── Language features ─────────────────────────────────────────────────────────────────────────
  connection.onHover(
    analysed('hover', null, ({ document, analysis }, params) => {
      const uri = document.uri;
      return hover(
        document,
        analysis,
        session.profilesFor(uri),
        document.offsetAt(params.position),
        session.localeFor(uri),
        environment.today(),
      );
    }),
  );
  connection.onCompletion(
    analysed('completion', null, ({ document, analysis }, params) => {
      const uri = document.uri;
      const config = session.configFor(uri);
      const locale = session.localeFor(uri);
      const offset = document.offsetAt(params.position);
      const list = completion(
        document,
        analysis,
        { profiles: session.profilesFor(uri), config, today: environment.today() },
        offset,
        locale,
      );
      if (session.client.contributesSnippets) return list;
      const templates = templateCompletion(document, analysis, offset, session.client.snippetSupport, locale);
      if (templates.items.length === 0) return list;
      // Nothing typed yet: ask again on the next keystroke, which picks the Russian or Latin labels.
      const isIncomplete = (list?.isIncomplete ?? false) || templates.typed === '';
      return { isIncomplete, items: [...(list?.items ?? []), ...templates.items] };
    }),
  );
  connection.onDocumentSymbol(
    analysed('documentSymbol', [], ({ document, analysis }) => documentSymbols(document, analysis, session.localeFor(document.uri))),
  );
  connection.onFoldingRanges(analysed('foldingRange', [], ({ document, analysis }) => foldingRanges(document, analysis)));
  connection.onCodeLens(
    analysed('codeLens', [], ({ document, analysis }) =>
      diagnostics.lenses.serve(
        document.uri,
        codeLenses(document, analysis, session.profilesFor(document.uri), session.localeFor(document.uri), environment.today()),
      ),
    ),
  );
  connection.onCodeAction(
    analysed('codeAction', [], ({ document, analysis }, params) => {
      const uri = document.uri;
      const locale = session.localeFor(uri);
      return [
        ...codeActions(document, analysis, params, locale, {
          profiles: session.profilesFor(uri),
          today: environment.today(),
        }),
        // A folder check's fix: a new file, not an edit of this document.
        ...createProgramActions(uri, params, locale, session.client.createFiles === true),
      ];
    }),
  );
  connection.onDocumentFormatting(analysed('formatting', [], ({ document, analysis }) => formatEdits(document, analysis)));
  connection.onDocumentRangeFormatting(
    analysed('rangeFormatting', [], ({ document, analysis }, params) => formatEdits(document, analysis, params.range)),
  );

  diagnostics.listen();
  listenToOwnRequests(session, diagnostics);
  session.documents.listen(connection);
  connection.listen();
}
