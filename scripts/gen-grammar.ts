/**
 * Writes syntaxes/nastavnik.injection.tmLanguage.json: a TextMate injection grammar that scopes, in
 * the cells of Markdown tables, what a roadmap is made of — deadlines, persons, roles, stage numbers
 * and score marks. The regular expressions are written here readably (String.raw, shared pieces)
 * and the JSON is generated, so nobody edits quadruple backslashes by hand.
 *   npx tsx scripts/gen-grammar.ts        (test/grammar.test.ts fails while the JSON is out of date)
 *
 * Where it applies: inside `markup.table.markdown` (VS Code's Markdown grammar scopes GFM tables so;
 * each cell is re-tokenised with inline patterns, and injections apply there too). Prose is left
 * alone on purpose: «наставник» in a paragraph is not a responsible, and «от 21.12.2021» in a
 * paragraph is a document reference, not a deadline.
 *
 * The regexes are Oniguruma, not JavaScript: `\b` knows no Cyrillic, so word edges are lookarounds
 * with `\p{L}`; a look-behind must have a fixed length per alternative, so «at the start of a cell»
 * is an alternation of `|`, `| `, `|  `, `|   `.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GRAMMAR_FILE = join(__dirname, '..', 'syntaxes', 'nastavnik.injection.tmLanguage.json');
export const INJECTION_SCOPE = 'markdown.nastavnik.injection';

const r = String.raw;

/** Not preceded / followed by a letter: the edges of a word, Cyrillic words included. */
const WORD_START = r`(?<!\p{L})`;
const WORD_END = r`(?!\p{L})`;
/** At the start of a cell (after the pipe and up to three spaces). */
const CELL_START = r`(?<=\||\|[ \t]|\|[ \t]{2}|\|[ \t]{3})`;
/** At the end of a cell (only spaces before the next pipe). */
const CELL_END = r`(?=[ \t]*(?:\||$))`;
/** Where a responsible may start: the cell's start, or after «,» «;» «<br>» « и ». */
const PART_START = r`(?<=\||\|[ \t]|\|[ \t]{2}|,[ \t]|,|;[ \t]|;|<br>|<br>[ \t]|<br/>|<br />|[ \t]и[ \t]|\(|\([ \t])`;

/** Month names in any case ending («сентябрь», «сентября», «сентябре», «маю»). */
const MONTH =
  r`(?:январ(?:ь|я|ю|е|ем|ём)|феврал(?:ь|я|ю|е|ем|ём)|март(?:а|у|е|ом)?|апрел(?:ь|я|ю|е|ем)|` +
  r`ма(?:й|я|ю|е|ем|ём)|июн(?:ь|я|ю|е|ем)|июл(?:ь|я|ю|е|ем)|август(?:а|у|е|ом)?|` +
  r`сентябр(?:ь|я|ю|е|ем|ём)|октябр(?:ь|я|ю|е|ем|ём)|ноябр(?:ь|я|ю|е|ем|ём)|декабр(?:ь|я|ю|е|ем|ём))`;
const YEAR_NUMBER = r`(?:19|20)\d{2}(?!\d)`;
/** «2023», «2023 г.», «2023 г», «2023 года», «2023-2025 гг.» (the second year of a range is matched on its own). */
const YEAR_WORD = r`(?:[ \t]*(?:гг?(?:\.|(?!\p{L}))|год(?:а|у|ом|ы|ов)?(?!\p{L})|учебн\p{L}*[ \t]+год\p{L}*))?`;
const DATE = r`(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d{2}|\d{2})(?![\d])`;

/** Roles (docs/domain.md §10 «Ответственные»), with their case endings; matched case-insensitively. */
const ROLE = [
  r`классн(?:ый|ого|ому|ым|ом|ые|ых|ыми)[ \t]+руководител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)`,
  r`(?:зам\.[ \t]?(?:дир\.|директора)|заместител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?:[ \t]+директора)?)` +
    r`(?:[ \t]+по[ \t]+(?-i:[А-ЯЁ]{1,4})(?:[ \t]*(?:,|и)[ \t]*(?-i:[А-ЯЁ]{1,4}))*)?`,
  r`руководител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?:[ \t]+(?-i:ОО|МО|ШМО|ОУ))?`,
  r`директор(?:а|у|ом|е|ы|ов|ам|ами|ах)?`,
  r`заведующ(?:ий|его|ему|им|ем|ая|ей|ую|ие|их)`,
  r`завуч(?:а|у|ом|е|и|ей)?`,
  r`куратор(?:а|у|ом|е|ы|ов|ам|ами|ах)?`,
  r`(?:педагог(?:а|и|ов)?-)?психолог(?:а|у|ом|е|и|ов|ам|ами|ах)?`,
  r`социальн(?:ый|ого|ому|ым|ом|ые|ых|ыми)[ \t]+педагог(?:а|у|ом|е|и|ов|ам|ами|ах)?`,
  r`педагог(?:а|и|ов)?-организатор(?:а|у|ом|е|ы|ов)?`,
  r`(?:педагог(?:а|и|ов)?-)?библиотекар(?:ь|я|ю|ем|е|и|ей)`,
  r`рабоч(?:ая|ей|ую|ие|их|им|ими)[ \t]+групп(?:а|ы|е|у|ой|ам|ами|ах)?`,
  r`администраци(?:я|и|ю|ей)`,
  r`методист(?:а|у|ом|е|ы|ов|ам|ами|ах)?`,
  r`(?:педагогическ|методическ)(?:ий|ого|ому|им|ом|ие|их)[ \t]+совет(?:а|у|ом|е|ы|ов)?`,
  r`(?:педсовет|методсовет)(?:а|у|ом|е)?`,
  r`методическ(?:ое|ого|ому|им|ом|ие|их)[ \t]+объединени(?:е|я|ю|ем|и|й)`,
  r`(?-i:[ШГР]?МО)`,
  r`(?:(?:педагог|учител)(?:ь|и|ей|я)?-)?наставник(?:а|у|ом|е|и|ов|ам|ами|ах)?`,
  r`наставляем(?:ый|ая|ого|ой|ому|ым|ом|ые|ых|ыми)`,
  r`специалист(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?:[ \t]+(?-i:ДО|УО|ДОО|ОО)|[ \t]+(?:департамента|управления)[ \t]+образования)?`,
  r`тьютор(?:а|у|ом|е|ы|ов)?`,
  r`советник(?:а|у|ом|е|и|ов)?[ \t]+директора(?:[ \t]+по[ \t]+воспитани(?:ю|я))?`,
  r`родител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)`,
].join('|');

const SURNAME = r`[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?`;
const INITIALS = r`[А-ЯЁ]\.[ \t\x{00A0}]?[А-ЯЁ]\.`;

interface Pattern {
  name?: string;
  match?: string;
  captures?: Record<string, { name: string }>;
  include?: string;
}

const repository: Record<string, { patterns: Pattern[] } | Pattern> = {
  'stage-number': {
    patterns: [
      {
        // «| 1. |», «| 1.1 |», «| 2) |»: a cell holding only a number.
        name: 'markup.list.numbered.nastavnik',
        match: r`${CELL_START}\d{1,2}(?:\.\d{1,2}){0,3}[.)]?${CELL_END}`,
      },
      {
        // «| 1. Разработка…», «| 2.1. Издание…», «| 1) Сбор…», «| 2.1 Издание…»: a number opening the cell's text.
        name: 'markup.list.numbered.nastavnik',
        match: r`${CELL_START}(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,3})(?=[ \t]+[\p{L}«"*])`,
      },
    ],
  },
  mark: {
    // A score mark alone in a cell: ✓ ✔ ☑ ✅ + x х v да.
    name: 'keyword.other.mark.nastavnik',
    match: r`${CELL_START}(?:✓|✔|☑|✅|\+|(?i:x|х|v|да|yes))${CELL_END}`,
  },
  person: {
    patterns: [
      { name: 'entity.name.person.nastavnik', match: r`(?<![\p{L}.])${SURNAME}[ \t\x{00A0}]+${INITIALS}` },
      { name: 'entity.name.person.nastavnik', match: r`(?<![\p{L}.])${INITIALS}[ \t\x{00A0}]?${SURNAME}(?![\p{L}.])` },
    ],
  },
  role: {
    name: 'support.type.role.nastavnik',
    match: r`(?i)${PART_START}(?:${ROLE})${WORD_END}`,
  },
  deadline: {
    patterns: [
      {
        name: 'constant.numeric.date.day.nastavnik',
        match: r`(?<![\d.])${DATE}`,
      },
      {
        // «Сентябрь», «Сентябрь 2025», «сентября 2023 г.», «ноябре 2024 года».
        match: r`(?i)${WORD_START}(${MONTH})${WORD_END}(?:[ \t]+(${YEAR_NUMBER}${YEAR_WORD}))?`,
        captures: { '1': { name: 'constant.numeric.date.month.nastavnik' }, '2': { name: 'constant.numeric.date.year.nastavnik' } },
      },
      {
        // «15 сентября 2023»: the day before a month.
        match: r`(?i)(?<![\d.])((?:0?[1-9]|[12]\d|3[01]))(?=[ \t]+${MONTH}${WORD_END})`,
        captures: { '1': { name: 'constant.numeric.date.day.nastavnik' } },
      },
      {
        name: 'constant.numeric.date.year.nastavnik',
        match: r`(?<![\d.\p{L}])${YEAR_NUMBER}(?![.,]\d)${YEAR_WORD}`,
      },
      {
        // «I полугодие», «IV квартал», «2 четверть».
        name: 'constant.numeric.date.quarter.nastavnik',
        match: r`(?<![\p{L}\d])(?:I{1,3}|IV|[1-4])[ \t]*-?[ \t]*(?i:(?:квартал|полугоди|четверт|триместр)\p{L}*)`,
      },
      {
        // The dash between two parts of a deadline: «Сентябрь – октябрь», «2023-2025», «01.09 – 30.09.2024».
        match: r`(?<=[\p{L}\d.])[ \t]*([-–—])[ \t]*(?=(?i:${MONTH})${WORD_END}|${DATE}|${YEAR_NUMBER})`,
        captures: { '1': { name: 'punctuation.separator.range.nastavnik' } },
      },
      {
        // «до 20.09.2023», «до 15 сентября», «до конца года», «до декабря 2024».
        match:
          r`(?i)${WORD_START}(до)(?=[ \t]+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}[ \t]+${MONTH}${WORD_END}|` +
          r`${MONTH}${WORD_END}|конца|окончания|${YEAR_NUMBER}))`,
        captures: { '1': { name: 'keyword.other.deadline.until.nastavnik' } },
      },
      {
        // «в течение учебного года», «в течение всего периода», «в течение 2024 года».
        name: 'constant.language.deadline.vague.nastavnik',
        match:
          r`(?i)${WORD_START}в[ \t]+течени[еи](?:[ \t]+(?:всего|всей|всех|учебного|календарного|` +
          r`текущего|года|месяца|недели|периода|срока|реализации|программы|четверти|полугодия|` +
          r`квартала|учебных|лет|${YEAR_NUMBER}(?:[-–—]${YEAR_NUMBER})?|гг?\.))*${WORD_END}`,
      },
      {
        name: 'constant.language.deadline.vague.nastavnik',
        match: r`(?i)${WORD_START}(?:постоянно|регулярно|систематически|весь[ \t]+период)${WORD_END}`,
      },
      {
        name: 'constant.language.deadline.recurring.nastavnik',
        match: r`(?i)${WORD_START}(?:ежегодно|ежеквартально|ежемесячно|еженедельно)${WORD_END}`,
      },
      {
        // Not a deadline at all: the checker warns about these.
        name: 'constant.language.deadline.unspecified.nastavnik',
        match:
          r`(?i)${WORD_START}(?:по[ \t]+мере[ \t]+необходимости|по[ \t]+отдельному[ \t]+плану|по[ \t]+запросу|` +
          r`при[ \t]+необходимости|по[ \t]+графику)${WORD_END}`,
      },
    ],
  },
};

export function grammar(): object {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Nastavnik (roadmap tables in Markdown)',
    scopeName: INJECTION_SCOPE,
    comment: 'Generated by scripts/gen-grammar.ts — edit that file, then run: npx tsx scripts/gen-grammar.ts',
    injectionSelector: 'L:markup.table.markdown -markup.inline.raw -markup.raw -comment',
    patterns: [{ include: '#stage-number' }, { include: '#mark' }, { include: '#person' }, { include: '#deadline' }, { include: '#role' }],
    repository,
  };
}

export function grammarFileText(): string {
  return JSON.stringify(grammar(), null, 2) + '\n';
}

if (require.main === module) {
  writeFileSync(GRAMMAR_FILE, grammarFileText());
  console.log(`wrote ${GRAMMAR_FILE}`);
}
