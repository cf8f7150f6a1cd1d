/**
 * The checks across a school's folder (core/workspace/folder-checks.ts) in the language server: the
 * folder diagnostics of one document, computed over its folder's documents — open ones as the editor
 * has them, the others as they are on disk (read once, again only when their modification time or
 * size changes or the editor says they changed).
 *
 * Which files: the document's folder with its subfolders one level down (an order and its «ППН/»
 * subfolder), and — when the document's folder has no list of pairs and no plan of its own (it is that
 * «ППН/» subfolder) — the Markdown files of the folder above, if it is inside the workspace. Never the
 * folders beside it: above a school folder may be a department's hundred schools, or /tmp.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import { type Diagnostic, SEVERITY_ORDER } from '../core/diagnostic';
import type { DocumentModel } from '../core/model';
import { anchorsFolder, checkFolders, type FolderDocument, folderFacts } from '../core/workspace/folder-checks';
import { uriToPath } from '../environment/config-lookup';
import type { Session } from './session';

/** Folders that never hold a school's documents. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
/** A folder with more Markdown files than this is no school's folder: only this many are read. */
const MAX_FILES = 1000;
/** Larger files are not hand-written documents. */
const MAX_FILE_BYTES = 2_000_000;

interface DiskEntry {
  mtimeMs: number;
  size: number;
  doc: FolderDocument;
}

export class FolderDiagnostics {
  /** Closed files, by path. */
  private readonly disk = new Map<string, DiskEntry>();
  /** Open documents as last analysed, by path. */
  private readonly open = new Map<string, { version: number; doc: FolderDocument }>();
  /** What the folder checks read of each open document when last seen, by path. */
  private readonly facts = new Map<string, string>();
  /**
   * Folder listings, by folder. Kept only while the editor watches Markdown files for us: then every
   * creation, change and deletion arrives in `filesChanged`, and a keystroke neither lists folders nor
   * stats files. Without a watcher each check looks at the disk again.
   */
  private readonly listings = new Map<string, { name: string; isDir: boolean }[]>();

  constructor(private readonly session: Session) {}

  /**
   * An open document's folder diagnostics. `changed`: what the folder reads of it is not what it was
   * the last time (a name, a period, a pair): the folder's other documents must be checked again.
   */
  forOpen(uri: string, version: number, model: DocumentModel, text: string): { diagnostics: Diagnostic[]; changed: boolean } {
    const path = uriToPath(uri);
    if (!path) return { diagnostics: [], changed: false };
    // Every document goes to the core under the URI of its path: clients spell URIs their own way
    // (VS Code: «c%3A», encoded brackets), and the core groups documents by the folder part of the URI.
    const doc: FolderDocument = { uri: pathToFileURL(path).href, model, text };
    this.open.set(path, { version, doc });
    const facts = folderFacts(model, text);
    const before = this.facts.get(path);
    this.facts.set(path, facts);
    return { diagnostics: this.diagnosticsFor(path, doc), changed: before !== undefined && before !== facts };
  }

  /** The documents of an open document's school folder, itself first as given: the dashboard's per-pair view. */
  documentsAround(uri: string, model: DocumentModel, text: string): FolderDocument[] {
    const path = uriToPath(uri);
    return path ? this.folderDocuments(path, { uri: pathToFileURL(path).href, model, text }) : [];
  }

  /** A file that is not open (the workspace check). */
  forClosed(uri: string, model: DocumentModel, text: string): Diagnostic[] {
    const path = uriToPath(uri);
    return path ? this.diagnosticsFor(path, { uri: pathToFileURL(path).href, model, text }) : [];
  }

  /** The document was closed: from now on the folder reads it from disk. */
  closed(uri: string): void {
    const path = uriToPath(uri);
    if (!path) return;
    this.open.delete(path);
    this.facts.delete(path);
  }

  /** Files changed, were created or deleted on disk (the editor's file watcher). */
  filesChanged(uris: readonly string[]): void {
    for (const uri of uris) {
      const path = uriToPath(uri);
      if (path) this.disk.delete(path);
    }
    this.listings.clear();
  }

  /** Trust what was read until the watcher says otherwise (see `listings`). */
  private get watched(): boolean {
    return this.session.client.watchedFilesRegistration;
  }

  private entries(dir: string): { name: string; isDir: boolean }[] {
    if (!this.watched) return entries(dir);
    let known = this.listings.get(dir);
    if (!known) {
      known = entries(dir);
      this.listings.set(dir, known);
    }
    return known;
  }

  private subfolders(dir: string): string[] {
    return this.entries(dir)
      .filter((e) => e.isDir && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
      .map((e) => join(dir, e.name));
  }

  private markdownFiles(dir: string): string[] {
    return this.entries(dir)
      .filter((e) => !e.isDir && /\.(md|markdown)$/i.test(e.name))
      .map((e) => join(dir, e.name));
  }

  private diagnosticsFor(path: string, self: FolderDocument): Diagnostic[] {
    const docs = this.folderDocuments(path, self);
    const result = checkFolders(docs, (d) => {
      const config = this.session.configFor(d.uri);
      return { staff: config.staff, severities: { ...(config.rules ?? {}), ...this.session.settings.rules } };
    });
    for (const e of result.internalErrors) this.session.connection.console.error(`folder checks failed: ${e}`);
    return result.diagnostics.get(self.uri) ?? [];
  }

  private folderDocuments(path: string, self: FolderDocument): FolderDocument[] {
    const here = dirname(path);
    const openByPath = new Map<string, string>();
    for (const d of this.session.documents.all()) {
      const p = uriToPath(d.uri);
      if (p) openByPath.set(p, d.uri);
    }
    const docs: FolderDocument[] = [self];
    let count = 0;
    const add = (folder: string): boolean => {
      for (const file of this.markdownFiles(folder)) {
        if (file === path) continue;
        if (++count > MAX_FILES) return false;
        const openUri = openByPath.get(file);
        const doc = openUri ? this.openDocument(file, openUri) : this.diskDocument(file);
        if (doc) docs.push(doc);
      }
      return true;
    };
    if (!add(here)) return docs;
    for (const sub of this.subfolders(here)) if (!add(sub)) return docs;
    const above = dirname(here);
    if (above !== here && this.insideWorkspace(above) && !docs.some((d) => anchorsFolder(d.model))) add(above);
    return docs;
  }

  /** Is the folder inside one of the workspace folders (any folder, when the editor named none)? */
  private insideWorkspace(folder: string): boolean {
    const roots = this.session.client.roots;
    if (roots.length === 0) return false;
    return roots.some((root) => {
      const r = relative(root, folder);
      return r === '' || (!r.startsWith('..') && !isAbsolute(r));
    });
  }

  /** An open document of the folder: as last analysed, or analysed now when it changed since. */
  private openDocument(path: string, uri: string): FolderDocument | undefined {
    const document = this.session.documents.get(uri);
    if (!document) return this.diskDocument(path);
    const known = this.open.get(path);
    if (known && known.version === document.version) return known.doc;
    const text = document.getText();
    const doc: FolderDocument = { uri: pathToFileURL(path).href, text, model: analyze(text, this.session.optionsFor(uri)).model };
    this.open.set(path, { version: document.version, doc });
    return doc;
  }

  private diskDocument(path: string): FolderDocument | undefined {
    const cached = this.disk.get(path);
    if (cached && this.watched) return cached.doc;
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.disk.delete(path);
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) return undefined;
    const known = this.disk.get(path);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.doc;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const uri = pathToFileURL(path).href;
    const doc: FolderDocument = { uri, text, model: analyze(text, this.session.optionsFor(uri)).model };
    this.disk.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, doc });
    return doc;
  }
}

function entries(dir: string): { name: string; isDir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .map((e) => ({ name: e.name, isDir: e.isDirectory() }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/** A document's own diagnostics and its folder diagnostics in one list, in the core's order. */
export function withFolderDiagnostics(own: readonly Diagnostic[], folder: readonly Diagnostic[]): readonly Diagnostic[] {
  if (folder.length === 0) return own;
  return [...own, ...folder].sort(
    (a, b) => a.span.start - b.span.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
  );
}
