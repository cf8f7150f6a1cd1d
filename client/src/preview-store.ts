/**
 * The latest `nastavnik/preview` answer per document, for the synchronous preview plugin: it finds
 * the answer computed from the very text being rendered (by `previewTextKey`), else the document's
 * older answer, and remembers the texts it drew without their own answer so that the arrival of that
 * answer can redraw the preview. No `vscode` here: the tests use it with plain markdown-it.
 */
import { type PreviewResult, previewTextKey } from '../../server/src/lsp/preview-protocol';
import type { PreviewLookup } from './preview';

/** Texts drawn without their own answer, remembered at most this many (typing makes many). */
const MISSED_KEPT = 32;

export class PreviewStore {
  /** Per document URI, the most recently stored last. */
  private readonly results = new Map<string, PreviewResult>();
  private readonly missed = new Set<string>();

  /**
   * The answer to draw on `src`. When none was computed from it, `documentOf(src)` names the open
   * document with this text (and may ask the server for it): its older answer is drawn meanwhile.
   */
  lookup(src: string, documentOf: (src: string) => string | undefined = () => undefined): PreviewLookup | undefined {
    const key = previewTextKey(src);
    const own = [...this.results.values()].reverse().find((r) => r.key === key);
    if (own) return { result: own, exact: true };
    this.missed.delete(key);
    this.missed.add(key);
    if (this.missed.size > MISSED_KEPT) this.missed.delete(this.missed.values().next().value!);
    const uri = documentOf(src);
    const older = uri === undefined ? undefined : this.results.get(uri);
    return older ? { result: older, exact: false } : undefined;
  }

  /**
   * Keeps an answer (an older version's arriving late is dropped). True when a preview may show
   * something else now: a text was drawn without this answer, or the same text's blocks changed
   * (settings or `.nastavnik.json` changed).
   */
  set(result: PreviewResult): boolean {
    const previous = this.results.get(result.uri);
    if (previous && previous.version > result.version) return false;
    this.results.delete(result.uri);
    this.results.set(result.uri, result);
    if (this.missed.delete(result.key)) return true;
    return previous !== undefined && previous.key === result.key && !sameBlocks(previous, result);
  }

  get(uri: string): PreviewResult | undefined {
    return this.results.get(uri);
  }

  uris(): string[] {
    return [...this.results.keys()];
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }
}

function sameBlocks(a: PreviewResult, b: PreviewResult): boolean {
  return a.relevant === b.relevant && JSON.stringify(a.tables) === JSON.stringify(b.tables);
}
