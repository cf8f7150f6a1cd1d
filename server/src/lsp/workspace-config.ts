/**
 * `.nastavnik.json` for a document: the nearest file upward from its folder (file: URIs only;
 * untitled and virtual documents get the defaults — nothing is read from a virtual workspace).
 * Cached per folder until `clear()` (the server clears it when a config file changes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadedConfig, loadConfig } from '../core/config';
import { RULES } from '../core/rules';

const KNOWN_RULES = RULES.map((r) => r.code);

export const CONFIG_NAME = '.nastavnik.json';

export interface FoundConfig {
  path?: string;
  loaded: LoadedConfig;
}

const NONE: FoundConfig = { loaded: { config: {}, problems: [] } };

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class ConfigLookup {
  private readonly byDir = new Map<string, FoundConfig>();

  /** `report` hears once per config file read that it has problems (the server logs them). */
  constructor(private readonly report: (path: string, loaded: LoadedConfig) => void = () => {}) {}

  forUri(uri: string): FoundConfig {
    const path = uriToPath(uri);
    return path ? this.forDir(dirname(path)) : NONE;
  }

  clear(): void {
    this.byDir.clear();
  }

  private forDir(dir: string): FoundConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: FoundConfig;
    const candidate = join(dir, CONFIG_NAME);
    let text: string | undefined;
    try {
      text = existsSync(candidate) ? readFileSync(candidate, 'utf8') : undefined;
    } catch {
      text = undefined; // unreadable (permissions, a folder by that name): defaults
    }
    if (text !== undefined) {
      found = { path: candidate, loaded: loadConfig(text, { knownRules: KNOWN_RULES }) }; // a misspelt rule code is reported, as in the CLI
      if (found.loaded.problems.length) this.report(candidate, found.loaded);
    } else {
      const parent = dirname(dir);
      found = parent === dir ? NONE : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
