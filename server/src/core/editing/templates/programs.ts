/** Template family: a programme skeleton per school profile, with every section. */
import { PROGRAM_SECTIONS } from '../../rules/missing-section';
import { frontMatter } from './front-matter';
import { PROFILE_RU, profileById } from './profile-wording';
import { sectionContent } from './program-sections';
import { mirror, TabStopWriter, Y1, Y2 } from './tab-stops';
import { type Template, TEMPLATE_YEAR } from './template';

function programTemplate(profileId: 'teachers' | 'pupils'): Template {
  const profile = profileById(profileId);
  const ru = PROFILE_RU[profileId]!;
  const stops = new TabStopWriter(5);
  const sections = PROGRAM_SECTIONS.map((s, i) => [`## ${i + 1}. ${s.ru}`, '', sectionContent(s.id, profile, stops)].join('\n'));
  const body = [
    frontMatter('программа наставничества', ru.slug, `\${1:${TEMPLATE_YEAR}}-\${2:${TEMPLATE_YEAR + 1}} учебный год`),
    '',
    `# Программа наставничества ${ru.genitive} ${mirror(4)} на ${mirror(Y1)}-${mirror(Y2)} учебный год`,
    '',
    sections.join('\n\n'),
    '',
    '$0',
  ].join('\n');
  return {
    id: `program-${profileId}`,
    prefix: [`программа-${ru.slug}`, `program-${profileId}`],
    title: { ru: `Программа наставничества (${ru.label})`, en: `Mentorship programme (${profileId})` },
    description: {
      ru:
        'Каркас программы наставничества со всеми разделами: пояснительная записка, структура управления, этапы, ' +
        'кадровые условия, формы, мониторинг с анкетой, показатели эффективности, мотивация, дорожная карта.',
      en:
        'A programme skeleton with every section: explanatory note, management, stages, staffing, ' +
        'forms, monitoring with a questionnaire, efficiency indicators, motivation, roadmap.',
    },
    body,
    kind: 'document',
    profile: profileId,
  };
}

export function programTemplates(): Template[] {
  return [programTemplate('teachers'), programTemplate('pupils')];
}
