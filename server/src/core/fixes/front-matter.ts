/**
 * Front matter with the document's kind, profile and period, in Russian keys (frontmatter.ts):
 *   ---
 *   вид: дорожная карта
 *   профиль: педагоги
 *   период: 2023-2024 учебный год
 *   ---
 * - refactor (fixesAt, on the title or above it): write down what was detected from the title and
 *   the tables, when there is no front matter yet;
 * - unknown-kind: one fix per kind (or per profile), with whatever else was detected;
 * - missing-period: one fix per candidate period: the school year of the approval date, the years
 *   the deadlines name, else the current school year (from FixOptions.today — the core reads no clock).
 * An existing front matter gets the missing key added before its closing `---` (a key with a value
 * that could not be read is replaced); nothing else in it changes. A block that does not read as
 * YAML gets no fix. None of these is safe: each writes a choice.
 */
import type { Period } from '../domain/dates';
import { parsePeriod } from '../domain/deadline';
import type { Diagnostic } from '../diagnostic';
import { eolOf, type TextEdit } from '../editing/edits';
import type { DocumentKind, Span } from '../model';
import type { Fix, FixContext } from './fix';
import { profilesOf } from './fix';

type Key = 'kind' | 'profile' | 'period';

const RU_KEY: Record<Key, string> = { kind: 'вид', profile: 'профиль', period: 'период' };
/** Keys frontmatter.ts reads for each field, to find a line to replace. */
const KEY_PATTERN: Record<Key, RegExp> = {
  kind: /^(?:вид|kind|тип|type)\s*:/i,
  profile: /^(?:профиль|profile)\s*:/i,
  period: /^(?:период|period)\s*:/i,
};
const KIND_VALUE: Record<Exclude<DocumentKind, 'unknown'>, string> = {
  roadmap: 'дорожная карта',
  program: 'программа',
  personal: 'персонализированная программа',
  municipal: 'комплекс мер',
  other: 'другой',
};
const KIND_NAME: Record<Exclude<DocumentKind, 'unknown'>, { ru: string; en: string }> = {
  roadmap: { ru: 'дорожная карта', en: 'roadmap' },
  program: { ru: 'программа наставничества', en: 'mentorship programme' },
  personal: { ru: 'персонализированная программа наставничества', en: 'personalised mentorship programme' },
  municipal: { ru: 'комплекс мер', en: 'complex of measures' },
  other: { ru: 'другой документ о наставничестве', en: 'another mentorship document' },
};
const PROFILE_VALUE: Record<string, string> = { teachers: 'педагоги', pupils: 'обучающиеся', municipal: 'муниципальный' };

export function profileValue(id: string): string {
  return PROFILE_VALUE[id] ?? id;
}

/** «2023-2024 учебный год», «2023-2025 учебные годы», «2024 год», «2023-2025». */
export function periodValue(p: Period): string {
  const y1 = Number(p.start.slice(0, 4));
  const y2 = Number(p.end.slice(0, 4));
  if (p.kind === 'school-year') return `${y1}-${y2} учебный год`;
  if (p.kind === 'school-years') return `${y1}-${y2} учебные годы`;
  return y1 === y2 ? `${y1} год` : `${y1}-${y2}`;
}

type Values = Partial<Record<Key, string>>;

/** The edits that make the front matter hold these values (other keys untouched). */
export function frontMatterEdits(ctx: FixContext, values: Values): TextEdit[] {
  const { text } = ctx;
  const eol = eolOf(text);
  const keys = (Object.keys(values) as Key[]).filter((k) => values[k] !== undefined);
  if (keys.length === 0) return [];
  const span = ctx.analysis.model.meta.frontMatterSpan;
  if (!span) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = keys.map((k) => `${RU_KEY[k]}: ${values[k]}`).join(eol);
    return [{ start: at, end: at, newText: `---${eol}${body}${eol}---${eol}${eol}` }];
  }
  // A block that is not «ключ: значение» lines (bad YAML, too long) stays unreadable whatever key is
  // appended to it, and replacing it would lose what the user wrote: no fix, invalid-front-matter
  // says how to repair it (fixture test/fixtures/regressions/front-matter-not-a-mapping.md).
  if (ctx.analysis.model.meta.frontMatterProblems?.some((p) => p.message === 'yaml' || p.message === 'too-long')) return [];
  const lines = frontMatterLines(text, span);
  if (!lines) return [];
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const k of keys) {
    const line = lines.body.find((l) => KEY_PATTERN[k].test(text.slice(l.start, l.end)));
    const written = `${RU_KEY[k]}: ${values[k]}`;
    if (line) edits.push({ start: line.start, end: line.end, newText: written });
    else added.push(written + eol);
  }
  if (added.length) edits.push({ start: lines.closing, end: lines.closing, newText: added.join('') });
  return edits;
}

/** The body lines of `---\n…\n---` and the start of its closing fence. */
function frontMatterLines(text: string, span: Span): { body: Span[]; closing: number } | undefined {
  const source = text.slice(span.start, span.end);
  const all: Span[] = [];
  const re = /[^\r\n]*(\r\n|\n|\r|$)/g;
  for (let m = re.exec(source); m && m[0] !== ''; m = re.exec(source)) {
    all.push({ start: span.start + m.index, end: span.start + m.index + m[0].length - m[1]!.length });
    if (m[1] === '') break;
  }
  if (all.length < 2) return undefined;
  const last = all[all.length - 1]!;
  if (text.slice(last.start, last.end).trim() !== '---' || text.slice(all[0]!.start, all[0]!.end).trim() !== '---') return undefined;
  return { body: all.slice(1, -1), closing: last.start };
}

function detected(ctx: FixContext): Values {
  const meta = ctx.analysis.model.meta;
  return {
    kind: meta.kind !== 'unknown' ? KIND_VALUE[meta.kind] : undefined,
    profile: meta.profile && meta.kind !== 'municipal' ? profileValue(meta.profile) : undefined,
    period: meta.period ? periodValue(meta.period) : undefined,
  };
}

function describe(values: Values): string {
  return (Object.keys(values) as Key[])
    .filter((k) => values[k])
    .map((k) => `${RU_KEY[k]}: ${values[k]}`)
    .join(', ');
}

function fix(
  ctx: FixContext,
  id: string,
  values: Values,
  title: { ru: string; en: string },
  kind: Fix['kind'],
  code?: string,
): Fix | undefined {
  const edits = frontMatterEdits(ctx, values);
  return edits.length ? { id, title, kind, safe: false, diagnosticCode: code, edits } : undefined;
}

/** Refactor: the detected kind, profile and period written down as front matter. */
export function frontMatterRefactor(ctx: FixContext, span: Span): Fix[] {
  const model = ctx.analysis.model;
  if (model.meta.frontMatterSpan || !model.looksRelevant) return [];
  const title = model.sections[0]?.span;
  if (span.start > (title?.end ?? 0)) return [];
  const values = detected(ctx);
  if (!values.kind) return [];
  const f = fix(
    ctx,
    'add-front-matter',
    values,
    { ru: `Добавить front matter (${describe(values)})`, en: `Add front matter (${describe(values)})` },
    'refactor',
  );
  return f ? [f] : [];
}

export function frontMatterForUnknownKind(ctx: FixContext, diagnostic: Diagnostic): Fix[] {
  const meta = ctx.analysis.model.meta;
  const base = detected(ctx);
  const out: (Fix | undefined)[] = [];
  // The kind is unknown, guessed from a table, or «another document»: offer to name it.
  if (meta.kind === 'unknown' || meta.kind === 'other' || meta.kindSource === 'content') {
    for (const kind of Object.keys(KIND_VALUE) as (keyof typeof KIND_VALUE)[]) {
      // «другой» is what a document is when it names no plan: nobody needs to write it down. A pair's
      // programme names its pair and is recognised by its title; offering it for every unknown text is noise.
      if (kind === 'other' || kind === 'personal' || (kind === meta.kind && meta.kindSource !== 'content')) continue;
      const values = { ...base, kind: KIND_VALUE[kind] };
      out.push(
        fix(
          ctx,
          `add-front-matter:${kind}`,
          values,
          {
            ru: `Указать вид документа: ${KIND_NAME[kind].ru} (front matter)`,
            en: `Set the document kind: ${KIND_NAME[kind].en} (front matter)`,
          },
          'quickfix',
          diagnostic.code,
        ),
      );
    }
  } else {
    for (const profile of profilesOf(ctx).filter((p) => p.id !== 'municipal')) {
      const values = { ...base, profile: profileValue(profile.id) };
      out.push(
        fix(
          ctx,
          `add-front-matter:${profile.id}`,
          values,
          { ru: `Указать профиль: ${profile.title} (front matter)`, en: `Set the profile: ${profile.titleEn} (front matter)` },
          'quickfix',
          diagnostic.code,
        ),
      );
    }
  }
  return out.filter((f): f is Fix => f !== undefined);
}

export function frontMatterForMissingPeriod(ctx: FixContext, diagnostic: Diagnostic): Fix[] {
  const base = detected(ctx);
  return candidatePeriods(ctx)
    .map((p) => {
      const value = periodValue(p);
      return fix(
        ctx,
        `add-front-matter:period:${value}`,
        { ...base, period: value },
        { ru: `Указать период: ${value} (front matter)`, en: `Set the period: ${value} (front matter)` },
        'quickfix',
        diagnostic.code,
      );
    })
    .filter((f): f is Fix => f !== undefined)
    .map((f, i) => (i === 0 ? { ...f, preferred: true } : f));
}

function schoolYearOf(date: string): Period | undefined {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (!y || !m) return undefined;
  // From June on, plans are made for the school year that starts in September.
  const first = m >= 6 ? y : y - 1;
  return parsePeriod(`${first}-${first + 1} учебный год`);
}

/** Periods the document suggests, most likely first; at most three. */
function candidatePeriods(ctx: FixContext): Period[] {
  const model = ctx.analysis.model;
  const out: Period[] = [];
  const add = (p: Period | undefined) => {
    if (p && !out.some((o) => o.start === p.start && o.end === p.end)) out.push(p);
  };
  if (model.meta.approved) add(schoolYearOf(model.meta.approved));
  // Years the deadlines name (they are read without a period, so only explicit years yield intervals).
  let min: string | undefined;
  let max: string | undefined;
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const i of row.deadline?.parsed.intervals ?? []) {
        if (i.vague || i.recurring) continue;
        if (!min || i.start < min) min = i.start;
        if (!max || i.end > max) max = i.end;
      }
    }
  }
  if (min && max) {
    const school = schoolYearOf(min);
    if (school && max <= school.end) add(school);
    else add(parsePeriod(`${min.slice(0, 4)}-${max.slice(0, 4)} гг.`) ?? undefined);
  }
  if (out.length === 0 && ctx.options.today) add(schoolYearOf(ctx.options.today));
  return out.slice(0, 3);
}
