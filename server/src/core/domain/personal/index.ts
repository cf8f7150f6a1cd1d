/**
 * A personalised mentorship programme (ППН) read from the model and its text (docs/domain.md §17
 * «Персонализированная программа наставничества»): the pair (mentor and mentee, name and position),
 * the form of mentoring, the period, the goal and tasks, and the plan tables.
 *
 * The public API for other modules (rules, scores, workspace checks across a school's folder):
 *  - `readPersonalProgramme(model, text)` — everything; remembered per model;
 *  - `readPair(model, text)` — only the mentor, mentee, form and period, for matching a ППН to a pair.
 * Both work on any model; for a document that is no ППН they read whatever labelled lines it has.
 */
import type { Period } from '../dates';
import { parsePeriod } from '../deadline';
import type { DocumentModel, Span } from '../../model';
import { type MentoringForm, readMentoringForm } from './forms';
import { type Label, labelledCells, labelledLines } from './lines';
import { type PlanTable, readPlanTable } from './plan';

export type { MentoringForm, MentoringSide } from './forms';
export { readMentoringForm } from './forms';
export { type Mark, type MarkKind, readMark } from './marks';
export type { PlanColumns, PlanRow, PlanTable } from './plan';

/** Where a fact was read: the front matter, a labelled line («Наставник: …»), a two-column table, the title. */
export type FactSource = 'front-matter' | 'line' | 'table' | 'title';

export interface Participant {
  /** «Иванова Анна Андреевна», «Иванова А.А.»: the name as written (before the first comma). */
  name: string;
  /** «учитель начальных классов»: what follows the name, when written. */
  position?: string;
  /** The whole value as written. */
  text: string;
  span: Span;
  source: FactSource;
}

export interface PersonalPeriod {
  period: Period;
  /** Where it is written (the front matter block for `front-matter`). */
  span: Span;
  source: FactSource;
}

export interface PersonalProgramme {
  mentor?: Participant;
  mentee?: Participant;
  form?: MentoringForm & { span: Span; source: FactSource };
  period?: PersonalPeriod;
  /** Head lines written but not filled in («Наставник:», «Наставник: [указать …]», «ФИО»): where each is. */
  blank: Partial<Record<'mentor' | 'mentee' | 'form' | 'period', Span>>;
  /** A «Срок реализации: …» line that holds no period the reader can read. */
  unreadPeriod?: { text: string; span: Span };
  goal?: { text: string; span: Span };
  /** The tasks of the header: a numbered or bulleted list under «Задачи», or one «Задачи: …» line split at «;». */
  tasks: { text: string; span: Span }[];
  plans: PlanTable[];
  /** Where a missing head line is inserted: after the title line (or at the start of the body). */
  insertAt: number;
}

/** The pair and its terms: what the workspace checks match against the order listing the pairs. */
export interface PersonalPair {
  mentor?: Participant;
  mentee?: Participant;
  form?: MentoringForm;
  period?: Period;
}

/** «Иванова Анна Андреевна, учитель начальных классов» → name and position. «___» and «ФИО» are no names. */
export function readParticipant(text: string, span: Span, source: FactSource): Participant | undefined {
  const value = text
    .replace(/[*_]{2}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}{2}/u.test(value) || /^(?:ф\.?\s?и\.?\s?о\.?|фио|\[.*\])$/iu.test(value)) return undefined;
  const cut = /\s*(?:,|\s[-–—]\s|\()\s*/u.exec(value);
  const name = (cut ? value.slice(0, cut.index) : value).trim();
  let position = cut ? value.slice(cut.index + cut[0].length).trim() : undefined;
  // «Петров П.П. (учитель математики)»: the parenthesis closes the position.
  if (position && cut![0].includes('(')) position = position.replace(/\)\s*$/, '').trim();
  return { name, ...(position ? { position } : {}), text: value, span, source };
}

const memo = new WeakMap<DocumentModel, PersonalProgramme>();

export function readPersonalProgramme(model: DocumentModel, text: string): PersonalProgramme {
  const hit = memo.get(model);
  if (hit) return hit;
  const out = read(model, text);
  memo.set(model, out);
  return out;
}

export function readPair(model: DocumentModel, text: string): PersonalPair {
  const p = readPersonalProgramme(model, text);
  return {
    ...(p.mentor ? { mentor: p.mentor } : {}),
    ...(p.mentee ? { mentee: p.mentee } : {}),
    ...(p.form ? { form: { text: p.form.text, canonical: p.form.canonical, mentor: p.form.mentor, mentee: p.form.mentee } } : {}),
    ...(p.period ? { period: p.period.period } : {}),
  };
}

function read(model: DocumentModel, text: string): PersonalProgramme {
  const out: PersonalProgramme = { tasks: [], plans: [], blank: {}, insertAt: insertPoint(model, text) };
  const fm = model.meta.frontMatter ?? {};
  const fmSpan = model.meta.frontMatterSpan ?? { start: 0, end: 0 };
  if (fm.mentor) out.mentor = readParticipant(fm.mentor, fmSpan, 'front-matter');
  if (fm.mentee) out.mentee = readParticipant(fm.mentee, fmSpan, 'front-matter');
  if (fm.form) out.form = { ...readMentoringForm(fm.form), span: fmSpan, source: 'front-matter' };
  const lines = labelledLines(model, text);
  const cells = labelledCells(model);
  const found: { label: Label; value: string; span: Span; source: FactSource }[] = [
    ...lines.map((l) => ({ label: l.label, value: l.value, span: l.span, source: 'line' as const })),
    ...cells.map((c) => ({ label: c.label, value: c.cell.text, span: c.cell.span, source: 'table' as const })),
  ].sort((a, b) => a.span.start - b.span.start);
  for (const f of found) {
    if (f.label !== 'goal' && f.label !== 'tasks' && (f.value === '' || isBlank(f.value))) {
      out.blank[f.label] ??= f.span;
      continue;
    }
    if (f.label === 'mentor' && !out.mentor) out.mentor = readParticipant(f.value, f.span, f.source);
    else if (f.label === 'mentee' && !out.mentee) out.mentee = readParticipant(f.value, f.span, f.source);
    else if (f.label === 'form' && !out.form && f.value !== '')
      out.form = { ...readMentoringForm(f.value), span: f.span, source: f.source };
    else if (f.label === 'period' && !out.period && f.value !== '') {
      const period = parsePeriod(f.value);
      if (period) out.period = { period, span: f.span, source: f.source };
      else out.unreadPeriod ??= { text: f.value, span: f.span };
    } else if (f.label === 'goal' && !out.goal && f.value !== '')
      out.goal = f.source === 'line' ? paragraphFrom(text, f.value, f.span) : { text: f.value, span: f.span };
  }
  // The document's own period (front matter, title, a preamble line) is the one its deadlines were read in.
  if (model.meta.period) {
    const at = out.period && out.period.period.start === model.meta.period.start && out.period.period.end === model.meta.period.end;
    if (!at) {
      const span =
        model.meta.periodSource === 'front-matter'
          ? fmSpan
          : (spanOfText(text, model.meta.period.text) ?? model.sections[0]?.span ?? { start: 0, end: 0 });
      out.period = { period: model.meta.period, span, source: model.meta.periodSource === 'front-matter' ? 'front-matter' : 'title' };
    }
  }
  // No «Форма наставничества:» line: a title or head line «(форма «учитель – учитель»)».
  if (!out.form) {
    const head = text.slice(0, Math.min(text.length, model.tables[0]?.span.start ?? 5000, 5000));
    const m = /(?:форм\S*|модел\S*)\s+(?:наставничества\s+)?[«"“]?([^»"”\n]{3,60}?\s*[-–—]\s*[^»"”\n,.;)]{3,40})/iu.exec(head);
    if (m) {
      const form = readMentoringForm(m[1]!);
      const start = m.index + m[0].length - m[1]!.length;
      if (form.canonical) out.form = { ...form, span: { start, end: start + m[1]!.length }, source: 'title' };
    }
  }
  out.tasks = readTasks(lines, text);
  out.plans = model.tables.filter((t) => t.kind === 'personal').map(readPlanTable);
  return out;
}

/** A «Цель: …» line whose paragraph goes on over the next lines (Word wraps long goals): up to the blank line. */
function paragraphFrom(text: string, value: string, span: Span): { text: string; span: Span } {
  let end = span.end;
  let joined = value;
  for (;;) {
    const lineStart = text.indexOf('\n', end);
    if (lineStart === -1) break;
    const lineEnd = text.indexOf('\n', lineStart + 1) === -1 ? text.length : text.indexOf('\n', lineStart + 1);
    const line = text.slice(lineStart + 1, lineEnd).replace(/\r$/, '');
    if (line.trim() === '' || /^\s*(?:#|\||[-*+]\s|\d{1,2}[.)]\s|\*\*|__)/.test(line) || joined.length > 2000) break;
    joined += ' ' + line.trim();
    end = lineStart + 1 + line.trimEnd().length;
  }
  return { text: joined.replace(/\s+/g, ' ').trim(), span: { start: span.start, end } };
}

/** «___», «[указать ФИО]», «ФИО, должность»: a line left to fill in. */
function isBlank(value: string): boolean {
  const v = value.replace(/[*_]{2}/g, '').trim();
  return /^[_\s.…-]*$/.test(v) || /^\[[^\]]*\]\.?$/.test(v) || /^(?:ф\.?\s?и\.?\s?о\.?|фио)(?:\s*,\s*должность)?$/iu.test(v);
}

function spanOfText(text: string, fragment: string): Span | undefined {
  const at = fragment ? text.indexOf(fragment) : -1;
  return at === -1 ? undefined : { start: at, end: at + fragment.length };
}

/** Tasks: «Задачи: a; b; c» on one line, or the list items right under a «Задачи» line or heading. */
function readTasks(lines: ReturnType<typeof labelledLines>, text: string): { text: string; span: Span }[] {
  const tasksLine = lines.find((l) => l.label === 'tasks');
  const heading = tasksLine ? undefined : /^#{1,6}\s+(?:\d+[.)]?\s*)?задачи(?!\p{L})[^\n]*$/imu.exec(text);
  const from = tasksLine ? tasksLine.line.end : heading ? heading.index + heading[0].length : -1;
  if (from === -1) return [];
  if (tasksLine && tasksLine.value !== '') {
    // One line, tasks separated by «;» (a single task is a task too).
    const out: { text: string; span: Span }[] = [];
    let at = tasksLine.span.start;
    for (const part of tasksLine.value.split(';')) {
      const t = part.replace(/^\s*(?:\d+[.)]|[-–—•])\s*/, '').trim();
      const start = text.indexOf(t, at);
      if (t && start !== -1) out.push({ text: t.replace(/[.]$/, ''), span: { start, end: start + t.length } });
      at += part.length + 1;
    }
    return out;
  }
  // The list under the line or heading: blank lines may separate its items; any other line ends it.
  const out: { text: string; span: Span }[] = [];
  let at = text.indexOf('\n', from) === from ? from + 1 : from;
  while (at < text.length && out.length < 30) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    const m = /^([ \t]*(?:\d{1,2}[.)]|[-*+•])[ \t]+)(.+?)[ \t\r]*$/u.exec(line);
    if (m) {
      const value = m[2]!.replace(/[;.]\s*$/, '').trim();
      out.push({ text: value, span: { start: at + m[1]!.length, end: at + m[1]!.length + m[2]!.length } });
    } else if (line.trim() !== '') break;
    at = end + 1;
  }
  return out;
}

/** After the title line; without a heading, at the start (after the front matter). */
function insertPoint(model: DocumentModel, text: string): number {
  const title = model.sections.find((s) => s.title === model.meta.title) ?? model.sections[0];
  if (title) {
    const end = text.indexOf('\n', title.span.end);
    return end === -1 ? text.length : end + 1;
  }
  return model.meta.frontMatterSpan ? Math.min(text.length, model.meta.frontMatterSpan.end + 1) : 0;
}
