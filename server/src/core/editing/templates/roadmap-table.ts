/** The roadmap table: a school roadmap's rows, a municipal complex of measures' sections and measures. */
import type { Profile, StageDef } from '../../domain/profiles';
import { roles, STAGE_ROWS, type StageRowData } from '../template-data';
import { fillTokens, mirror, ownYears, periodYears, type TabStopWriter, text, Y1, Y2, type YearMode } from './tab-stops';
import { TEMPLATE_YEAR } from './template';

const ROADMAP_HEADER = '| № | Этап | Мероприятия | Сроки | Ответственные | Результат |\n|---|---|---|---|---|---|';
const MUNICIPAL_HEADER = '| № | Мероприятия | Сроки | Ответственные | Результат |\n|---|---|---|---|---|';

function rowData(profile: Profile, stage: StageDef): StageRowData {
  return (
    STAGE_ROWS[profile.id]?.[stage.id] ?? {
      // A stage without written-out content (a workspace profile): its own expectations.
      activity: stage.expects,
      deadline: [
        { choices: ['Сентябрь'], year: 1 },
        { choices: ['май'], year: 2 },
      ],
      responsibles: roles('Куратор'),
    }
  );
}

/** With the period's years («Ноябрь 2025 – апрель 2026»), or without (single rows: the table's period decides). */
function deadlineCell(data: StageRowData, stops: TabStopWriter, mode: YearMode): string {
  if (mode === 'none') {
    if (data.rowDeadline) return stops.choice(data.rowDeadline);
    return data.deadline.map((p) => stops.choice(p.choices)).join(' – ');
  }
  return data.deadline.map((p) => `${stops.choice(p.choices)} ${mirror(p.year === 1 ? Y1 : Y2)}`).join(' – ');
}

/**
 * One table row of a school roadmap (№ | Этап | Мероприятия | Сроки | Ответственные | Результат).
 * In a full roadmap the number, activity and result are plain text and deadlines carry the period's
 * years; a single-row snippet makes them tab stops and leaves the year to the period.
 */
export function schoolRow(profile: Profile, stage: StageDef, position: number, stops: TabStopWriter, mode: YearMode): string {
  const data = rowData(profile, stage);
  const single = mode === 'none';
  const number = single ? `${stops.tab(String(position))}.` : `${position}.`;
  const activity = single ? stops.tab(data.activity) : fillTokens(data.activity, stops, periodYears);
  const deadline = deadlineCell(data, stops, mode);
  const responsible = stops.choice(data.responsibles);
  const result = single ? stops.tab(data.result ?? stage.typicalResult) : text(data.result ?? stage.typicalResult);
  return `| ${number} | ${text(stage.title)} | ${activity} | ${deadline} | ${responsible} | ${result} |`;
}

/** A municipal section: its row («1. | Нормативно-правовое регулирование | | | |») and one measure «1.1». */
export function municipalRows(profile: Profile, stage: StageDef, position: number, stops: TabStopWriter, mode: YearMode): string {
  const data = rowData(profile, stage);
  const single = mode === 'none';
  const section = single ? stops.indexed(String(position)) : undefined;
  const sectionNumber = section ? section.syntax : String(position);
  const sub = section ? `${mirror(section.index)}.1` : `${position}.1`;
  const years = single ? ownYears(stops, { y1: TEMPLATE_YEAR, y2: TEMPLATE_YEAR + 2 }) : periodYears;
  const activity = fillTokens(data.activity, stops, years);
  const deadline = deadlineCell(data, stops, mode);
  const responsible = stops.choice(data.responsibles);
  const result = text(data.result ?? stage.typicalResult);
  return [
    `| ${sectionNumber}. | ${text(stage.title)} |  |  |  |`,
    `| ${sub} | ${activity} | ${deadline} | ${responsible} | ${result} |`,
  ].join('\n');
}

/** The roadmap table of a profile, every standard stage in order (tab stops from 5 on). */
export function roadmapTable(profile: Profile, stops: TabStopWriter): string {
  if (profile.id === 'municipal') {
    return [MUNICIPAL_HEADER, ...profile.stages.map((s, i) => municipalRows(profile, s, i + 1, stops, 'mirror'))].join('\n');
  }
  return [ROADMAP_HEADER, ...profile.stages.map((s, i) => schoolRow(profile, s, i + 1, stops, 'mirror'))].join('\n');
}
