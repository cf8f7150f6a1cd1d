/**
 * Finds and reads `.nastavnik.json` for a document (nearest folder upward). I/O lives here, not in
 * the core. Each config file is read once; its problems are kept so the CLI can tell the user once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type LoadedConfig, loadConfig } from '../core/config';
import { RULES } from '../core/rules';

export const CONFIG_NAME = '.nastavnik.json';

export interface FoundConfig {
  path?: string;
  text?: string;
  loaded: LoadedConfig;
}

const NONE: FoundConfig = { loaded: { config: {}, problems: [] } };
const KNOWN_RULES = RULES.map((r) => r.code);

export class ConfigFinder {
  private readonly byDir = new Map<string, FoundConfig>();
  private readonly read: FoundConfig[] = [];

  forFile(file: string): FoundConfig {
    return this.forDir(dirname(resolve(file)));
  }

  /** Config files read so far that have problems, in the order they were read. */
  withProblems(): FoundConfig[] {
    return this.read.filter((f) => f.loaded.problems.length > 0);
  }

  /** The config that applies to files in `dir` (nearest .nastavnik.json at or above it). */
  forDir(dir: string): FoundConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_NAME);
    let text: string | undefined;
    try {
      text = existsSync(candidate) && statSync(candidate).isFile() ? readFileSync(candidate, 'utf8') : undefined;
    } catch {
      text = undefined; // unreadable (permissions): the defaults
    }
    let found: FoundConfig;
    if (text !== undefined) {
      found = { path: candidate, text, loaded: loadConfig(text, { knownRules: KNOWN_RULES }) };
      this.read.push(found);
    } else {
      const parent = dirname(dir);
      found = parent === dir ? NONE : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
