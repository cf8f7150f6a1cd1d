/**
 * «Наставник: …», «**Наставляемый:** …», «Форма наставничества – …», «Срок реализации: …»: the
 * labelled lines at the head of a personalised programme (docs/domain.md §17), and the same labels
 * in a two-column table («| Наставник | Иванова А.А., учитель |»). Lines inside tables, code and the
 * front matter are not read here.
 */
import type { Cell, DocumentModel, Span } from '../../model';
import { normalizeWords } from '../../read/text';

export type Label = 'mentor' | 'mentee' | 'form' | 'period' | 'goal' | 'tasks';

/** Label words, normalised (lower case, «ё» → «е»), longest first within a label so «ф.и.о. наставника» wins over «наставник». */
const LABELS: ReadonlyArray<readonly [Label, RegExp]> = [
  ['mentee', /^(?:ф\.?\s?и\.?\s?о\.?\s+)?(?:наставляем(?:ый|ая|ого|ой)|молод(?:ой|ого) (?:специалист|педагог)\S*)(?:\s*\([^)]*\))?$/],
  ['mentor', /^(?:ф\.?\s?и\.?\s?о\.?\s+)?наставни(?:к|ка|ца|цы)(?:\s*\([^)]*\))?$/],
  ['form', /^(?:форма|модель|вид) наставничества$|^форма$/],
  [
    'period',
    new RegExp(
      '^(?:сроки?|период|продолжительность) (?:реализации|осуществления|действия|выполнения)' +
        '(?: (?:персонализированной )?(?:программы|плана))?$|^период$|^сроки? программы$',
    ),
  ],
  ['goal', /^цел[ьи](?: (?:программы|наставничества))?$/],
  ['tasks', /^задачи(?: (?:программы|наставничества))?$/],
];

export function labelOf(text: string): Label | undefined {
  const t = normalizeWords(text)
    .replace(/[*_]/g, '')
    .replace(/[:：.\s]+$/, '')
    .trim();
  for (const [label, re] of LABELS) if (re.test(t)) return label;
  return undefined;
}

export interface LabelledLine {
  label: Label;
  /** The value after the colon (or dash), trimmed; may be empty («Наставник: ___» counts as written, «Задачи:» opens a list). */
  value: string;
  /** Where the value is (zero-width at the end of the line when empty). */
  span: Span;
  /** The whole line. */
  line: Span;
}

/** `- **Наставник:** Иванова …`: an optional bullet and bold around the label, a colon or a dash. */
const LINE =
  /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*)([^:：\n|]{2,60}?)(\s*(?:\*\*|__)?\s*(?:[:：]|\s[-–—]\s)\s*(?:\*\*|__)?\s*)(.*?)(\s*(?:\*\*|__)?\s*)$/u;

/** Every labelled line outside tables and the front matter, in text order. */
export function labelledLines(model: DocumentModel, text: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  const skip: Span[] = [...model.tables.map((t) => t.span), ...(model.meta.frontMatterSpan ? [model.meta.frontMatterSpan] : [])];
  let start = 0;
  // Head lines are short: a programme longer than this has no head lines past it worth reading.
  const limit = Math.min(text.length, 200_000);
  while (start < limit) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const inSkipped = skip.some((s) => start >= s.start && start < s.end);
    if (!inSkipped && end - start <= 600) {
      const raw = text.slice(start, end).replace(/\r$/, '');
      const m = LINE.exec(raw);
      const label = m ? labelOf(m[2]!) : undefined;
      if (m && label) {
        const valueStart = start + m[1]!.length + m[2]!.length + m[3]!.length;
        const value = m[4]!;
        out.push({
          label,
          value: value.trim(),
          span: { start: valueStart, end: valueStart + value.length },
          line: { start, end: start + raw.length },
        });
      } else if (!m && /^\s*(?:\*\*|__)?\s*(?:задачи|цель)[^:\n]{0,30}?(?:\*\*|__)?\s*$/iu.test(raw)) {
        // «**Задачи**» alone on its line: a list follows.
        const word = labelOf(raw);
        if (word)
          out.push({
            label: word,
            value: '',
            span: { start: start + raw.length, end: start + raw.length },
            line: { start, end: start + raw.length },
          });
      }
    }
    start = end + 1;
  }
  return out;
}

/** `| Наставник | Иванова А.А., учитель |` rows (and header) of two-column tables. */
export function labelledCells(model: DocumentModel): { label: Label; cell: Cell }[] {
  const out: { label: Label; cell: Cell }[] = [];
  for (const table of model.tables) {
    if (table.kind === 'personal' || table.columns.length !== 2) continue;
    const header = labelOf(table.columns[0]!.header);
    const second = labelOf(table.columns[1]!.header);
    if (header && second && table.rows[0]) {
      // «| Наставник | Наставляемый |» over one row of names: each column a label.
      out.push({ label: header, cell: table.rows[0].cells[0]! }, { label: second, cell: table.rows[0].cells[1]! });
      continue;
    }
    // «| Наставник | Иванова А.А. |» as the header row itself.
    const value = table.columns[1]!;
    if (header) out.push({ label: header, cell: { text: value.header, parts: [], span: value.span } });
    for (const row of table.rows) {
      const label = row.cells[0] ? labelOf(row.cells[0].text) : undefined;
      if (label && row.cells[1]) out.push({ label, cell: row.cells[1] });
    }
  }
  return out;
}
