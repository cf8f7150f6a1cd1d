/** Diagnostics as the core produces them: offsets, both languages, no LSP types. */
import type { Span } from './model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'ru' | 'en';

/** A message in both locales; the adapter picks one. Each says what is wrong and what to do. */
export interface Message {
  ru: string;
  en: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: Message;
  span: Span;
  /** What a quick fix needs (kept JSON-serialisable). */
  data?: Record<string, unknown>;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
