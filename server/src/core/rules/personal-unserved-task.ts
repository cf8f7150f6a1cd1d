import { readPersonalProgramme } from '../domain/personal';
import { normalizeWords } from '../read/text';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * Words too general to tell one task of a mentorship plan from another: every task of a young
 * teacher's plan «развивает профессиональные компетенции педагога».
 */
const GENERAL = new Set([
  'выявл',
  'деяте',
  'знани',
  'изуче',
  'качес',
  'компе',
  'молод',
  'навык',
  'наста',
  'необх',
  'обесп',
  'облас',
  'овлад',
  'оказа',
  'орган',
  'освое',
  'основ',
  'осуще',
  'педаг',
  'повыш',
  'подде',
  'помощ',
  'профе',
  'работ',
  'разви',
  'своей',
  'собст',
  'совер',
  'созда',
  'специ',
  'сфере',
  'также',
  'умени',
  'услов',
  'успеш',
  'учите',
  'форми',
  'через',
  'эффек',
]);

const STEM = 5;

/** The telling words of a text as five-letter stems («документации» → «докум»). */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeWords(text).match(/\p{L}{5,}/gu) ?? []) {
    const stem = word.slice(0, STEM);
    if (!GENERAL.has(stem)) out.add(stem);
  }
  return out;
}

/**
 * A task named in the head of a personalised programme (the «Задачи» list) that no activity of the
 * plan serves: none of its telling words appears in any activity, section, result or form of
 * reporting. Matching by words is rough, so this is a hint, and a task with no telling word (only
 * «развитие профессиональных компетенций») is never reported.
 *
 * data: { task (as written), index (0-based in the list) }
 */
export const personalUnservedTask: Rule = {
  code: 'personal-unserved-task',
  defaultSeverity: 'hint',
  title: { ru: 'Задаче не соответствует ни одно мероприятие', en: 'A task no activity serves' },
  check({ model, text, report }) {
    if (model.meta.kind !== 'personal') return;
    const p = readPersonalProgramme(model, text);
    if (p.tasks.length === 0 || p.plans.length === 0) return;
    const planWords = new Set<string>();
    for (const plan of p.plans) {
      for (const r of plan.rows) {
        const cells = [r.activity.text, r.section ?? '', r.row.result?.text ?? '', r.fact?.text ?? ''];
        if (plan.columns.report !== undefined) cells.push(r.row.cells[plan.columns.report]?.text ?? '');
        for (const c of cells) for (const s of stems(c)) planWords.add(s);
      }
    }
    if (planWords.size === 0) return;
    p.tasks.forEach((task, index) => {
      const own = stems(task.text);
      if (own.size === 0 || [...own].some((s) => planWords.has(s))) return;
      report({
        span: task.span,
        message: {
          ru:
            `Задаче ${quoted(task.text, 60)} не соответствует ни одно мероприятие плана. ` +
            'Добавьте мероприятие для неё или уточните формулировку задачи.',
          en: `No activity of the plan serves the task ${quoted(task.text, 60)}. Add an activity for it or reword the task.`,
        },
        data: { task: task.text, index },
      });
    });
  },
};
