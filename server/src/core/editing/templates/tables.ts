/** Template family: the efficiency indicators, target indicators and questionnaire tables (the ППН is a document: personal-program.ts). */
import { defaultLevels } from '../../scores/efficiency';
import { EFFICIENCY_CRITERIA, QUESTIONNAIRE_ITEMS, TARGET_ROWS } from '../template-data';
import { ownYears, TabStopWriter, text, type YearWriter } from './tab-stops';
import { type Template, TEMPLATE_YEAR } from './template';

/** The efficiency indicators table with a «Балл» column (choices 2/1/0) and the levels after it. */
export function efficiencyTable(stops: TabStopWriter): string {
  const rows: string[] = [];
  for (const [criterion, indicators] of EFFICIENCY_CRITERIA) {
    for (const [i, indicator] of indicators.entries()) {
      rows.push(`| ${i === 0 ? text(criterion) : ''} | ${text(indicator)} | ${stops.choice(['2', '1', '0'])} |`);
    }
  }
  const max = 2 * EFFICIENCY_CRITERIA.reduce((n, [, inds]) => n + inds.length, 0);
  const levels = defaultLevels(max).map((l, i, all) => `${l.from}–${l.to} баллов – ${l.name}${i === all.length - 1 ? '.' : ';'}`);
  return [
    '| Критерии | Показатели | Балл (2 – проявляется в полной мере, 1 – частично, 0 – не проявляется) |',
    '|---|---|---|',
    ...rows,
    '',
    levels.join('\n\n'),
  ].join('\n');
}

export function questionnaireTable(stops: TabStopWriter): string {
  return [
    'Анкета участника программы наставничества: оценка от 1 до 10 баллов до начала и после завершения программы.',
    '',
    '| № | Вопрос | До программы | После программы |',
    '|---|---|---|---|',
    ...QUESTIONNAIRE_ITEMS.map(
      ([item, before, after], i) => `| ${i + 1}. | ${text(item)} | ${stops.tab(String(before))} | ${stops.tab(String(after))} |`,
    ),
  ].join('\n');
}

function targetTable(stops: TabStopWriter): string {
  const years: YearWriter[] = [0, 1, 2].map((i) => ownYears(stops, { y1: TEMPLATE_YEAR + i, y2: TEMPLATE_YEAR + i }));
  const rows = TARGET_ROWS.map(([name, ...plans], r) => {
    const lines = plans.map((plan, i) => `- ${years[i]!('y1')} год – не менее ${stops.tab(String(plan))}`);
    return `| ${r + 1}. | ${text(name)}:<br>${lines.join(';<br>')} | ${stops.empty()} |`;
  });
  return ['| № | Показатель | Факт |', '|---|---|---|', ...rows].join('\n');
}

export function tableTemplates(): Template[] {
  return [
    {
      id: 'table-efficiency',
      prefix: ['показатели-эффективности', 'efficiency-indicators'],
      title: { ru: 'Показатели эффективности программы наставничества', en: 'Efficiency indicators' },
      description: {
        ru: 'Таблица «Критерии | Показатели | Балл» (по 0, 1 или 2 балла за показатель) и уровни: оптимальный, допустимый, недопустимый.',
        en: 'A «Критерии | Показатели | Балл» table (0, 1 or 2 points per indicator) and the levels: optimal, acceptable, unacceptable.',
      },
      body: efficiencyTable(new TabStopWriter(1)) + '\n$0',
      kind: 'table',
      tableKind: 'scoring',
    },
    {
      id: 'table-targets',
      prefix: ['целевые-показатели', 'target-indicators'],
      title: { ru: 'Целевые показатели по годам', en: 'Target indicators by year' },
      description: {
        ru: 'Таблица целевых показателей «не менее N» на каждый год и столбец «Факт» для расчёта выполнения.',
        en: 'A table of «не менее N» targets per year with a «Факт» column for fulfilment.',
      },
      body: targetTable(new TabStopWriter(1)) + '\n$0',
      kind: 'table',
      tableKind: 'other',
    },
    {
      id: 'table-questionnaire',
      prefix: ['анкета', 'questionnaire'],
      title: { ru: 'Анкета участников: до и после программы', en: 'Participant questionnaire: before and after' },
      description: {
        ru: 'Таблица анкеты: вопросы с оценкой от 1 до 10 баллов до начала и после завершения программы; считается средний балл и его изменение.',
        en: 'A questionnaire table: items scored 1–10 before and after the programme; the mean and its change are computed.',
      },
      body: questionnaireTable(new TabStopWriter(1)) + '\n$0',
      kind: 'table',
      tableKind: 'questionnaire',
    },
  ];
}
