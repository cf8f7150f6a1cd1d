import type { Message } from '../diagnostic';
import { readPersonalProgramme } from '../domain/personal';
import type { Span } from '../model';
import type { Rule } from './rule';
import { quoted } from './rule';

type Field = 'mentor' | 'mentee' | 'form' | 'period' | 'plan';

const MISSING: Record<Field, Message> = {
  mentor: {
    ru: 'Не указан наставник. Добавьте под заголовком строку «Наставник: ФИО, должность» (например, «Наставник: Иванова А.А., учитель математики»).',
    en: 'No mentor named. Add a line «Наставник: ФИО, должность» under the title (e.g. «Наставник: Иванова А.А., учитель математики»).',
  },
  mentee: {
    ru: 'Не указан наставляемый. Добавьте под заголовком строку «Наставляемый: ФИО, должность» (например, «Наставляемый: Петров П.П., учитель математики»).',
    en: 'No mentee named. Add a line «Наставляемый: ФИО, должность» under the title (e.g. «Наставляемый: Петров П.П., учитель математики»).',
  },
  form: {
    ru:
      'Не указана форма наставничества. Добавьте строку «Форма наставничества: педагог ' +
      '– педагог» (или «руководитель – педагог», «ученик – ученик», «студент – ученик»…).',
    en: 'No form of mentoring. Add a line «Форма наставничества: педагог – педагог» (or «руководитель – педагог», «ученик – ученик», «студент – ученик»…).',
  },
  period: {
    ru:
      'Не указан срок реализации программы, поэтому сроки мероприятий нельзя проверить. Добавьте строку ' +
      '«Срок реализации: с 01.09.2025 по 31.05.2026» (от 3 месяцев до 1 года) или «период:» в front matter.',
    en:
      'No period, so the deadlines cannot be checked. Add a line «Срок реализации: с 01.09.2025 по 31.05.2026» ' +
      '(three months to a year) or «период:» to the front matter.',
  },
  plan: {
    ru: 'Нет плана мероприятий. Добавьте таблицу «№ | Мероприятие | Срок | Планируемый результат | Отметка о выполнении».',
    en: 'No plan of activities. Add a table «№ | Мероприятие | Срок | Планируемый результат | Отметка о выполнении».',
  },
};

const BLANK: Record<Exclude<Field, 'plan'>, Message> = {
  mentor: {
    ru: 'Строка «Наставник» не заполнена: впишите ФИО и должность наставника.',
    en: 'The «Наставник» line is empty: write the mentor’s name and position.',
  },
  mentee: {
    ru: 'Строка «Наставляемый» не заполнена: впишите ФИО и должность наставляемого.',
    en: 'The «Наставляемый» line is empty: write the mentee’s name and position.',
  },
  form: {
    ru: 'Строка «Форма наставничества» не заполнена: впишите форму, например «педагог – педагог».',
    en: 'The «Форма наставничества» line is empty: write the form, e.g. «педагог – педагог».',
  },
  period: {
    ru: 'Строка «Срок реализации» не заполнена: впишите даты, например «с 01.09.2025 по 31.05.2026».',
    en: 'The «Срок реализации» line is empty: write the dates, e.g. «с 01.09.2025 по 31.05.2026».',
  },
};

/**
 * A personalised programme (docs/domain.md §17) that does not name its mentor, mentee, form of
 * mentoring or period, or has no plan table. A head line written but left blank («Наставник:»,
 * «Наставник: [указать ФИО и должность]») is a warning on the line; a line missing altogether is
 * reported on the title. A period written in a way the reader cannot read is reported too.
 *
 * data: { field: 'mentor' | 'mentee' | 'form' | 'period' | 'plan', blank?: true, at (offset where the line goes) }
 */
export const personalMissingField: Rule = {
  code: 'personal-missing-field',
  defaultSeverity: 'error',
  fixes: ['insert-personal-line'],
  title: { ru: 'В персонализированной программе не хватает сведений', en: 'Personalised programme lacks a required part' },
  check({ model, text, report }) {
    if (model.meta.kind !== 'personal') return;
    const p = readPersonalProgramme(model, text);
    const title = model.sections.find((s) => s.title === model.meta.title);
    const head: Span = title?.span ?? model.meta.frontMatterSpan ?? model.sections[0]?.span ?? { start: 0, end: 0 };
    const present: Record<Field, boolean> = {
      mentor: p.mentor !== undefined,
      mentee: p.mentee !== undefined,
      form: p.form !== undefined,
      period: p.period !== undefined,
      plan: p.plans.length > 0,
    };
    for (const field of ['mentor', 'mentee', 'form', 'period', 'plan'] as const) {
      if (present[field]) continue;
      const blank = field === 'plan' ? undefined : p.blank[field];
      if (field === 'period' && p.unreadPeriod) {
        report({
          span: p.unreadPeriod.span,
          severity: 'warning',
          message: {
            ru:
              `Срок реализации ${quoted(p.unreadPeriod.text)} не удалось прочитать. Напишите его ` +
              'датами или месяцами с годом: «с 01.09.2025 по 31.05.2026», «сентябрь 2025 – май 2026».',
            en:
              `The period ${quoted(p.unreadPeriod.text)} cannot be read. Write it as dates or ` +
              'months with the year: «с 01.09.2025 по 31.05.2026», «сентябрь 2025 – май 2026».',
          },
          data: { field, unread: true },
        });
        continue;
      }
      if (blank && field !== 'plan') {
        report({ span: blank, severity: 'warning', message: BLANK[field], data: { field, blank: true } });
        continue;
      }
      report({
        span: head,
        severity: field === 'form' || field === 'period' ? 'warning' : undefined,
        message: MISSING[field],
        data: { field, at: p.insertAt },
      });
    }
  },
};
