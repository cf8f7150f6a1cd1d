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
import type { ParseCache } from '../core/incremental';
import { createParseCache } from '../core/parse';

export interface Analyzer {
  analyze(key: string, text: string, options: AnalyzeOptions): Analysis;
  /** The document is closed or the settings changed: drop whatever is kept for it. */
  forget?(key: string): void;
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
 * The server's analyzer: a parse cache for each recently analysed document, so a keystroke re-parses
 * only the block (or table row) it changed. The model, rules and scores still run over the whole document.
 */
export function incrementalAnalyzer(limit = PARSE_CACHE_DOCUMENTS, makeCache: () => ParseCache = createParseCache): Analyzer {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const caches = new Map<string, ParseCache>();
  return {
    analyze(key, text, options) {
      let cache = caches.get(key);
      if (cache) caches.delete(key);
      else cache = makeCache();
      caches.set(key, cache);
      while (caches.size > limit) caches.delete(caches.keys().next().value!);
      return analyze(text, { ...options, parseCache: cache });
    },
    forget: (key) => void caches.delete(key),
  };
}

interface Entry { version: number; analysis: Analysis; options: AnalyzeOptions }

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /** `optionsFor` gives the settings a document is analysed with (its `.nastavnik.json`, editor overrides). */
  constructor(
    private readonly optionsFor: (uri: string) => AnalyzeOptions,
    private readonly analyzer: Analyzer = wholeTextAnalyzer,
  ) {}

  get(document: TextDocument): Analysis {
    const hit = this.entries.get(document.uri);
    const options = this.optionsFor(document.uri);
    if (hit && hit.version === document.version && hit.options === options) return hit.analysis;
    const analysis = this.analyzer.analyze(document.uri, document.getText(), options);
    this.entries.set(document.uri, { version: document.version, analysis, options });
    return analysis;
  }

  /** The cached analysis of exactly this version, if any (never analyses). */
  peek(uri: string, version: number): Analysis | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version ? hit.analysis : undefined;
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
