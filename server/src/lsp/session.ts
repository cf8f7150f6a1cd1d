/**
 * One server's state, for one connection: the open documents, their analyses, `.nastavnik.json`
 * per folder, the client's capabilities and the settings. `createServer` makes one per connection,
 * so two servers in one process (the in-process protocol tests) share nothing.
 */
import { SLICE_MS } from './in-steps';
import { type CancellationToken, type Connection, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { type Analysis, allProfiles, type AnalyzeOptions } from '../core/analyze';
import type { WorkspaceConfig } from '../core/config';
import type { Locale } from '../core/diagnostic';
import type { Profile } from '../core/domain/profiles';
import { type ClientInfo, UNKNOWN_CLIENT } from './client-info';
import { AnalysisCache, type Analyzer, incrementalAnalyzer } from './documents';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { ConfigLookup } from '../environment/config-lookup';
import { chooseLocale, type LocaleEnv } from '../environment/locale';

/** An open document with the analysis of its current text. */
export interface OpenDocument {
  document: TextDocument;
  analysis: Analysis;
}

/** A request the client cancelled before it ran: answered as cancelled, nothing computed. */
export function cancelled(): never {
  throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

export class Session {
  /** Open documents; each edit is told to the analysis cache as it is applied (see `applyChanges`). */
  readonly documents = new TextDocuments({
    create: TextDocument.create,
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) =>
      this.applyChanges(document, changes, version),
  });
  readonly configs: ConfigLookup;
  readonly cache: AnalysisCache;
  client: ClientInfo = UNKNOWN_CLIENT;
  settings: Settings = DEFAULT_SETTINGS;
  /** Bumped whenever settings or a config file change: part of every pull report's resultId. */
  generation = 0;
  /** Analyze options per config file: the same object while nothing changes, so the cache can compare by identity. */
  private readonly optionsMemo = new Map<string, AnalyzeOptions>();

  constructor(
    readonly connection: Connection,
    analyzer: Analyzer = incrementalAnalyzer(),
    /** The process environment: NASTAVNIK_LOCALE and the system language (a test passes its own). */
    private readonly env: LocaleEnv = process.env,
    /** Today's date for rules that judge against it (a personalised programme's overdue activities); none: they stay silent. */
    readonly today: () => string | undefined = () => undefined,
    /** How long a big document's warm-up runs between turns of the event loop (lsp/in-steps.ts). */
    sliceMs = SLICE_MS,
  ) {
    this.configs = new ConfigLookup({
      onProblems: ({ path, loaded }) => {
        const locale = this.locale();
        for (const p of loaded.problems) {
          connection.console.warn(`${path}: ${p.message[locale]}`);
          void connection.window.showWarningMessage(`${path}: ${p.message[locale]}`);
        }
      },
    });
    this.cache = new AnalysisCache((uri) => this.optionsFor(uri), analyzer, sliceMs);
  }

  /**
   * TextDocument.update, one change at a time, each first told to the analysis cache with its offsets
   * in the text it applies to: a document's parse cache then knows which row an edit touched (core/read/incremental.ts).
   */
  private applyChanges(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    if (changes.length === 0) return TextDocument.update(document, changes, version);
    for (const change of changes) {
      if ('range' in change && change.range) {
        const a = document.offsetAt(change.range.start);
        const b = document.offsetAt(change.range.end);
        this.cache.edited(document.uri, { start: Math.min(a, b), end: Math.max(a, b), inserted: change.text.length });
      } else {
        this.cache.edited(document.uri, undefined);
      }
      document = TextDocument.update(document, [change], version);
    }
    return document;
  }

  optionsFor(uri: string): AnalyzeOptions {
    const found = this.configs.forUri(uri);
    const today = this.today();
    // The date is part of the key: the day after, overdue activities are judged again.
    const key = `${found.path ?? ''}\u0000${today ?? ''}`;
    let options = this.optionsMemo.get(key);
    if (!options) {
      options = { config: found.loaded.config, severities: this.settings.rules, ...(today ? { today } : {}) };
      this.optionsMemo.set(key, options);
    }
    return options;
  }

  configFor(uri: string): WorkspaceConfig {
    return this.configs.forUri(uri).loaded.config;
  }

  profilesFor(uri: string): Profile[] {
    return allProfiles(this.configFor(uri));
  }

  /** The locale of a document's messages, in the one order of environment/locale.ts (the document's `.nastavnik.json` included). */
  localeFor(uri: string): Locale {
    return chooseLocale({ setting: this.settings.locale, config: this.configFor(uri).locale, editor: this.client.locale, env: this.env });
  }

  /** The locale of messages about no one document: the same order, with the first workspace folder's `.nastavnik.json`. */
  locale(): Locale {
    const root = this.client.roots[0];
    const config = root === undefined ? undefined : this.configs.forDir(root).loaded.config.locale;
    return chooseLocale({ setting: this.settings.locale, config, editor: this.client.locale, env: this.env });
  }

  /** Settings or a config file changed: every analysis made with the old ones is forgotten. */
  forgetAnalyses(): void {
    this.generation++;
    this.optionsMemo.clear();
    this.cache.clear();
  }

  /**
   * The open document and its analysis. A big document opened cold is parsed in slices first (other
   * documents are answered meanwhile); a request the client cancelled while it waited is answered as cancelled.
   */
  async analysisOf(uri: string, token?: CancellationToken): Promise<OpenDocument | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const analysis = await this.cache.latest(document, () => this.documents.get(uri) === document);
    if (token?.isCancellationRequested) cancelled();
    return analysis ? { document, analysis } : undefined;
  }

  /** Logs an exception a handler caught (with its stack: the log is where bug reports come from). */
  logFailure(what: string, error: unknown): void {
    this.connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  /** Runs an async handler; an exception is logged and becomes the fallback answer (a cancellation goes through). */
  async safely<T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      this.logFailure(what, error);
      return fallback;
    }
  }
}
