/** Template family: each standard stage of each profile as a row (or a municipal section) to add to a table. */
import type { StageDef } from '../../domain/profiles';
import { PROFILE_RU, profileById } from './profile-wording';
import { municipalRows, schoolRow } from './roadmap-table';
import { TabStopWriter } from './tab-stops';
import type { Template } from './template';

const STAGE_SLUG: Readonly<Record<string, string>> = {
  preparation: 'подготовка',
  'mentee-base': 'наставляемые',
  'mentor-base': 'наставники',
  selection: 'отбор',
  pairing: 'пары',
  'pair-work': 'работа-пар',
  completion: 'завершение',
  information: 'информирование',
  regulation: 'нормативное-регулирование',
  'methodical-support': 'сопровождение',
  implementation: 'внедрение',
  'best-practices': 'лучшие-практики',
  monitoring: 'мониторинг',
  targets: 'индикаторы',
};

function stageRowTemplate(profileId: string, stage: StageDef, position: number): Template {
  const profile = profileById(profileId);
  const ru = PROFILE_RU[profileId]!;
  const stops = new TabStopWriter(1);
  const municipal = profileId === 'municipal';
  const body = municipal ? municipalRows(profile, stage, position, stops, 'none') : schoolRow(profile, stage, position, stops, 'none');
  return {
    id: `stage-${profileId}-${stage.id}`,
    prefix: [`этап-${STAGE_SLUG[stage.id] ?? stage.id}`, `stage-${stage.id}`],
    title: { ru: `Этап «${stage.title}» (${ru.label})`, en: `Stage «${stage.titleEn}» (${profileId})` },
    description: municipal
      ? {
          ru: `Раздел комплекса мер «${stage.title}» и мероприятие к нему — для таблицы «№ | Мероприятия | Сроки | Ответственные | Результат».`,
          en: `The «${stage.titleEn}» section of a complex of measures with one measure — for a «№ | Мероприятия | Сроки | Ответственные | Результат» table.`,
        }
      : {
          ru: `Строка этапа «${stage.title}» для таблицы «№ | Этап | Мероприятия | Сроки | Ответственные | Результат», в которой его нет.`,
          en: `A row for the stage «${stage.titleEn}» in a «№ | Этап | Мероприятия | Сроки | Ответственные | Результат» table that lacks it.`,
        },
    body,
    kind: 'stage-row',
    profile: profileId,
    stageId: stage.id,
  };
}

export function stageRowTemplates(): Template[] {
  const out: Template[] = [];
  for (const id of ['teachers', 'pupils', 'municipal']) {
    for (const [i, stage] of profileById(id).stages.entries()) out.push(stageRowTemplate(id, stage, i + 1));
  }
  return out;
}
