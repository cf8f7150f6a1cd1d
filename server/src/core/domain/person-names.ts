/**
 * Russian person names in the forms school documents write them (docs/domain.md §18 «Наставнические
 * пары»): «Иванова А.А.», «Иванова А. А.», «А.А. Иванова», «А.А.Иванова», «Иванова Анна Андреевна»,
 * «Анна Андреевна Иванова», «Иванова Анна», «ИВАНОВА А.А.» — all the same person; ё and е are one
 * letter. Different initials, or a different surname («Иванов» and «Иванова»), are different people.
 *
 * Reading is conservative: a full-word name needs a patronymic (by its ending) or a word with a
 * surname ending, and a surname alone is read only when it is the whole text and has a surname
 * ending — so «Наставник», «Опытный педагог» or «Учитель математики» are no names. Matching is
 * conservative the same way: a name that fits several different people of a list (a surname alone,
 * «Иванова А.» among «Иванова А.А.» and «Иванова А.Б.») matches none of them.
 *
 * Pure, never throws, linear in the text.
 */
import { execAll } from '../read/text';

export interface PersonName {
  /** The name as written (trimmed), for messages. */
  text: string;
  /** Offsets of `text` in the text it was read from. */
  start: number;
  end: number;
  /** Lower case, ё → е. */
  surname: string;
  /** Lower case, ё → е; only when written in full. */
  given?: string;
  patronymic?: string;
  /** First letters of the given name and the patronymic (from initials or the full words), lower case: '', 'а', 'аа'. */
  initials: string;
}

/** Longest text searched for a name: a cell or a line, never a whole document. */
const MAX_NAME_TEXT = 400;

const UPPER = 'А-ЯЁ';
const LOWER = 'а-яё';
/** A capitalised word or an all-capitals one, with an optional second part after a hyphen («Петрова-Водкина»). */
const WORD = `(?:[${UPPER}][${LOWER}]+|[${UPPER}]{2,})(?:-(?:[${UPPER}][${LOWER}]+|[${UPPER}]{2,}))?`;
const NOT_LETTER_AFTER = `(?![${UPPER}${LOWER}])`;
const NOT_LETTER_BEFORE = `(?<![${UPPER}${LOWER}])`;

/** «Иванова А.А.», «Иванова А. А.», «Иванова А.А» (no last dot), «Иванова А.». */
const SURNAME_INITIALS = new RegExp(
  `${NOT_LETTER_BEFORE}(${WORD})\\s+([${UPPER}])\\.(?:\\s?([${UPPER}])(?:\\.|${NOT_LETTER_AFTER}))?`,
  'gu',
);
/** «А.А. Иванова», «А.А.Иванова», «А. А. Иванова». */
const INITIALS_SURNAME = new RegExp(`${NOT_LETTER_BEFORE}([${UPPER}])\\.\\s?(?:([${UPPER}])\\.\\s?)?(${WORD})${NOT_LETTER_AFTER}`, 'gu');
/** One word of a name in full. */
const FULL_WORD = new RegExp(`${NOT_LETTER_BEFORE}${WORD}${NOT_LETTER_AFTER}`, 'gu');

const PATRONYMIC = /(?:ович|евич|ьич|ич|овна|евна|ична|инична)$/;
const SURNAME_ENDING =
  /(?:ов|ев|ин|ын|ий|ый|ой|их|ых|ко|ук|юк|ак|як|ян|дзе|швили|ова|ева|ина|ына|ая|ская|цкая|ец|ич|ль|рь|ман|берг|штейн)$/;

/**
 * Capitalised words that start cells and lines but are no names (roles, headers, adjectives): a
 * full-word name is never read with one of them in it.
 */
const NOT_NAMES = new Set(
  [
    'наставник',
    'наставники',
    'наставляемый',
    'наставляемая',
    'наставляемые',
    'молодой',
    'молодая',
    'опытный',
    'опытная',
    'учитель',
    'педагог',
    'директор',
    'заместитель',
    'куратор',
    'воспитатель',
    'студент',
    'студентка',
    'ученик',
    'ученица',
    'обучающийся',
    'обучающаяся',
    'специалист',
    'классный',
    'руководитель',
    'работодатель',
    'социальный',
    'старший',
    'старшая',
    'главный',
    'форма',
    'срок',
    'период',
    'фио',
    'должность',
    'приказ',
    'программа',
    'план',
    'новый',
    'новая',
    'другой',
    'иной',
    'каждый',
    'мой',
    'этот',
    'который',
    'данный',
    'такой',
    'любой',
    'весь',
    'целый',
    'первый',
    'второй',
    'третий',
    'последний',
    'основной',
    'средний',
    'высший',
    'общий',
    'личный',
    'итоговый',
    'учебный',
    'рабочий',
    'городской',
    'районный',
    'областной',
  ].map(norm),
);

/** Lower case, ё → е: the form names are compared in. */
export function normalizeNamePart(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}
function norm(text: string): string {
  return normalizeNamePart(text);
}

function isNameWord(word: string): boolean {
  return !word.split('-').some((part) => NOT_NAMES.has(norm(part)));
}
function looksLikeSurname(word: string): boolean {
  return isNameWord(word) && SURNAME_ENDING.test(norm(word));
}
function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(norm(word)) && isNameWord(word);
}

interface Found {
  name: PersonName;
  /** Abbreviated forms are surer than full words: at the same place, they win. */
  sure: number;
}

function make(
  text: string,
  start: number,
  end: number,
  surname: string,
  initials: string,
  given?: string,
  patronymic?: string,
): PersonName {
  return {
    text: text.slice(start, end).trim(),
    start,
    end,
    surname: norm(surname),
    ...(given ? { given: norm(given) } : {}),
    ...(patronymic ? { patronymic: norm(patronymic) } : {}),
    initials: norm(initials),
  };
}

/** Names of two or three words in full: each run of words next to each other, tried from every word on. */
function fullNames(source: string): Found[] {
  const words = [...execAll(FULL_WORD, source)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const next = (i: number): boolean => {
    const a = words[i];
    const b = words[i + 1];
    return a !== undefined && b !== undefined && /^[ \t\u00a0]+$/.test(source.slice(a.end, b.start));
  };
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!next(i)) continue;
    const [x, y] = [words[i]!, words[i + 1]!];
    const z = next(i + 1) ? words[i + 2] : undefined;
    if (!isNameWord(x.text) || !isNameWord(y.text)) continue;
    const found = (surname: string, given: string, patronymic: string | undefined, end: number): void => {
      out.push({ name: make(source, x.start, end, surname, given[0]! + (patronymic?.[0] ?? ''), given, patronymic), sure: 1 });
    };
    if (z && isNameWord(z.text) && isPatronymic(z.text)) found(x.text, y.text, z.text, z.end);
    else if (z && isNameWord(z.text) && isPatronymic(y.text)) found(z.text, x.text, y.text, z.end);
    else if (looksLikeSurname(x.text) && !isPatronymic(y.text)) found(x.text, y.text, undefined, y.end);
    else if (looksLikeSurname(y.text) && !looksLikeSurname(x.text) && !isPatronymic(y.text)) found(y.text, x.text, undefined, y.end);
    else continue;
    const last = out[out.length - 1]!.name.end;
    while (i + 1 < words.length && words[i + 1]!.start < last) i++;
  }
  return out;
}

/** Every name in a text (a cell, a line), in order, without overlaps. */
export function readPersonNames(text: string): PersonName[] {
  const source = String(text).slice(0, MAX_NAME_TEXT);
  const found: Found[] = [];
  for (const m of execAll(SURNAME_INITIALS, source)) {
    const [, surname = '', a = '', b = ''] = m;
    if (!isNameWord(surname)) continue;
    const end = m.index + m[0].length;
    found.push({ name: make(source, m.index, end, surname, a + b), sure: 2 });
  }
  for (const m of execAll(INITIALS_SURNAME, source)) {
    const [, a = '', b = '', surname = ''] = m;
    if (!isNameWord(surname)) continue;
    found.push({ name: make(source, m.index, m.index + m[0].length, surname, a + b), sure: 2 });
  }
  found.push(...fullNames(source));
  if (found.length === 0) {
    // A surname alone: the whole text up to a comma, dash or bracket («Иванова, учитель»).
    const m = new RegExp(`^\\s*(${WORD})\\s*(?:$|[,;(–—-]\\s)`, 'u').exec(source);
    if (m && looksLikeSurname(m[1]!)) {
      const start = m.index + m[0].indexOf(m[1]!);
      found.push({ name: make(source, start, start + m[1]!.length, m[1]!, ''), sure: 0 });
    }
  }
  found.sort((a, b) => a.name.start - b.name.start || b.sure - a.sure || b.name.end - a.name.end);
  const out: PersonName[] = [];
  let until = -1;
  for (const f of found) {
    if (f.name.start < until) continue;
    out.push(f.name);
    until = f.name.end;
  }
  return out;
}

/** The first name in a text, if any. */
export function readPersonName(text: string): PersonName | undefined {
  return readPersonNames(text)[0];
}

/**
 * Whether two written names can be one person: the same surname, and nothing written differs (a
 * given name written in full on both sides, or an initial of either). «Иванова» alone fits any
 * Иванова: whether that is enough is `matchPerson`'s question.
 */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.surname !== b.surname) return false;
  if (a.given && b.given && a.given !== b.given) return false;
  if (a.patronymic && b.patronymic && a.patronymic !== b.patronymic) return false;
  const n = Math.min(a.initials.length, b.initials.length);
  return a.initials.slice(0, n) === b.initials.slice(0, n);
}

/**
 * The one person of a list a name stands for: every entry that fits the name, when they are all one
 * person (they fit each other); none when the name fits nobody or several different people.
 */
export function matchPerson<T extends PersonName>(name: PersonName, people: readonly T[]): T[] {
  const fits = people.filter((p) => samePerson(name, p));
  for (let i = 0; i < fits.length; i++) {
    for (let j = i + 1; j < fits.length; j++) if (!samePerson(fits[i]!, fits[j]!)) return [];
  }
  return fits;
}

/** «Иванова А.А.»: the surname as written (capitalised when written in capitals) and the initials. */
export function shortName(name: PersonName): string {
  const surname = name.surname
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('-');
  const written = new RegExp(name.surname.replace(/е/g, '[её]'), 'i').exec(name.text)?.[0];
  const shown = written && written !== written.toUpperCase() ? written : surname;
  const initials = [...name.initials].map((c) => `${c.toUpperCase()}.`).join('');
  return initials ? `${shown} ${initials}` : shown;
}
