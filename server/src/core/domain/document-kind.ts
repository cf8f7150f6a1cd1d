/**
 * The kind and the profile of a document as its own words tell them: the title first, then the
 * other short lines before the body (docs/domain.md §1 «Вид документа» and §2 «Профиль»). Real titles
 * vary — «Программа наставнической деятельности», «План работы с молодым специалистом»,
 * «Положение о системе наставничества» — so each kind is a set of patterns, not one template.
 */
import type { DocumentKind } from '../model';
import { normalizeWords } from '../read/text';

/**
 * The kind whose words come first in the title decides («Дорожная карта реализации программы наставничества» is a
 * roadmap); on a tie the kind listed first.
 */
const KIND_PATTERNS: ReadonlyArray<readonly [DocumentKind, RegExp]> = [
  // A department's complex of measures, or its municipal plan.
  ['municipal', /комплекс мер|муниципальн\S* (?:дорожн\S* карт|план)|дорожн\S* карт\S* (?:\S+ ){0,3}(?:региональн|муниципальн)/],
  // A curator's own work plan and a regulation are about mentorship but plan nothing to check as a roadmap.
  ['other', /^(?:\S+ )?план работы куратора|^положени[ея](?!\p{L})|^приказ(?!\p{L})|^порядок(?!\p{L})|^инструкци/u],
  // One pair's programme (docs/domain.md §17): listed before 'program' so that, both matching at the
  // start of «Персонализированная программа наставничества», the pair's programme wins.
  ['personal', /персонализированн\S* программ|(?<!\p{L})ппн(?!\p{L})|индивидуальн\S* (?:план|программ)\S* (?:\S+ ){0,2}наставничеств/u],
  [
    'program',
    /программ\S* (?:\S+ ){0,3}(?:наставни|молод\S* (?:педагог|специалист|учител))|наставни\S* программ|программ\S* сопровождения молод/,
  ],
  [
    'roadmap',
    new RegExp(
      String.raw`дорожн\S* карт|план мероприятий|план-график|план работы (?:с |наставник|по наставни|школы молод)|` +
        String.raw`индивидуальн\S* план|план (?:\S+ ){0,2}(?:реализации|внедрения|наставни)|график (?:мероприятий|работы|встреч)`,
    ),
  ],
  // The target model itself (not its roadmap: that matched above).
  ['other', /целев\S* модел\S* наставни|положени[ея] о (?:\S+ ){0,3}наставни/],
];

export function kindOfText(text: string): DocumentKind | undefined {
  const t = normalizeWords(text).replace(/[«»"“”]/g, '');
  let best: { kind: DocumentKind; at: number } | undefined;
  for (const [kind, re] of KIND_PATTERNS) {
    const at = re.exec(t)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind;
}

/** Words of a title that say whose mentorship it is. */
const PUPILS = /обучающ|учащ(?:ихся|иеся)|студент|воспитанник|школьник|(?<!\p{L})детей(?!\p{L})|(?<!\p{L})ученик/u;
const TEACHERS = new RegExp(
  String.raw`педагогическ\S* (?:и \S+ )?работник|(?<!\p{L})педагог(?:ов|ам|и)(?!\p{L})|` +
    String.raw`молод\S* (?:педагог|специалист|учител|воспитател)|(?<!\p{L})учител(?:ей|ям)(?!\p{L})|` +
    String.raw`(?<!\p{L})воспитател(?:ей|ям|и)(?!\p{L})|наставничества педагог`,
  'u',
);

/**
 * «… наставничества обучающихся …» → pupils; «… педагогических работников …», «… молодых
 * специалистов …» → teachers. A title naming both («педагогов и обучающихся») decides nothing.
 */
export function profileOfText(text: string): 'teachers' | 'pupils' | undefined {
  const t = normalizeWords(text);
  const pupils = PUPILS.test(t);
  const teachers = TEACHERS.test(t);
  if (pupils === teachers) return undefined;
  return pupils ? 'pupils' : 'teachers';
}

/**
 * Whose mentorship a document without a telling title is about, by how often its text names each
 * side: one side named at least three times and twice as often as the other.
 */
export function profileOfWholeText(text: string): 'teachers' | 'pupils' | undefined {
  const t = normalizeWords(text);
  const count = (re: RegExp) => (t.match(new RegExp(re.source, 'gu')) ?? []).length;
  const pupils = count(PUPILS);
  const teachers = count(TEACHERS);
  if (pupils >= 3 && pupils >= 2 * teachers) return 'pupils';
  if (teachers >= 3 && teachers >= 2 * pupils) return 'teachers';
  return undefined;
}

/** Does this line speak of mentorship at all (наставничество, целевая модель наставничества)? */
export function speaksOfMentorship(text: string): boolean {
  return /наставни/i.test(text);
}
