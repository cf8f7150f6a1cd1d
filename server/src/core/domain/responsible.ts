/**
 * Responsibles («Ответственные»): a cell → its parts, each a role, a person, or both.
 *
 * Splitting: on `,` `;` line breaks, `<br>`, `</p>`, `</li>` and on « и » — except when « и » joins
 * two direction abbreviations of one deputy («заместитель директора по УВР и ВР» stays one part: the
 * word after « и » is an upper-case abbreviation of up to five letters). Parentheses that only
 * qualify («(по согласованию)», «(при необходимости)») are dropped; other parentheses are opened
 * («Куратор (Иванова И.И.)» → role and person).
 *
 * Roles are recognised at the start of a part (after removing the person), case- and ё-insensitive,
 * singular or plural, «зам.»/«зам. дир.» expanded; what follows the role is a qualifier and is
 * allowed («куратор школы РАН», «заместитель директора по МР», «руководители ОО»). Persons are
 * «Фамилия И.О.», «Фамилия И. О.», «И.О. Фамилия», «И.О.Фамилия»; a part naming several persons is
 * split into one part per person.
 *
 * known: true when the part matches a staff entry of the workspace; otherwise true when it has a
 * recognised role and/or a well-formed person and no unrecognised words — except that, once the
 * workspace lists its staff, a person must be on that list. So typos («Куратр», «Дирестор») and
 * unknown words are known=false.
 *
 * Pure, never throws, linear in the text.
 */

export interface ResponsiblePart {
  text: string;
  role?: string;
  person?: { surname: string; initials: string };
  known: boolean;
}

export const ROLES: readonly { key: string; ru: string; en: string }[] = [
  { key: 'director', ru: 'директор (руководитель ОО, заведующий)', en: 'director (head of the organisation)' },
  { key: 'deputy-director', ru: 'заместитель директора', en: 'deputy director' },
  { key: 'curator', ru: 'куратор', en: 'curator' },
  { key: 'psychologist', ru: 'педагог-психолог', en: 'school psychologist' },
  { key: 'working-group', ru: 'рабочая группа', en: 'working group' },
  { key: 'administration', ru: 'администрация', en: 'administration' },
  { key: 'methodist', ru: 'методист', en: 'methodologist' },
  { key: 'class-teacher', ru: 'классный руководитель', en: 'class teacher' },
  { key: 'social-pedagogue', ru: 'социальный педагог', en: 'social pedagogue' },
  { key: 'mentor', ru: 'наставник', en: 'mentor' },
  { key: 'mentee', ru: 'наставляемый', en: 'mentee' },
  { key: 'school-heads', ru: 'руководители ОО', en: 'heads of schools' },
  { key: 'do-specialists', ru: 'специалисты департамента (управления) образования', en: 'education department specialists' },
  { key: 'pedagogical-council', ru: 'педагогический совет', en: 'pedagogical council' },
  { key: 'methodical-council', ru: 'методический совет', en: 'methodical council' },
  { key: 'methodical-association', ru: 'методическое объединение (руководитель МО)', en: 'subject department (its head)' },
  { key: 'tutor', ru: 'тьютор', en: 'tutor' },
  { key: 'pedagogue-organizer', ru: 'педагог-организатор', en: 'activities organiser' },
  { key: 'education-advisor', ru: 'советник директора по воспитанию', en: 'advisor to the director on upbringing' },
  { key: 'librarian', ru: 'педагог-библиотекарь', en: 'librarian' },
  { key: 'teachers', ru: 'педагоги (учителя)', en: 'teachers' },
  { key: 'parents', ru: 'родители', en: 'parents' },
  { key: 'senior-educator', ru: 'старший воспитатель', en: 'senior kindergarten teacher' },
  { key: 'educators', ru: 'воспитатели', en: 'kindergarten teachers' },
  { key: 'music-director', ru: 'музыкальный руководитель', en: 'music teacher' },
  { key: 'education-authority', ru: 'управление (отдел) образования, его начальник', en: 'education authority, its head' },
  { key: 'mentorship-centre', ru: 'центр наставничества', en: 'mentorship centre' },
];

/** Tried in order, anchored at the start of the normalised text; specific before general. */
const ROLE_PATTERNS: readonly { key: string; re: RegExp }[] = [
  { key: 'class-teacher', re: /^классн[а-я]* руководител[а-я]*/ },
  { key: 'music-director', re: /^музыкальн[а-я]* руководител[а-я]*/ },
  { key: 'senior-educator', re: /^старш[а-я]* воспитател[а-я]*/ },
  { key: 'educators', re: /^воспитател[а-я]*/ },
  {
    key: 'education-authority',
    re: /^(?:начальник[а-я]* )?(?:управлени[а-я]*|отдел[а-я]*|департамент[а-я]*|комитет[а-я]*)(?: [а-я]+){0,3} образовани[а-я]*/,
  },
  { key: 'mentorship-centre', re: /^(?:(?:региональн|муниципальн)[а-я]* )?(?:ресурсн[а-я]* )?центр[а-я]* наставничеств[а-я]*/ },
  {
    key: 'methodical-association',
    re: /^(?:руководител[а-я]*|рук\.?) ?(?:[шгр]?мо(?![а-я])|методическ[а-я]* объединени[а-я]*)|^(?:[шгр]?мо(?![а-я])|методическ[а-я]* объединени[а-я]*)/,
  },
  { key: 'school-heads', re: /^руководител(?:и|ей|ям|ями)(?![а-я])/ },
  { key: 'director', re: /^(?:директор[а-я]*|руководител[а-я]*|заведующ[а-я]*)/ },
  { key: 'deputy-director', re: /^(?:заместител[а-я]*|замдиректор[а-я]*|завуч[а-я]*)/ },
  { key: 'curator', re: /^куратор[а-я]*/ },
  { key: 'psychologist', re: /^(?:педагог[а-я]*-)?психолог[а-я]*/ },
  { key: 'social-pedagogue', re: /^социальн[а-я]* педагог[а-я]*/ },
  { key: 'pedagogue-organizer', re: /^педагог[а-я]*-организатор[а-я]*/ },
  { key: 'librarian', re: /^(?:педагог[а-я]*-)?библиотекар[а-я]*/ },
  { key: 'mentor', re: /^(?:(?:педагог|учител)[а-я]*-)?наставник[а-я]*/ },
  { key: 'mentee', re: /^наставляем[а-я]*/ },
  { key: 'working-group', re: /^рабоч[а-я]* групп[а-я]*/ },
  { key: 'administration', re: /^администраци[а-я]*/ },
  { key: 'methodist', re: /^методист[а-я]*/ },
  { key: 'pedagogical-council', re: /^(?:педагогическ[а-я]* совет[а-я]*|педсовет[а-я]*)/ },
  { key: 'methodical-council', re: /^(?:методическ[а-я]* совет[а-я]*|методсовет[а-я]*)/ },
  { key: 'do-specialists', re: /^специалист[а-я]*/ },
  { key: 'tutor', re: /^тьютор[а-я]*/ },
  { key: 'education-advisor', re: /^советник[а-я]*/ },
  { key: 'teachers', re: /^(?:педагог|учител|преподавател)[а-я]*/ },
  { key: 'parents', re: /^родител[а-я]*/ },
];

/** Lower case, ё→е, dashes joined («педагог – психолог» → «педагог-психолог»), «зам.» expanded. */
function normalizeRoleText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[-‐‑‒–—―]\s*/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^зам(?:\.\s*|\s+(?=дир))/, 'заместитель ')
    .replace(/^заместитель дир(?:\.\s*|(?![а-я]))/, 'заместитель директора ')
    .replace(/^заместитель директора\.?\s*/, 'заместитель директора ')
    .trim();
}

function roleAt(normalized: string): { key: string; length: number } | undefined {
  for (const { key, re } of ROLE_PATTERNS) {
    const m = re.exec(normalized);
    if (m && m[0].length > 0) return { key, length: m[0].length };
  }
  return undefined;
}

// ───────────────────────────── splitting ─────────────────────────────

const QUALIFYING_PARENS = /согласован|необходим|по мере|при наличии|по запросу|в том числе|отдельн/;

function cleanCell(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/(?:p|li|div)\s*>/gi, '\n')
    .replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\(([^()]{0,300})\)/g, (_m, inner: string) => (QUALIFYING_PARENS.test(inner.toLowerCase()) ? ' ' : ` ${inner} `));
}

/** Split on « и » unless an upper-case abbreviation follows («по УВР и ВР»). */
function splitOnAnd(part: string): string[] {
  const out: string[] = [];
  const re = /\s+и\s+/g;
  let from = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const after = part.slice(m.index + m[0].length, m.index + m[0].length + 7);
    if (/^[А-ЯЁA-Z]{1,5}(?![\p{L}])/u.test(after)) continue;
    out.push(part.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(part.slice(from));
  return out;
}

/** Trim spaces, bullets and punctuation; keep the dot of a final initial («Е.В.»). */
function trimPart(part: string): string {
  let s = part.replace(/^[\s\-‐‑‒–—―•·*▪:]+/, '');
  let end = s.length;
  while (end > 0) {
    const ch = s[end - 1]!;
    if (/[\s,;:!?…\-‐‑‒–—―]/.test(ch)) {
      end--;
      continue;
    }
    if (ch === '.' && end >= 2 && /[\p{Ll}\s.]/u.test(s[end - 2]!)) {
      end--;
      continue;
    }
    break;
  }
  s = s.slice(0, end);
  return s.trim();
}

// ───────────────────────────── persons ─────────────────────────────

interface FoundPerson {
  start: number;
  end: number;
  surname: string;
  initials: string;
}

const INITIALS = /(?<![\p{L}\p{N}.])([А-ЯЁA-Z])\.\s?([А-ЯЁA-Z])(?:\.|(?![\p{L}]))/gu;
const WORD_BEFORE = /([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s*$/u;
const WORD_AFTER = /^\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\p{L}])/u;
const STARTS_WITH_INITIALS = /^\s*[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z](?:\.|(?![\p{L}]))/u;

function isRoleWord(word: string): boolean {
  return roleAt(normalizeRoleText(word)) !== undefined;
}

function findPersons(text: string): FoundPerson[] {
  const out: FoundPerson[] = [];
  let consumed = 0;
  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text); m !== null; m = INITIALS.exec(text)) {
    const iStart = m.index;
    const iEnd = m.index + m[0].length;
    const initials = `${m[1]!}.${m[2]!}.`.toUpperCase();
    const before = text.slice(Math.max(consumed, iStart - 40), iStart);
    const left = WORD_BEFORE.exec(before);
    const leftOk = left !== null && /\s$/.test(before) && !isRoleWord(left[1]!);
    const afterText = text.slice(iEnd, iEnd + 40);
    const right = WORD_AFTER.exec(afterText);
    let rightOk = right !== null && !isRoleWord(right[1]!);
    if (right && rightOk) {
      const rest = text.slice(iEnd + right[0].length, iEnd + right[0].length + 10);
      if (STARTS_WITH_INITIALS.test(rest)) rightOk = false; // «Е.В. Малинина Я.Н.»: Малинина is the next person's
    }
    if (left && leftOk) {
      const start = iStart - before.length + left.index;
      out.push({ start, end: iEnd, surname: left[1]!, initials });
      consumed = iEnd;
    } else if (right && rightOk) {
      const end = iEnd + right[0].length;
      out.push({ start: iStart, end, surname: right[1]!, initials });
      consumed = end;
      INITIALS.lastIndex = end;
    }
  }
  return out;
}

// ───────────────────────────── staff ─────────────────────────────

function normalizeStaffText(text: string): string {
  return trimPart(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(?<![\p{L}])(\p{L})\.\s+(?=\p{L}\.)/gu, '$1.')
    .replace(/\s+/g, ' ')
    .trim();
}

function personKey(p: { surname: string; initials: string }): string {
  return `${p.surname.toLowerCase().replace(/ё/g, 'е')} ${p.initials.toLowerCase().replace(/ё/g, 'е')}`;
}

interface StaffIndex {
  persons: Set<string>;
  texts: Set<string>;
}

function indexStaff(staff: readonly string[] | undefined): StaffIndex | undefined {
  if (!Array.isArray(staff) || staff.length === 0) return undefined;
  const persons = new Set<string>();
  const texts = new Set<string>();
  for (const entry of staff) {
    if (typeof entry !== 'string') continue;
    const cleaned = entry.replace(/[\s\u00a0]+/g, ' ').trim();
    if (cleaned === '') continue;
    texts.add(normalizeStaffText(cleaned));
    // Case-insensitive: capitalise words and initials so «ростовская е.в.» reads as a person.
    const capitalised = cleaned.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());
    for (const p of findPersons(capitalised)) persons.add(personKey(p));
  }
  return { persons, texts };
}

// ───────────────────────────── parts ─────────────────────────────

/** Workspace roles (`roles` in .nastavnik.json), normalised like cell text; longest first. */
function indexRoles(roles: readonly string[] | undefined): string[] {
  if (!Array.isArray(roles)) return [];
  const out = roles
    .filter((r): r is string => typeof r === 'string')
    .map((r) => normalizeRoleText(r.slice(0, 200)))
    .filter((r) => r !== '');
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

/** A workspace role at the start of the text, in any case form («логопед» also reads «логопеды», «логопеда»). */
function extraRoleAt(normalized: string, roles: readonly string[]): { key: string; length: number } | undefined {
  for (const r of roles) {
    if (!normalized.startsWith(r)) continue;
    const ending = /^\p{L}{0,3}(?![\p{L}])/u.exec(normalized.slice(r.length));
    if (ending) return { key: `custom:${r}`, length: r.length + ending[0].length };
  }
  return undefined;
}

function analysePart(
  text: string,
  person: FoundPerson | undefined,
  personOffset: number,
  staff: StaffIndex | undefined,
  roles: readonly string[] = [],
): ResponsiblePart {
  let leftover = text;
  if (person) leftover = `${text.slice(0, person.start - personOffset)} ${text.slice(person.end - personOffset)}`;
  const norm = normalizeRoleText(trimPart(leftover));
  const role = roleAt(norm) ?? extraRoleAt(norm, roles);
  const rest = role ? '' : norm.replace(/[^\p{L}\p{N}]+/gu, '');
  const part: ResponsiblePart = { text, known: false };
  if (role) part.role = role.key;
  if (person) part.person = { surname: person.surname, initials: person.initials };
  const staffMatch =
    staff !== undefined && ((person !== undefined && staff.persons.has(personKey(person))) || staff.texts.has(normalizeStaffText(text)));
  if (staffMatch) part.known = true;
  else if (role || person) part.known = rest === '' && (!person || staff === undefined);
  return part;
}

/**
 * Parse one Ответственные cell. Returns [] for an empty (or dash-only) cell. `roles` are the
 * workspace's own role names (`roles` in .nastavnik.json): a part starting with one is a role
 * (key `custom:<name>`), so it is known.
 */
export function parseResponsible(text: string, staff?: readonly string[], roles?: readonly string[]): ResponsiblePart[] {
  try {
    if (typeof text !== 'string' || text.trim() === '') return [];
    const index = indexStaff(staff);
    const extraRoles = indexRoles(roles);
    const out: ResponsiblePart[] = [];
    for (const chunk of cleanCell(text).split(/[,;\n\r]+/)) {
      for (const raw of splitOnAnd(chunk)) {
        const part = trimPart(raw.replace(/[\s]+/g, ' '));
        if (!/[\p{L}\p{N}]/u.test(part)) continue;
        const persons = findPersons(part);
        if (persons.length <= 1) {
          out.push(analysePart(part, persons[0], 0, index, extraRoles));
          continue;
        }
        // Several persons in one part: one part per person; words before the first go with it.
        let from = 0;
        persons.forEach((p, i) => {
          const to = i === persons.length - 1 ? part.length : p.end;
          const segRaw = part.slice(from, to);
          const lead = segRaw.length - segRaw.trimStart().length;
          const seg = segRaw.trim();
          out.push(analysePart(seg, p, from + lead, index, extraRoles));
          from = to;
        });
      }
    }
    return out;
  } catch {
    return [];
  }
}
