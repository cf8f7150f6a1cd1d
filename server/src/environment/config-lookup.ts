/**
 * Finds and reads `.nastavnik.json` for a document — one way for the CLI and the language server (which
 * also serves the VS Code client's preview and dashboard), so `nastavnik check` and the editor read the same file:
 *
 * - the nearest `.nastavnik.json` at or above the document's folder, walking up to the filesystem root
 *   (a file named so that is not a regular file, or cannot be read, is passed over as if absent);
 * - parsed by the pure core (`core/config.ts`), with the rule codes known, so a misspelt code is a problem;
 * - cached per folder. The CLI reads each file once per run; the server keeps the cache until `clear()`
 *   (it clears it when the editor says a config file changed).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadedConfig, loadConfig } from '../core/config';
import { RULES } from '../core/rules';
import { FOLDER_RULES } from '../core/workspace/rules';

export const CONFIG_NAME = '.nastavnik.json';

export interface FoundConfig {
  /** The file read; absent when no `.nastavnik.json` applies (the defaults). */
  path?: string;
  text?: string;
  loaded: LoadedConfig;
}

/** No config file: the defaults. */
export const NO_CONFIG: FoundConfig = { loaded: { config: {}, problems: [] } };

const KNOWN_RULES = [...RULES, ...FOLDER_RULES].map((r) => r.code);

/** A `file:` URI as a path; undefined for untitled and virtual documents (nothing is read for them). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export interface ConfigLookupOptions {
  /** Hears once per config file read that it has problems (the server logs and shows them). */
  onProblems?: (found: FoundConfig) => void;
}

export class ConfigLookup {
  private readonly byDir = new Map<string, FoundConfig>();
  /** Every config file read, by path, in the order read. */
  private readonly files = new Map<string, FoundConfig>();

  constructor(private readonly options: ConfigLookupOptions = {}) {}

  /** The config that applies to a file on disk. */
  forFile(file: string): FoundConfig {
    return this.forDir(dirname(resolve(file)));
  }

  /** The config for a document URI: the defaults for anything but `file:`. */
  forUri(uri: string): FoundConfig {
    const path = uriToPath(uri);
    return path ? this.forFile(path) : NO_CONFIG;
  }

  /** The config that applies to files in `dir` (nearest `.nastavnik.json` at or above it). */
  forDir(dir: string): FoundConfig {
    dir = resolve(dir);
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const here = this.readAt(join(dir, CONFIG_NAME));
    const parent = dirname(dir);
    const found = here ?? (parent === dir ? NO_CONFIG : this.forDir(parent));
    this.byDir.set(dir, found);
    return found;
  }

  /** Config files read so far that have problems, in the order they were read. */
  withProblems(): FoundConfig[] {
    return [...this.files.values()].filter((f) => f.loaded.problems.length > 0);
  }

  /** Forgets everything read: the next lookups read the disk again. */
  clear(): void {
    this.byDir.clear();
    this.files.clear();
  }

  private readAt(candidate: string): FoundConfig | undefined {
    try {
      if (!statSync(candidate, { throwIfNoEntry: false })?.isFile()) return undefined;
    } catch {
      return undefined; // unreadable folder (permissions): as if absent
    }
    const known = this.files.get(candidate);
    if (known) return known;
    let text: string;
    try {
      text = readFileSync(candidate, 'utf8');
    } catch {
      return undefined; // unreadable file (permissions): as if absent
    }
    const found: FoundConfig = { path: candidate, text, loaded: loadConfig(text, { knownRules: KNOWN_RULES }) };
    this.files.set(candidate, found);
    if (found.loaded.problems.length > 0) this.options.onProblems?.(found);
    return found;
  }
}
