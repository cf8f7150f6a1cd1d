/**
 * Analyses per open document, cached by version: every feature (diagnostics, hover, symbols…) of one
 * version reads one analysis; a newer version replaces the older result.
 *
 * The analysis itself goes through an `Analyzer`, keyed by document URI, so an incremental one (that
 * re-parses only the blocks an edit touched and keeps its own per-document state) plugs in here
 * without the server changing. The default analyses the whole text each time.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, analyze, type AnalyzeOptions } from '../core/analyze';
import type { ParseCache, TextChange } from '../core/read/incremental';
import { createParseCache, warmParseCache } from '../core/read/parse';
import { runInSteps, SLICE_MS } from './in-steps';

export interface Analyzer {
  analyze(key: string, text: string, options: AnalyzeOptions): Analysis;
  /**
   * Work that would make `analyze(key, text)` long (parsing a big document cold), as small steps for
   * the caller to run between other work; undefined when `analyze` will be quick anyway.
   */
  prepare?(key: string, text: string, options: AnalyzeOptions): Iterator<unknown> | undefined;
  /** The document is closed or the settings changed: drop whatever is kept for it. */
  forget?(key: string): void;
  /** An edit of the document, as the editor sent it (undefined: the whole text replaced); before its next `analyze`. */
  edited?(key: string, change: TextChange | undefined): void;
}

export const wholeTextAnalyzer: Analyzer = { analyze: (_key, text, options) => analyze(text, options) };

/**
 * How many documents keep a parse cache. A cache holds the syntax tree of every block and row (about
 * 1 MB per 50-row roadmap), and only documents being typed in need one: with 200 open documents the
 * server stayed above 300 MB. The least recently analysed document loses its cache first; its next
 * edit is parsed whole once and it has a cache again.
 */
export const PARSE_CACHE_DOCUMENTS = 8;

/**
 * Texts this long are parsed ahead in steps when their cache is cold (≈ 0.15 s of parsing, 300 rows):
 * shorter ones are parsed at once, quicker than a round through the event loop.
 */
export const WARM_MIN_CHARS = 200_000;
/** A change of length beyond this (a paste, a reload from disk) is treated as cold again. */
export const WARM_NEW_CHARS = 50_000;

/**
 * The server's analyzer: a parse cache for each recently analysed document, so a keystroke re-parses
 * only the block (or table row) it changed. The model, rules and scores still run over the whole document.
 */
export function incrementalAnalyzer(limit = PARSE_CACHE_DOCUMENTS, makeCache: () => ParseCache = () => createParseCache(true)): Analyzer {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const caches = new Map<string, ParseCache>();
  const cacheFor = (key: string): ParseCache => {
    let cache = caches.get(key);
    if (cache) caches.delete(key);
    else cache = makeCache();
    caches.set(key, cache);
    while (caches.size > limit) caches.delete(caches.keys().next().value!);
    return cache;
  };
  return {
    analyze: (key, text, options) => analyze(text, { ...options, parseCache: cacheFor(key) }),
    prepare: (key, text) => (text.length < WARM_MIN_CHARS ? undefined : warmParseCache(text, cacheFor(key), WARM_NEW_CHARS)),
    forget: (key) => void caches.delete(key),
    // Only a cache that exists hears of edits: a new one starts from a whole parse anyway.
    edited: (key, change) => caches.get(key)?.noteChange(change),
  };
}

/**
 * A document that is not open (the workspace check), analysed without holding the server up: a big
 * one is parsed in slices first, through a cache of its own that is dropped afterwards.
 */
export async function analyzeInSteps(text: string, options: AnalyzeOptions): Promise<Analysis> {
  if (text.length < WARM_MIN_CHARS) return analyze(text, options);
  const parseCache = createParseCache();
  const steps = warmParseCache(text, parseCache);
  if (steps) await runInSteps(steps);
  return analyze(text, { ...options, parseCache });
}

interface Entry {
  version: number;
  analysis: Analysis;
  options: AnalyzeOptions;
}

/** Warm-ups of one document in a row before it is analysed as it stands (its text kept changing a lot). */
const MAX_WARM_ROUNDS = 4;

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Warm-ups run one at a time: this is the last one queued. */
  private queue: Promise<void> = Promise.resolve();
  /** The queued or running warm-up per document. */
  private readonly warming = new Map<string, { document: TextDocument; job: Promise<void> }>();

  /**
   * `optionsFor` gives the settings a document is analysed with (its `.nastavnik.json`, editor
   * overrides); `sliceMs` how long a warm-up runs between turns of the event loop (0: one step per
   * turn, which the tests use to see the turns without depending on the clock).
   */
  constructor(
    private readonly optionsFor: (uri: string) => AnalyzeOptions,
    private readonly analyzer: Analyzer = wholeTextAnalyzer,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** The analysis of the document's current text, computed now if it is not cached (may take long: see `latest`). */
  get(document: TextDocument): Analysis {
    const hit = this.fresh(document);
    if (hit) return hit;
    const options = this.optionsFor(document.uri);
    const analysis = this.analyzer.analyze(document.uri, document.getText(), options);
    this.entries.set(document.uri, { version: document.version, analysis, options });
    return analysis;
  }

  /**
   * The analysis of the document's current text, without holding the server up: a big document whose
   * parse cache is cold is parsed ahead in slices between other messages (one such document at a
   * time, in the order asked), then analysed; everything else is analysed at once. Edits that arrive
   * meanwhile are included — the analysis is of the text current when it resolves. Undefined when
   * the document was closed first (`isOpen`).
   */
  async latest(document: TextDocument, isOpen: () => boolean): Promise<Analysis | undefined> {
    const uri = document.uri;
    if (!isOpen()) return undefined;
    const hit = this.fresh(document);
    if (hit) return hit;
    const pending = this.warming.get(uri);
    // A warm-up of the same document object (a document closed and opened again is a new one).
    if (pending?.document === document) await pending.job;
    else {
      const steps = this.analyzer.prepare?.(uri, document.getText(), this.optionsFor(uri));
      if (!steps) return this.get(document); // quick: no waiting behind another document's warm-up
      const job = this.queue.then(() => this.warm(document, steps, isOpen));
      this.queue = job;
      this.warming.set(uri, { document, job });
      await job;
      if (this.warming.get(uri)?.job === job) this.warming.delete(uri);
    }
    // The warm-up analysed the text as it was when it ended; whatever changed since is parsed now.
    return isOpen() ? this.get(document) : undefined;
  }

  /**
   * One document's warm-up: parse ahead in slices until the analyzer has nothing more to prepare
   * (the text may have changed since `first` was made, and may change meanwhile), then analyse in the
   * same turn, so no other document's analysis can take its cache in between. Never rejects: the
   * queue of warm-ups must go on.
   */
  private async warm(document: TextDocument, first: Iterator<unknown>, isOpen: () => boolean): Promise<void> {
    try {
      let steps: Iterator<unknown> | undefined = first;
      for (let round = 0; steps && round < MAX_WARM_ROUNDS; round++) {
        if (!(await runInSteps(steps, () => !isOpen(), this.sliceMs))) return;
        steps = this.analyzer.prepare!(document.uri, document.getText(), this.optionsFor(document.uri));
      }
      if (isOpen()) this.get(document);
    } catch {
      // The caller's `get` meets the same failure and reports it as every analysis failure is reported.
    }
  }

  private fresh(document: TextDocument): Analysis | undefined {
    const hit = this.entries.get(document.uri);
    return hit && hit.version === document.version && hit.options === this.optionsFor(document.uri) ? hit.analysis : undefined;
  }

  /** The cached analysis of exactly this version, if any (never analyses). */
  peek(uri: string, version: number): Analysis | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version ? hit.analysis : undefined;
  }

  /** The document's text is being edited (lsp/session.ts reports each change before applying it). */
  edited(uri: string, change: TextChange | undefined): void {
    this.analyzer.edited?.(uri, change);
  }

  drop(uri: string): void {
    this.entries.delete(uri);
    this.analyzer.forget?.(uri);
  }

  clear(): void {
    for (const uri of this.entries.keys()) this.analyzer.forget?.(uri);
    this.entries.clear();
  }
}
