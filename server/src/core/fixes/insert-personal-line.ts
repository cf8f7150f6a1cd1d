/**
 * personal-missing-field → the missing head line of a personalised programme, under the lines it
 * already has («Наставник: …», «Наставляемый: …», «Форма наставничества: …», «Срок реализации: …», in
 * that order; else right under the title). What only the user knows is a «[указать …]» placeholder,
 * which the rule then reports as a line to fill in. The form is written out when the positions of
 * both sides tell it (two teachers: «педагог – педагог»); the period when the plan's deadlines span
 * three months to a year. Never safe for fix-all: it adds text the user must check.
 */
import { readMentoringForm, readPersonalProgramme } from '../domain/personal';
import type { IsoDate } from '../domain/dates';
import type { DiagnosticFixer } from './fix';

const ORDER = ['mentor', 'mentee', 'form', 'period'] as const;
type HeadField = (typeof ORDER)[number];

const LABEL: Record<HeadField, string> = {
  mentor: 'Наставник',
  mentee: 'Наставляемый',
  form: 'Форма наставничества',
  period: 'Срок реализации',
};

function ddmmyyyy(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

export const insertPersonalLine: DiagnosticFixer = (ctx, diagnostic) => {
  const field = diagnostic.data?.field;
  if (!ORDER.includes(field as HeadField) || diagnostic.data?.blank || diagnostic.data?.unread) return [];
  const f = field as HeadField;
  const { model } = ctx.analysis;
  const p = readPersonalProgramme(model, ctx.text);
  let value: string;
  if (f === 'form') {
    const guess = p.mentor?.position && p.mentee?.position ? readMentoringForm(`${p.mentor.position} – ${p.mentee.position}`) : undefined;
    value = guess?.canonical ? `«${guess.canonical}»` : '[указать форму, например «педагог – педагог»]';
  } else if (f === 'period') {
    const intervals = p.plans.flatMap((plan) => plan.rows.flatMap((r) => r.row.deadline?.parsed.intervals.filter((i) => !i.vague) ?? []));
    const start = intervals.reduce<IsoDate | undefined>((min, i) => (min === undefined || i.start < min ? i.start : min), undefined);
    const end = intervals.reduce<IsoDate | undefined>((max, i) => (max === undefined || i.end > max ? i.end : max), undefined);
    const months =
      start && end
        ? (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1
        : 0;
    value =
      start && end && months >= 3 && months <= 12
        ? `с ${ddmmyyyy(start)} по ${ddmmyyyy(end)}`
        : '[указать, например «с 01.09.2025 по 31.05.2026»]';
  } else value = '[указать ФИО и должность]';
  // After the last head line written before this one (from the text's lines, not the front matter).
  const before = ORDER.slice(0, ORDER.indexOf(f))
    .map((k) => (k === 'period' ? p.period : k === 'form' ? p.form : p[k]))
    .filter((x) => x !== undefined && (x.source === 'line' || x.source === 'title'))
    .map((x) => x!.span.end);
  const anchor = before.length ? Math.max(...before) : undefined;
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const line = `${LABEL[f]}: ${value}`;
  let at: number;
  let newText: string;
  if (anchor !== undefined) {
    const lineEnd = ctx.text.indexOf('\n', anchor);
    at = lineEnd === -1 ? ctx.text.length : lineEnd + 1;
    newText = lineEnd === -1 ? `${eol}${eol}${line}` : `${eol}${line}${eol}`;
  } else {
    at = p.insertAt;
    newText = at >= ctx.text.length && !ctx.text.endsWith('\n') ? `${eol}${eol}${line}${eol}` : `${eol}${line}${eol}`;
  }
  return [
    {
      id: `insert-personal-line:${f}`,
      title: {
        ru: `Добавить строку «${LABEL[f]}: …»${value.startsWith('[') ? ' (заготовка — заполните её)' : ''}`,
        en: `Add the line «${LABEL[f]}: …»${value.startsWith('[') ? ' (a placeholder: fill it in)' : ''}`,
      },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits: [{ start: at, end: at, newText }],
    },
  ];
};
