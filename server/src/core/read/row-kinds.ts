/**
 * What a table row is, beyond an activity: the column-number row official Word templates put under
 * the header (`| 1 | 2 | 3 | 4 | 5 |`), and section rows — a row merged across the table in Word
 * («1. Нормативное правовое регулирование …», «I. Организационные мероприятия», «Раздел 2. …»,
 * a bold row). Neither is an activity: they need no deadline, responsible or result
 * (docs/domain.md §7 «Строки таблицы»).
 */
import type { Cell, Column } from '../model';

/**
 * `| 1 | 2 | 3 | 4 | 5 |`: every filled cell holds its own column's number (1-based), and at least
 * two cells are filled. A real first activity row always has words in it.
 */
export function isColumnNumberRow(cells: readonly Cell[]): boolean {
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.text.trim().replace(/\.$/, '');
    if (text === '') continue;
    if (text !== String(i + 1)) return false;
    filled++;
  }
  return filled >= 2 && filled >= cells.length - 1;
}

/** A number that opens a section: «1», «1.», «1)», «I», «II.», «Раздел 2», «Блок 3». Not «1.1». */
const SECTION_NUMBER = /^(?:(?:раздел|блок|направление|модуль|часть)\s*)?(?:\d{1,2}|[IVXLCivxlc]{1,6})[.)]?$/u;

/** A title cell that names itself a section: «I. …», «Раздел 2. …», «1. …» (one level), bold. */
const SECTION_TITLE =
  /^(?:\*\*|__)?\s*(?:(?:раздел|блок|направление|модуль|часть)\s+(?:\d{1,2}|[IVXLC]{1,6})\b|[IVXLC]{1,6}[.)]\s|\d{1,2}[.)]\s+\S)/iu;

/** «Раздел 2. …», «I. …», «Блок 3»: a title that names itself a section whatever the table. */
const NAMED_SECTION =
  /^(?:\*\*|__)?\s*(?:(?:раздел|блок|направление|модуль|часть)\s+(?:\d{1,2}|[IVXLC]{1,6})(?![\p{L}\p{N}])|[IVXLC]{1,6}[.)]\s)/iu;

/**
 * A line that only continues the text of the row above: it starts with a small letter, a dash or
 * bullet, or a list item «2)», «б)» — Word split one cell over two rows.
 */
export function continuesAbove(raw: string): boolean {
  const t = raw.replace(/^(?:\*\*|__)/, '').trim();
  return /^(?:[-–—•·*▪]\s|\p{Ll}|\d{1,2}\)\s|[а-я]\)\s)/u.test(t);
}

export interface SectionReading {
  /** The section's title as written (the one filled cell). */
  title: string;
  /** Where the title is written. */
  cell: Cell;
}

/**
 * A section row: one filled cell besides the number, and it holds a title, not a deadline or a
 * responsible. A row numbered as an item («1.1», «2.3») with only its text filled is an activity
 * whose other cells are empty — that stays an activity, so its empty cells are reported. A title
 * may also sit in the number column when Word merged the whole row («| 1. Нормативное … | | |»).
 */
export function readSectionRow(
  cells: readonly Cell[],
  columns: readonly Column[],
  rawTitle: (cell: Cell) => string,
  /** The table numbers items «1.1», «1.2»: a «1.» alone in its row is then a section, not an item. */
  hasSubNumbers: boolean,
): SectionReading | undefined {
  const hasStageColumn = columns.some((c) => c.role === 'stage');
  const numberIndex = columns.findIndex((c) => c.role === 'number');
  const number = numberIndex >= 0 ? cells[numberIndex]!.text.trim() : '';
  const filled: number[] = [];
  for (let i = 0; i < cells.length; i++) if (i !== numberIndex && cells[i]!.text.trim() !== '') filled.push(i);
  if (filled.length === 0) {
    // The whole row merged into the number column: «| 1. Нормативное правовое регулирование | | |».
    if (numberIndex >= 0 && /\p{L}{3}/u.test(number) && !/^\d+(\.\d+)+\.?\s/.test(number))
      return { title: number, cell: cells[numberIndex]! };
    return undefined;
  }
  if (filled.length !== 1) return undefined;
  const index = filled[0]!;
  const role = columns[index]?.role;
  if (role === 'deadline' || role === 'responsible' || role === 'result' || role === 'stage') return undefined;
  const cell = cells[index]!;
  const raw = rawTitle(cell).trim();
  if (number !== '' && !SECTION_NUMBER.test(number)) return undefined;
  if (continuesAbove(raw)) return undefined;
  // In a table with a stage column, rows of a stage fill only their activity often enough: only a
  // row that names itself a section («I. …», «Раздел 2», bold) is one.
  const named = NAMED_SECTION.test(raw) || isBold(raw);
  if (hasStageColumn) return named && (number === '' || SECTION_NUMBER.test(number)) ? { title: cell.text, cell } : undefined;
  // In a flat list («1.», «2.», «3.») a numbered row is an item even when only its text is filled.
  const titled = SECTION_TITLE.test(raw) || named;
  if (number !== '' && /^\d/.test(number) && !hasSubNumbers && !titled) return undefined;
  // Without a number of its own the row is a section when its title says so, or stands alone as a
  // short line, the way a merged row reads; a long sentence alone in a row is an activity.
  if (number === '' && !titled && cell.text.length > 160) return undefined;
  return { title: cell.text, cell };
}

function isBold(raw: string): boolean {
  return /^(\*\*|__)[\s\S]*\1$/.test(raw);
}
