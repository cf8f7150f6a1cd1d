/**
 * The single entry point: text (+ settings) → model, diagnostics. The CLI, the language server and
 * the preview all call this; nothing else computes a diagnostic.
 */
import type { WorkspaceConfig } from './config';
import type { Diagnostic, SeveritySetting } from './diagnostic';
import { SEVERITY_ORDER } from './diagnostic';
import type { IsoDate } from './domain/dates';
import type { DocumentModel } from './model';
import type { ParseCache } from './read/incremental';
import { parseDocument } from './read/parse';
import { BUILTIN_PROFILES, type Profile } from './domain/profiles';
import { RULES } from './rules';
import type { Report, Rule } from './rules/rule';
import { isRowRule, judgeRows, type RowRule } from './rules/row-rule';

export interface AnalyzeOptions {
  config?: WorkspaceConfig;
  /** Severity overrides from editor settings; applied over the config's. */
  severities?: Record<string, SeveritySetting>;
  /** Forces a profile (CLI `--profile`). */
  profile?: string;
  /** The document's parse cache (language server): an edit re-parses only the blocks it touched. */
  parseCache?: ParseCache;
  /**
   * Today's date (the core has no clock): the editor's date, or the CLI's `--today`. Rules that judge
   * against it (a personalised programme's overdue activities) stay silent without it.
   */
  today?: IsoDate;
}

export interface Analysis {
  model: DocumentModel;
  diagnostics: Diagnostic[];
  /**
   * Rules that failed on this document (a bug, never the user's fault): their diagnostics are
   * missing. Fixers that fail later, when a fix is asked for, are added here too (with `fix`): their
   * fixes are missing. Entries are not repeated, so asking again for the same fixes adds nothing.
   */
  internalErrors: InternalError[];
}

export interface InternalError {
  /** The rule that failed, or whose fixer failed (for a refactor tied to no diagnostic: the refactor's id). */
  code: string;
  /** The fixer that failed (a rule's FixKind, or a refactor's id), when it was a fixer and not the rule's check. */
  fix?: string;
  error: string;
}

/** Records a failure of a rule or a fixer in the analysis (once): the core never throws on a document. */
export function recordInternalError(analysis: Analysis, code: string, error: unknown, fix?: string): void {
  const entry: InternalError = { code, ...(fix ? { fix } : {}), error: error instanceof Error ? error.message : String(error) };
  const seen = analysis.internalErrors.some((e) => e.code === entry.code && e.fix === entry.fix && e.error === entry.error);
  if (!seen) analysis.internalErrors.push(entry);
}

export function allProfiles(config?: WorkspaceConfig): Profile[] {
  const extra = config?.profiles ?? [];
  return [...extra, ...BUILTIN_PROFILES.filter((p) => !extra.some((e) => e.id === p.id))];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const profiles = allProfiles(options.config);
  const model = parseDocument(text, {
    profiles,
    staff: options.config?.staff,
    roles: options.config?.roles,
    profile: options.profile ?? undefined,
    defaultProfile: options.config?.profile,
    cache: options.parseCache,
  });
  const diagnostics: Diagnostic[] = [];
  const analysis: Analysis = { model, diagnostics, internalErrors: [] };
  if (!model.looksRelevant) return analysis;
  // Settings come from users' files: a value that is no severity («warn», «true») is ignored, not passed on.
  const severities: Record<string, SeveritySetting> = {};
  for (const source of [options.config?.rules ?? {}, options.severities ?? {}]) {
    for (const [code, value] of Object.entries(source)) if (isSeveritySetting(value)) severities[code] = value;
  }
  const reportFor = (rule: Rule) => {
    const given = severities[rule.code];
    const setting = given === 'off' ? undefined : given; // a rule set to 'off' is not run at all
    return (r: Report): void => {
      if (isSuppressed(model, rule.code, r.span.start)) return;
      diagnostics.push({
        code: rule.code,
        severity: setting ?? r.severity ?? rule.defaultSeverity,
        message: r.message,
        span: r.span,
        data: r.data,
      });
    };
  };
  const reusesCells = options.parseCache !== undefined;
  const context = { model, text, profiles, today: options.today, reusesCells };
  // Row-local rules judge each row in one pass for all of them, remembered per row while typing (rules/row-rule.ts).
  const rowRules: RowRule[] = [];
  for (const rule of RULES) {
    if (severities[rule.code] === 'off') continue;
    if (isRowRule(rule)) {
      rowRules.push(rule);
      continue;
    }
    try {
      rule.check({ ...context, report: reportFor(rule) });
    } catch (error) {
      recordInternalError(analysis, rule.code, error);
    }
  }
  judgeRows(rowRules, context, reportFor, (rule, error) => recordInternalError(analysis, rule.code, error), reusesCells);
  diagnostics.sort(
    (a, b) => a.span.start - b.span.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || codeRank(a.code) - codeRank(b.code),
  );
  return analysis;
}

/**
 * Rule codes in `localeCompare` order, ranked once: the sort of a defect-heavy plan's thousands of
 * diagnostics on every keystroke breaks ties by code, and a collator call per comparison cost more than the rest.
 */
const CODE_RANK = new Map(
  RULES.map((r) => r.code)
    .sort((a, b) => a.localeCompare(b))
    .map((code, i) => [code, i]),
);
function codeRank(code: string): number {
  return CODE_RANK.get(code) ?? CODE_RANK.size;
}

function isSeveritySetting(value: unknown): value is SeveritySetting {
  return value === 'off' || (typeof value === 'string' && value in SEVERITY_ORDER);
}

function isSuppressed(model: DocumentModel, code: string, at: number): boolean {
  return model.suppressions.some((s) => at >= s.start && at < s.end && (s.codes === 'all' || s.codes.includes(code)));
}
