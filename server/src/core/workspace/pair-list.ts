/**
 * The list of mentor–mentee pairs a school keeps in its roadmap, its programme or a «приказ о
 * закреплении наставнических пар»: a table with a mentor column and a mentee column, usually also
 * the form of mentoring and the period (docs/domain.md §18 «Наставнические пары»).
 *
 * A table is a pair list when its header names both roles and at least one row has a person's name
 * in both cells: a table «Наставник | Наставляемый» that describes who may be one («Опытный педагог,
 * …») lists no pairs. A row naming several mentors or mentees (a group) is left out: whose programme
 * is whose is not clear from it.
 *
 * Pure, never throws.
 */
import type { Period } from '../domain/dates';
import { parsePeriod } from '../domain/deadline';
import { type PersonName, readPersonNames } from '../domain/person-names';
import type { Cell, DocumentModel, Span, Table } from '../model';

export interface ListedPair {
  mentor: PersonName;
  mentee: PersonName;
  /** The cells as written (name and, often, position). */
  mentorCell: Cell;
  menteeCell: Cell;
  mentorPosition?: string;
  menteePosition?: string;
  form?: string;
  period?: Period;
  /** The table row. */
  span: Span;
}

type Role = 'mentor' | 'mentee' | 'mentor-position' | 'mentee-position' | 'form' | 'period';

function headerRole(header: string): Role | undefined {
  const h = header.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  const names = /фио|ф\.и\.о|фамилия/.test(h);
  const position = /должност/.test(h) && !names;
  if (/наставляем|подопечн|молод\S* (?:специалист|педагог|учител)|начинающ\S* (?:педагог|учител|специалист)/.test(h)) {
    return position ? 'mentee-position' : 'mentee';
  }
  if (/наставник/.test(h)) return position ? 'mentor-position' : 'mentor';
  if (/форм/.test(h)) return 'form';
  if (/срок|период|дата/.test(h)) return 'period';
  return undefined;
}

/** Column index of each role: the first column of it, a «ФИО …» column before any other. */
function columnsOf(table: Table): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  for (const column of table.columns) {
    const role = headerRole(column.header);
    if (!role) continue;
    const better = (role === 'mentor' || role === 'mentee') && /фио|ф\.и\.о|фамилия/i.test(column.header);
    if (out[role] === undefined || (better && !/фио|ф\.и\.о|фамилия/i.test(table.columns[out[role]]!.header))) out[role] = column.index;
  }
  return out;
}

/** What a name cell holds after the name: the position («Иванова А.А., учитель математики»). */
function positionAfter(cell: Cell, name: PersonName): string | undefined {
  let rest = cell.text
    .slice(name.end)
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s.;,]+$/, '')
    .trim();
  if (/^\([^()]*\)$/.test(rest)) rest = rest.slice(1, -1).trim();
  return rest === '' ? undefined : rest;
}

/** The pairs a table lists, when it is a pair list. */
export function readPairTable(table: Table): ListedPair[] {
  const cols = columnsOf(table);
  if (cols.mentor === undefined || cols.mentee === undefined || cols.mentor === cols.mentee) return [];
  const pairs: ListedPair[] = [];
  for (const row of table.rows) {
    if (row.isSection || row.isColumnNumbers || row.continuesAbove) continue;
    const mentorCell = row.cells[cols.mentor];
    const menteeCell = row.cells[cols.mentee];
    if (!mentorCell || !menteeCell) continue;
    const mentors = readPersonNames(mentorCell.text);
    const mentees = readPersonNames(menteeCell.text);
    if (mentors.length !== 1 || mentees.length !== 1) continue;
    const [mentor, mentee] = [mentors[0]!, mentees[0]!];
    const text = (role: Role): string | undefined => {
      const i = cols[role];
      const t = i === undefined ? undefined : row.cells[i]?.text.trim();
      return t ? t : undefined;
    };
    const periodText = text('period');
    const period = periodText ? parsePeriod(periodText) : undefined;
    pairs.push({
      // Offsets into the document: the cell's text starts at its span (docs/domain.md §7 «Строки таблицы»).
      mentor: { ...mentor, start: mentorCell.span.start, end: mentorCell.span.end },
      mentee: { ...mentee, start: menteeCell.span.start, end: menteeCell.span.end },
      mentorCell,
      menteeCell,
      ...optional('mentorPosition', text('mentor-position') ?? positionAfter(mentorCell, mentor)),
      ...optional('menteePosition', text('mentee-position') ?? positionAfter(menteeCell, mentee)),
      ...optional('form', text('form')?.replace(/[«»"]/g, '')),
      ...(period ? { period } : {}),
      span: row.span,
    });
  }
  return pairs;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Every pair listed in a document (all its pair tables, in order). */
export function readPairList(model: DocumentModel): ListedPair[] {
  return model.tables.flatMap(readPairTable);
}
