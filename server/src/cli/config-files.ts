/** Finds and reads `.nastavnik.json` for a document (nearest folder upward). I/O lives here, not in the core. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type LoadedConfig, loadConfig } from '../core/config';

export const CONFIG_NAME = '.nastavnik.json';

export class ConfigFinder {
  private readonly byDir = new Map<string, { path?: string; loaded: LoadedConfig }>();

  forFile(file: string): { path?: string; loaded: LoadedConfig } {
    return this.forDir(dirname(resolve(file)));
  }

  private forDir(dir: string): { path?: string; loaded: LoadedConfig } {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_NAME);
    let found: { path?: string; loaded: LoadedConfig };
    if (existsSync(candidate)) {
      found = { path: candidate, loaded: loadConfig(readFileSync(candidate, 'utf8')) };
    } else {
      const parent = dirname(dir);
      found = parent === dir ? { loaded: { config: {}, problems: [] } } : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
