/**
 * The editor's `nastavnik.*` settings (contributed in package.json): read field by field from
 * whatever the client sends, so a wrong or missing value falls back to its default instead of
 * reaching the core.
 */
import type { Connection } from 'vscode-languageserver';
import type { Locale, SeveritySetting } from '../core/diagnostic';
import { DEFAULT_MAX_PROBLEMS } from './problem-cap';

export interface Settings {
  /** `auto`: no choice here; the next source decides (environment/locale.ts). */
  locale: 'auto' | Locale;
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
  /** Diagnostics shown per document; 0 shows them all (problem-cap.ts). */
  maxProblems: number;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto', run: 'onType', rules: {}, maxProblems: DEFAULT_MAX_PROBLEMS };

const SEVERITY_SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Settings from the client, checked field by field: a wrong value falls back to its default. */
export function readSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (typeof v.rules === 'object' && v.rules !== null) {
    for (const [code, severity] of Object.entries(v.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITY_SETTINGS.has(severity)) rules[code] = severity as SeveritySetting;
    }
  }
  return {
    locale: v.locale === 'ru' || v.locale === 'en' ? v.locale : 'auto',
    run: v.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    maxProblems:
      typeof v.maxProblems === 'number' && Number.isSafeInteger(v.maxProblems) && v.maxProblems >= 0 ? v.maxProblems : DEFAULT_MAX_PROBLEMS,
  };
}

/**
 * The current settings: asked of a client that answers `workspace/configuration` (the pushed value
 * may be partial or stale), else the value pushed with `didChangeConfiguration` (Neovim, Emacs).
 */
export async function fetchSettings(connection: Connection, canAsk: boolean, pushed?: unknown): Promise<Settings> {
  let value: unknown = pushed;
  if (canAsk) {
    try {
      value = await connection.workspace.getConfiguration('nastavnik');
    } catch (error) {
      connection.console.warn(`settings: ${String(error)}`);
    }
  }
  return readSettings(value);
}
