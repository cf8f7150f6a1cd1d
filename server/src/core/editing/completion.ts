/**
 * Completion in context, pure: text + its model + an offset → what fits there and which span it
 * replaces. The stage column offers the profile's stages (missing ones first), the responsible column
 * roles, workspace staff and names already used in the document, the deadline column the months and
 * boundary dates of the period, and front matter its keys and values. Anything else: null.
 * The LSP adapter only converts spans to ranges and kinds to LSP kinds.
 */
import type { WorkspaceConfig } from '../config';
import { type IsoDate, monthEnd } from '../domain/dates';
import { monthName } from '../domain/months';
import type { Message } from '../diagnostic';
import type { DocumentModel, Span, Table } from '../model';
import type { Profile } from '../domain/profiles';
import { ROLES } from '../domain/responsible';
import { profileOf, stageStarts } from '../rules/table-views';
import { planColumns } from '../domain/personal/plan';

export type CandidateKind = 'stage' | 'role' | 'person' | 'used' | 'month' | 'date' | 'key' | 'value';
export type CompletionContext = 'stage' | 'responsible' | 'deadline' | 'mark' | 'front-matter-key' | 'front-matter-value';

export interface Candidate {
  label: string;
  kind: CandidateKind;
  /** Text inserted in place of `replace` (defaults to the label). */
  insertText?: string;
  detail?: Message;
  documentation?: string;
  /** Order among the candidates: compared as strings. */
  sortText: string;
}

export interface CompletionResult {
  context: CompletionContext;
  replace: Span;
  items: Candidate[];
}

export interface CompletionOptions {
  profiles: readonly Profile[];
  config?: Pick<WorkspaceConfig, 'staff' | 'roles'>;
  /** Today (ISO), for period and approval suggestions in a new front matter; the core reads no clock. */
  today?: IsoDate;
}

/** A long period (a municipal plan over years) still gets every month, up to this many. */
const MAX_MONTHS = 60;

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
/** «Куратор» → «куратор», but «ОО» and «УВР» stay: only a capital followed by a small letter is lowered. */
const uncapitalise = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const pad = (n: number, width = 3) => String(n).padStart(width, '0');

export function completionsAt(text: string, model: DocumentModel, offset: number, options: CompletionOptions): CompletionResult | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return null;
  const fm = frontMatterLines(text);
  if (fm && offset >= fm.start && offset <= fm.end) return frontMatterCompletion(text, model, offset, options);
  return tableCompletion(text, model, offset, options);
}

// ─── Front matter ────────────────────────────────────────────────────────────────────────────────

/** The span of the lines between the opening `---` and the closing `---`, read from the text itself. */
function frontMatterLines(text: string): Span | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  return { start: open[0].length, end: open[0].length + m.index };
}

interface KeyDef {
  key: string;
  ru: string;
  en: string;
  detail: Message;
}
const KEYS: readonly KeyDef[] = [
  {
    key: 'kind',
    ru: 'вид',
    en: 'kind',
    detail: { ru: 'вид документа: дорожная карта, программа или комплекс мер', en: 'document kind: roadmap, programme or municipal plan' },
  },
  {
    key: 'profile',
    ru: 'профиль',
    en: 'profile',
    detail: { ru: 'профиль этапов: педагоги, обучающиеся, муниципальный', en: 'stage profile: teachers, pupils, municipal' },
  },
  {
    key: 'period',
    ru: 'период',
    en: 'period',
    detail: { ru: 'период реализации, например «2025-2026 учебный год»', en: 'period, e.g. «2025-2026 учебный год»' },
  },
  { key: 'approved', ru: 'утверждено', en: 'approved', detail: { ru: 'дата утверждения документа', en: 'approval date' } },
  {
    key: 'organization',
    ru: 'организация',
    en: 'organization',
    detail: { ru: 'образовательная организация', en: 'the school or organisation' },
  },
];
/** Other spellings the front-matter reader accepts for the same keys. */
const KEY_SYNONYMS: Record<string, string> = {
  тип: 'kind',
  type: 'kind',
  'дата утверждения': 'approved',
  organisation: 'organization',
  оо: 'organization',
};

function keyOf(name: string): string | undefined {
  const n = name.trim().toLowerCase().replace(/ё/g, 'е');
  return KEYS.find((k) => k.ru === n || k.en === n)?.key ?? KEY_SYNONYMS[n];
}

function frontMatterCompletion(text: string, model: DocumentModel, offset: number, options: CompletionOptions): CompletionResult | null {
  const fm = frontMatterLines(text)!;
  const { start: lineStart, end: lineEnd } = lineAt(text, offset);
  const line = text.slice(lineStart, lineEnd);
  const colon = line.indexOf(':');
  if (colon < 0 || offset - lineStart <= colon) {
    // A key: offer the keys not yet written, in the language the other keys use.
    const present = new Set<string>();
    let english = false;
    for (const l of text.slice(fm.start, fm.end).split(/\r?\n/)) {
      const m = /^\s*([^:#]+):/.exec(l);
      if (!m || l === line) continue;
      const key = keyOf(m[1]!);
      if (key) present.add(key);
      if (key && /^[a-z ]+$/i.test(m[1]!.trim())) english = true;
    }
    const indent = /^\s*/.exec(line)![0].length;
    const keyEnd = colon < 0 ? lineEnd : lineStart + colon;
    const replace = { start: lineStart + indent, end: Math.max(offset, trimEndAt(text, lineStart + indent, keyEnd)) };
    const items = KEYS.filter((k) => !present.has(k.key)).map((k, i): Candidate => {
      const name = english ? k.en : k.ru;
      return { label: name, kind: 'key', insertText: colon < 0 ? `${name}: ` : name, detail: k.detail, sortText: pad(i) };
    });
    return { context: 'front-matter-key', replace, items };
  }
  const key = keyOf(line.slice(0, colon));
  if (!key) return null;
  let valueStart = lineStart + colon + 1;
  while (valueStart < lineEnd && /[ \t]/.test(text[valueStart]!)) valueStart++;
  const replace = { start: Math.min(valueStart, offset), end: Math.max(offset, trimEndAt(text, valueStart, lineEnd)) };
  const items = frontMatterValues(key, model, options).map((v, i): Candidate => ({ ...v, kind: 'value', sortText: pad(i) }));
  return items.length ? { context: 'front-matter-value', replace, items } : null;
}

function frontMatterValues(key: string, model: DocumentModel, options: CompletionOptions): Omit<Candidate, 'kind' | 'sortText'>[] {
  switch (key) {
    case 'kind':
      return [
        { label: 'дорожная карта', detail: { ru: 'дорожная карта реализации целевой модели наставничества', en: 'roadmap' } },
        { label: 'программа', detail: { ru: 'программа наставничества', en: 'mentorship programme' } },
        {
          label: 'персонализированная программа',
          detail: {
            ru: 'персонализированная программа наставничества (план одной пары)',
            en: 'personalised mentorship programme (one pair)',
          },
        },
        { label: 'комплекс мер', detail: { ru: 'муниципальный комплекс мер', en: 'municipal plan' } },
      ];
    case 'profile': {
      const builtins: Record<string, string> = { teachers: 'педагоги', pupils: 'обучающиеся', municipal: 'муниципальный' };
      return options.profiles.map((p) => ({ label: builtins[p.id] ?? p.id, detail: { ru: p.title, en: p.titleEn } }));
    }
    case 'period': {
      const out: Omit<Candidate, 'kind' | 'sortText'>[] = [];
      if (model.meta.period)
        out.push({ label: model.meta.period.text, detail: { ru: 'период из заголовка документа', en: 'period from the title' } });
      const year = options.today ? Number(options.today.slice(0, 4)) : undefined;
      const month = options.today ? Number(options.today.slice(5, 7)) : undefined;
      if (year && month) {
        const first = month >= 6 ? year : year - 1; // from June on, the coming school year is planned
        for (const y of [first, first + 1])
          out.push({ label: `${y}-${y + 1} учебный год`, detail: { ru: 'учебный год', en: 'school year' } });
        out.push({ label: `${year} год`, detail: { ru: 'календарный год', en: 'calendar year' } });
      }
      return dedupe(out);
    }
    case 'approved': {
      const out: Omit<Candidate, 'kind' | 'sortText'>[] = [];
      if (model.meta.approved)
        out.push({
          label: dotted(model.meta.approved),
          detail: { ru: 'дата утверждения из текста документа', en: 'approval date found in the text' },
        });
      if (options.today) out.push({ label: dotted(options.today), detail: { ru: 'сегодня', en: 'today' } });
      return dedupe(out);
    }
    case 'organization':
      return model.meta.organization
        ? [{ label: model.meta.organization, detail: { ru: 'из текста документа', en: 'from the document text' } }]
        : [];
    default:
      return [];
  }
}

// ─── Table cells ─────────────────────────────────────────────────────────────────────────────────

function tableCompletion(text: string, model: DocumentModel, offset: number, options: CompletionOptions): CompletionResult | null {
  const { start: lineStart, end: lineEnd } = lineAt(text, offset);
  const table = model.tables.find((t) => lineStart >= t.span.start && lineStart <= t.span.end);
  if (!table || lineStart <= table.headerSpan.end) return null;
  // The delimiter row («|---|---|») takes no completion.
  if (/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(text.slice(lineStart, lineEnd))) return null;
  const cell = cellAt(text, lineStart, lineEnd, offset);
  if (!cell) return null;
  const column = table.columns[cell.index];
  if (!column) return null;
  if (table.kind === 'personal' && planColumns(table).mark === cell.index) {
    return { context: 'mark', replace: cell.replace, items: markItems(options) };
  }
  switch (column.role) {
    case 'stage':
      return { context: 'stage', replace: cell.replace, items: stageItems(model, table, options) };
    case 'responsible': {
      const replace = partAt(text, cell.content, offset);
      // The first responsible of a cell starts with a capital letter, the next ones after a comma do not.
      const first = !/[,;]/.test(text.slice(cell.content.start, replace.start));
      return { context: 'responsible', replace, items: responsibleItems(model, options, first) };
    }
    case 'deadline': {
      const items = deadlineItems(model);
      return items.length ? { context: 'deadline', replace: cell.replace, items } : null;
    }
    default:
      return null;
  }
}

/**
 * The cell around the offset on a table line: its column index (pipes before it, less a leading pipe),
 * its trimmed content, and the span a completion replaces (the content, stretched to the cursor).
 */
function cellAt(text: string, lineStart: number, lineEnd: number, offset: number): { index: number; content: Span; replace: Span } | null {
  const pipes: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') pipes.push(i);
  }
  if (pipes.length === 0) return null;
  const leading = text.slice(lineStart, pipes[0]).trim() === '';
  const before = pipes.filter((p) => p < offset).length;
  const index = before - (leading ? 1 : 0);
  if (index < 0) return null;
  const from = before > 0 ? pipes[before - 1]! + 1 : lineStart;
  const to = before < pipes.length ? pipes[before]! : lineEnd;
  let s = from;
  while (s < to && /\s/.test(text[s]!)) s++;
  const e = trimEndAt(text, s, to);
  const content = { start: s, end: e };
  // An empty cell keeps its padding: the completion goes in at the cursor.
  const replace = s === e ? { start: offset, end: offset } : { start: Math.min(s, offset), end: Math.max(e, offset) };
  return { index, content: s === e ? replace : content, replace };
}

/** Within a cell listing several responsibles («Куратор, Иванова И.И.»), the part the cursor is in. */
function partAt(text: string, content: Span, offset: number): Span {
  let s = content.start;
  for (let i = Math.min(offset, content.end) - 1; i >= content.start; i--) {
    if (text[i] === ',' || text[i] === ';') {
      s = i + 1;
      break;
    }
  }
  let e = content.end;
  for (let i = Math.max(offset, content.start); i < content.end; i++) {
    if (text[i] === ',' || text[i] === ';') {
      e = i;
      break;
    }
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  e = trimEndAt(text, s, e);
  return { start: Math.min(s, offset), end: Math.max(e, offset) };
}

function stageItems(model: DocumentModel, table: Table, options: CompletionOptions): Candidate[] {
  const profile = profileOf(table, options.profiles) ?? options.profiles.find((p) => p.id === model.meta.profile);
  const candidates = profile ? [profile] : options.profiles;
  const present = new Set(stageStarts(table).map((s) => s.stageId));
  const out: Candidate[] = [];
  candidates.forEach((p, pi) => {
    p.stages.forEach((s, si) => {
      if (out.some((o) => o.label === s.title)) return;
      const has = profile !== undefined && present.has(s.id);
      const ru = `${s.mandatory ? 'обязательный' : 'рекомендуемый'} этап${has ? ', уже есть в таблице' : ''} · «${p.title}»`;
      const en = `${s.mandatory ? 'mandatory' : 'recommended'} stage${has ? ', already in the table' : ''} · «${p.titleEn}»`;
      const doc = [s.expects, s.typicalResult ? `Типичный результат: ${s.typicalResult}` : ''].filter(Boolean).join('\n\n');
      out.push({
        label: s.title,
        kind: 'stage',
        detail: { ru, en },
        documentation: doc || undefined,
        sortText: `${has ? 1 : 0}${pad(pi)}${pad(si)}`,
      });
    });
  });
  return out;
}

function responsibleItems(model: DocumentModel, options: CompletionOptions, first: boolean): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: CandidateKind, detail: Message, order: number) => {
    const label = kind === 'person' ? text : first ? capitalise(text) : uncapitalise(text);
    const key = label.toLowerCase().replace(/ё/g, 'е');
    if (!label || seen.has(key)) return;
    seen.add(key);
    out.push({ label, kind, detail, sortText: `${order}${pad(out.length, 4)}` });
  };
  for (const name of options.config?.staff ?? [])
    add(name.trim(), 'person', { ru: 'сотрудник из .nastavnik.json', en: 'staff member from .nastavnik.json' }, 0);
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const part of row.responsible?.parts ?? []) {
        if (!part.known) continue; // a typo already used once is not worth repeating
        add(
          part.text.trim(),
          part.person ? 'person' : 'used',
          { ru: 'уже встречается в документе', en: 'already used in this document' },
          1,
        );
      }
    }
  }
  for (const role of options.config?.roles ?? [])
    add(role.trim(), 'role', { ru: 'должность из .nastavnik.json', en: 'role from .nastavnik.json' }, 2);
  for (const role of ROLES)
    add(role.ru.replace(/\s*\([^)]*\)/g, '').trim(), 'role', { ru: `должность: ${role.ru}`, en: `role: ${role.en}` }, 3);
  return out;
}

/**
 * Marks of completion in a personalised programme's plan, as the progress score reads them
 * (docs/domain.md §17): done, done on a date, partly, in progress, not done.
 */
function markItems(options: CompletionOptions): Candidate[] {
  const marks: [string, Message][] = [
    ['выполнено', { ru: 'мероприятие выполнено', en: 'done' }],
    ...(options.today ? [[`выполнено ${dotted(options.today)}`, { ru: 'выполнено сегодня', en: 'done today' }] as [string, Message]] : []),
    ['частично', { ru: 'выполнено частично', en: 'partly done' }],
    ['в процессе', { ru: 'мероприятие идёт', en: 'in progress' }],
    ['не выполнено', { ru: 'не выполнено: укажите причину в «Фактическом результате»', en: 'not done' }],
  ];
  return marks.map(([label, detail], i) => ({ label, detail, kind: 'value', sortText: String(i).padStart(2, '0') }));
}

function deadlineItems(model: DocumentModel): Candidate[] {
  let range: { start: IsoDate; end: IsoDate } | undefined = model.meta.period;
  let fromPeriod = true;
  if (!range) {
    // No period: the span of the deadlines already read gives the months that make sense.
    const intervals = model.tables.flatMap((t) => t.rows.flatMap((r) => r.deadline?.parsed.intervals ?? [])).filter((i) => !i.vague);
    if (intervals.length === 0) return [];
    range = {
      start: intervals.map((i) => i.start).sort()[0]!,
      end: intervals
        .map((i) => i.end)
        .sort()
        .at(-1)!,
    };
    fromPeriod = false;
  }
  const out: Candidate[] = [];
  let y = Number(range.start.slice(0, 4));
  let m = Number(range.start.slice(5, 7));
  const endKey = Number(range.end.slice(0, 4)) * 12 + Number(range.end.slice(5, 7));
  while (y * 12 + m <= endKey && out.length < MAX_MONTHS) {
    out.push({
      label: `${capitalise(monthName(m, 'ru', 'nominative'))} ${y}`,
      kind: 'month',
      detail: {
        ru: `весь месяц: 01.${String(m).padStart(2, '0')}.${y} – ${dotted(monthEnd(y, m))}`,
        en: `${monthName(m, 'en', 'nominative')} ${y}, the whole month`,
      },
      sortText: `0${pad(out.length)}`,
    });
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  const where: Message = fromPeriod
    ? { ru: 'периода документа', en: 'of the document period' }
    : { ru: 'сроков документа', en: 'of the deadlines in the document' };
  out.push({
    label: `До ${dotted(range.end)}`,
    kind: 'date',
    detail: { ru: `до конца ${where.ru}`, en: `by the end ${where.en}` },
    sortText: '1000',
  });
  out.push({ label: dotted(range.start), kind: 'date', detail: { ru: `начало ${where.ru}`, en: `start ${where.en}` }, sortText: '1001' });
  out.push({ label: dotted(range.end), kind: 'date', detail: { ru: `конец ${where.ru}`, en: `end ${where.en}` }, sortText: '1002' });
  return out;
}

// ─── Text helpers ────────────────────────────────────────────────────────────────────────────────

function lineAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

function trimEndAt(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** ISO date → «31.08.2026», the spelling Russian documents use. */
function dotted(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function dedupe<T extends { label: string }>(items: T[]): T[] {
  return items.filter((item, i) => items.findIndex((o) => o.label === item.label) === i);
}
