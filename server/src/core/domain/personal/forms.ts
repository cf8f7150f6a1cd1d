/**
 * The form of mentoring of a pair, «педагог – педагог», «руководитель – педагог», «ученик – ученик»…
 * (docs/domain.md §17 «Персонализированная программа наставничества»). Real texts write the two
 * sides in many words («учитель-учитель», «опытный педагог – молодой специалист», «обучающийся –
 * обучающийся»); they are read into a canonical pair of roles. A form the reader does not know keeps
 * its text and gets no id: it is reported nowhere, only not compared.
 */
import { normalizeWords } from '../../read/text';

export type MentoringSide = 'педагог' | 'руководитель' | 'ученик' | 'студент' | 'работодатель';

export interface MentoringForm {
  /** «педагог – педагог»: the two sides in canonical words, mentor first; undefined when not read. */
  canonical?: string;
  mentor?: MentoringSide;
  mentee?: MentoringSide;
  /** The form as written. */
  text: string;
}

/** Word stems of each side; «молодой специалист» is a teacher new to the profession. */
const SIDES: ReadonlyArray<readonly [MentoringSide, RegExp]> = [
  ['руководитель', /^(?:руководител|директор|заместител|завуч|администрац)/],
  ['работодатель', /^(?:работодател|представител\S* предприят|сотрудник предприят)/],
  ['студент', /^студент/],
  ['ученик', /^(?:ученик|учениц|обучающ|учащ|школьник|воспитанник|подрост)/],
  [
    'педагог',
    /^(?:педагог|учител|воспитател|преподавател|молод\S* (?:специалист|педагог|учител)|опытн\S* (?:педагог|учител)|специалист|коллег)/,
  ],
];

function sideOf(words: string): MentoringSide | undefined {
  // The last words decide: «опытный педагог», «молодой специалист», «обучающийся 8 класса» read from their first role word.
  const tokens = words
    .replace(/[«»"“”()]/g, ' ')
    .trim()
    .split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const tail = tokens.slice(i).join(' ');
    for (const [side, re] of SIDES) if (re.test(tail)) return side;
  }
  return undefined;
}

/** «педагог – педагог», «учитель-учитель», «Опытный педагог – молодой специалист» → the pair of sides. */
export function readMentoringForm(text: string): MentoringForm {
  const t = normalizeWords(text).replace(/[«»"“”]/g, '');
  // The two sides are joined by a dash (any kind, normalised to «-»), with or without spaces.
  const m = /([\p{L}][\p{L}\s.]*?)\s*-\s*([\p{L}][\p{L}\s.]*)/u.exec(t);
  if (!m) return { text };
  const mentor = sideOf(m[1]!.split(/\s*[,;:]\s*/).pop() ?? '');
  const mentee = sideOf(m[2]!.split(/\s*[,;(]\s*/)[0] ?? '');
  if (!mentor || !mentee) return { text };
  return { canonical: `${mentor} – ${mentee}`, mentor, mentee, text };
}

/** Does a line name a form of mentoring at all (a pair of sides joined by a dash)? */
export function looksLikeForm(text: string): boolean {
  return readMentoringForm(text).canonical !== undefined;
}
