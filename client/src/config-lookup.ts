/**
 * `.nastavnik.json` for a document, read synchronously (the Markdown preview's plugin is
 * synchronous): the nearest file upward from the document's folder. Cached per file and
 * re-read when its modification time changes. Any failure means defaults — never an error.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig, type WorkspaceConfig } from '../../server/src/core/config';

const CONFIG_NAME = '.nastavnik.json';
const cache = new Map<string, { mtimeMs: number; config: WorkspaceConfig }>();

function readAt(path: string): WorkspaceConfig | undefined {
  let mtimeMs: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    mtimeMs = stat.mtimeMs;
  } catch {
    return undefined;
  }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.config;
  try {
    const config = loadConfig(readFileSync(path, 'utf8')).config;
    cache.set(path, { mtimeMs, config });
    return config;
  } catch {
    return undefined;
  }
}

/** The configuration that applies to a file on disk; `{}` when there is none or it cannot be read. */
export function configForFile(filePath: string | undefined): WorkspaceConfig {
  if (!filePath) return {};
  let dir = dirname(filePath);
  for (let depth = 0; depth < 64; depth++) {
    const found = readAt(join(dir, CONFIG_NAME));
    if (found) return found;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return {};
}
