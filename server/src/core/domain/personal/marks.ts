/**
 * The «Отметка о выполнении» of a plan row, as the pair writes it (docs/domain.md §17): «выполнено»,
 * «+», «✓», «да», a date, «частично», «в процессе», empty. A mark the reader does not know is
 * `unread`: shown to the user and never counted as done.
 */
import { normalizeWords } from '../../read/text';

export type MarkKind = 'done' | 'partial' | 'in-progress' | 'not-done' | 'empty' | 'unread';

export interface Mark {
  kind: MarkKind;
  /** The text as written (trimmed). */
  text: string;
}

const SYMBOL_DONE = /^(?:\+|✓|✔|✔️|☑|☑️|✅|v)$/u;
const EMPTY = /^(?:-|–|—|\.|…|_+)?$/;
/** Words that start a mark meaning the activity took place. */
const DONE_WORD = new RegExp(
  '^(?:выполнен|сделан|исполнен|проведен|реализован|завершен|пройден|посещен|изучен|' +
    String.raw`подготовлен|составлен|оформлен|организован|прошел|прошла|да(?![\p{L}])|done(?![\p{L}]))`,
  'u',
);
const PARTIAL = /^(?:частичн|выполнен\S* частичн|не полностью|не в полном объеме)/u;
const IN_PROGRESS = /^(?:в процессе|в работе|выполняется|ведется|проводится|продолжается|начат|в стадии)/u;
const NOT_DONE = /^(?:не выполнен|не проведен|не сделан|нет(?![\p{L}])|перенесен|отменен|не реализован)/u;
/** «12.10.2025», «12.10.25», «12.10»: the date the activity was done. */
const DATE = /^(?:\d{1,2}\.\d{1,2}(?:\.\d{2}(?:\d{2})?)?)(?:\s*(?:г\.?|года?))?$/u;

export function readMark(raw: string): Mark {
  const text = raw.replace(/\s+/g, ' ').trim();
  const t = normalizeWords(text)
    .replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '')
    .replace(/[.!;]+$/, '')
    .trim();
  if (EMPTY.test(t)) return { kind: 'empty', text };
  if (SYMBOL_DONE.test(t)) return { kind: 'done', text };
  if (NOT_DONE.test(t)) return { kind: 'not-done', text };
  if (PARTIAL.test(t)) return { kind: 'partial', text };
  if (IN_PROGRESS.test(t)) return { kind: 'in-progress', text };
  if (DATE.test(t)) return { kind: 'done', text };
  // «Выполнено 12.10.2025», «+ (12.10)», «✓ протокол № 3»: a done word or sign first.
  if (DONE_WORD.test(t) || /^(?:\+|✓|✔|☑|✅)\s*\S/u.test(t)) return { kind: 'done', text };
  return { kind: 'unread', text };
}
