/** Template family: a full roadmap per profile (the municipal one is a «комплекс мер»). */
import { frontMatter } from './front-matter';
import { PROFILE_RU, profileById } from './profile-wording';
import { roadmapTable } from './roadmap-table';
import { mirror, TabStopWriter, text, Y1, Y2 } from './tab-stops';
import { type Template, TEMPLATE_YEAR } from './template';

function roadmapTemplate(profileId: string): Template {
  const profile = profileById(profileId);
  const ru = PROFILE_RU[profileId]!;
  const stops = new TabStopWriter(5);
  const municipal = profileId === 'municipal';
  const period = municipal
    ? `\${1:${TEMPLATE_YEAR}}-\${2:${TEMPLATE_YEAR + 2}}`
    : `\${1:${TEMPLATE_YEAR}}-\${2:${TEMPLATE_YEAR + 1}} учебный год`;
  const title = municipal
    ? '# Комплекс мер («Дорожная карта») по развитию системы наставничества педагогических ' +
      `работников в муниципальных образовательных организациях на ${mirror(Y1)}–${mirror(Y2)} ` +
      'годы'
    : '# Дорожная карта реализации ' +
      `${profileId === 'teachers' ? 'системы (целевой модели) наставничества педагогических работников' : 'целевой модели наставничества обучающихся'} ` +
      `в ${mirror(4)} на ${mirror(Y1)}-${mirror(Y2)} учебный год`;
  const intro = municipal
    ? 'Цель комплекса мер — обеспечить профессиональную адаптацию молодых педагогов, закрепить их в профессии и распространить лучшие практики наставничества.'
    : profileId === 'teachers'
      ? 'Дорожная карта определяет этапы, сроки и ответственных за внедрение системы наставничества педагогических ' +
        'работников (письмо Минпросвещения России и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08 / ' +
        '657).'
      : 'Дорожная карта составлена в соответствии с методологией (целевой моделью) наставничества ' +
        'обучающихся, утверждённой распоряжением Минпросвещения России от 25.12.2019 № Р-145.';
  const body = [
    frontMatter(municipal ? 'комплекс мер' : 'дорожная карта', ru.slug, period, municipal),
    '',
    title,
    '',
    text(intro),
    '',
    roadmapTable(profile, stops),
    '',
    '$0',
  ].join('\n');
  const prefixes: Record<string, string[]> = {
    teachers: ['дк-педагоги', 'roadmap-teachers'],
    pupils: ['дк-обучающиеся', 'roadmap-pupils'],
    municipal: ['комплекс-мер', 'дк-муниципальный', 'roadmap-municipal'],
  };
  return {
    id: `roadmap-${profileId}`,
    prefix: prefixes[profileId]!,
    title: municipal
      ? { ru: 'Комплекс мер по наставничеству (муниципальный)', en: 'Municipal complex of measures' }
      : { ru: `Дорожная карта наставничества (${ru.label})`, en: `Mentorship roadmap (${profileId})` },
    description: {
      ru:
        `Полная дорожная карта профиля «${profile.title}»: титульные данные, заголовок с ` +
        'периодом и таблица со всеми этапами по порядку. Tab — к срокам и ответственным.',
      en:
        `A complete roadmap of the «${profile.titleEn}» profile: front matter, a title with the ` +
        'period and a table with every stage in order. Tab moves to deadlines and responsibles.',
    },
    body,
    kind: 'document',
    profile: profileId,
  };
}

export function roadmapTemplates(): Template[] {
  return ['teachers', 'pupils', 'municipal'].map((id) => roadmapTemplate(id));
}
