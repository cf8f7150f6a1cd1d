/**
 * Two facts of a document read from its preamble (the text before the body, title included) when the
 * front matter does not give them: the date the school approved it and the organisation's name.
 * Pure text → value; never throws (the preamble is bounded by the parser, the regexes are linear).
 *
 * Approval date. Every date of the preamble is classed by the nearest mark before it, on its line or
 * on the few short lines above (an approval block is a column of short lines: «УТВЕРЖДАЮ / Директор …
 * / ____ И.И. Иванов / «23» августа 2021 г.»):
 * - approval: «утвержд…», «приказ…» (also «П Р И К А З»), «распоряжени…», «постановлени…»
 *   (УТВЕРЖДАЮ, «Приложение 1 к приказу № 15 от 18.02.2022», «Приказ № 295 от «22» сентября 2023г.»);
 * - agreement: «согласовано», «протокол», «принято», «рассмотрено», «одобрено» (the pedagogical
 *   council's or the union's block) — unless the block opens with «Утверждено» («Утверждено на
 *   заседании педагогического совета / Протокол №1 от …»): then the protocol dates the approval.
 * A date is nobody's approval when it has no mark, when it opens or closes a span («с 01.09.2021 по
 * 31.05.2022»), when the words between its mark and it quote a source («в соответствии с приказом …»,
 * «на основании …») or name a federal act («Распоряжение Минпросвещения от 25.12.2019 № Р-145», «ФЗ
 * от 29.12.2012 № 273-ФЗ»), or name another body (a ministry, a government, a department, an
 * administration) outside an approval block or appendix line: «Приказ министерства образования
 * Ростовской области от …» is quoted, «Приложение 1 / к приказу Министерства образования и науки
 * Челябинской области / от 6 февраля 2023 г.» is a regional document's own approval.
 * The first approval date wins. An approval date without a year («Приказ от «12» сентября № 56-ОД»)
 * takes the year of the nearest dated block. The agreement date stands in only for a document with
 * no approval block at all (a programme adopted by the council's protocol, never signed by a
 * director, is in force from that date); a dated СОГЛАСОВАНО beside an undated УТВЕРЖДАЮ gives no
 * approval date (the reviewers' reading of the real-world corpus, test/fixtures/real-world/10-…).
 *
 * Organisation: only the name, from (1) the title («… в МБОУ Поведниковская СОШ на 2021-2024 г.г.»,
 * a municipal complex «… в ведении департамента …»), (2) a preamble line that opens with the
 * abbreviation («МБОУ «Красномайская СОШ …»», «(МБДОУ Валуевский д/с «Теремок»)»), (3) any short
 * preamble line that mentions it (an approval line: «Директор МБОУ Багаевской СОШ № 3», «Заведующий
 * МБДОУ № 18», «к приказу МБДОУ №18 от …») or the title, (4) the name spelled out in the title («… в
 * муниципальном бюджетном … учреждении «…»», its head put in the nominative), (5) a line that spells
 * it out («Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»», or over two
 * lines). The name is cut where it ends: at « на 20..», a parenthesis with dates («(сентябрь 2021 –
 * май 2022)»), «, утверждённ…», « от », a date, a line break, a signature («____ И.И. Иванов»), a
 * dash, «, Ярославская область», a motto in capitals — never inside «…». A bare abbreviation («в ОУ
 * на 2021 год») is not a name.
 */
import { iso, isValidDate, type IsoDate } from './dates';
import { execAll } from '../read/text';

// ───────────────────────────── approval date ─────────────────────────────

const MONTH_WORD =
  'января|январь|февраля|февраль|марта|март|апреля|апрель|мая|май|июня|июнь|июля|июль|' +
  'августа|август|сентября|сентябрь|октября|октябрь|ноября|ноябрь|декабря|декабрь';
const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/**
 * A date as documents write it: «31.08.2020г.», «31. 03. 22 г.», «30.08.21»; «от «31» 08. 2020 г.»
 * and «от «_28_»__09 2021год» (day in quotes, month number); «23» августа 2021 г., «23 » августа
 * 2021, 23 августа 2021.
 */
const DATE_IN_TEXT = new RegExp(
  [
    String.raw`(?<![\d.])(\d{1,2})\s?\.\s?(\d{1,2})\s?\.\s?(\d{4}|\d{2})(?![\d.]\d)`,
    String.raw`«[\s_]{0,8}(\d{1,2})[\s_]{0,8}»[\s_]{0,8}(\d{1,2})[\s_]{0,8}\.?[\s_]{0,8}(\d{4})(?!\d)`,
    String.raw`(?<!\d)«?[\s_]{0,8}(\d{1,2})[\s_]{0,8}»?[\s_]{0,8}(${MONTH_WORD})(?!\p{L})[\s_]{0,8}(\d{4})(?!\d)`,
    // No year: «Приказ от «12» сентября № 56-ОД» (the year is borrowed, see findApproval).
    String.raw`(?<!\d)«?[\s_]{0,8}(\d{1,2})[\s_]{0,8}»?[\s_]{0,8}(${MONTH_WORD})(?!\p{L})(?![\s_]{0,8}\d)`,
  ].join('|'),
  'giu',
);

function monthOf(word: string): number {
  const w = word.toLowerCase();
  if (w === 'мая' || w === 'май') return 5;
  return MONTH_STEMS.findIndex((stem, i) => i !== 4 && w.startsWith(stem)) + 1;
}

interface FoundDate {
  day: number;
  month: number;
  year?: number;
}

function dateOf(m: RegExpMatchArray): FoundDate | undefined {
  const g = m.slice(1);
  let day: number, month: number, yearText: string | undefined;
  if (g[0] !== undefined) [day, month, yearText] = [Number(g[0]), Number(g[1]), g[2]!];
  else if (g[3] !== undefined) [day, month, yearText] = [Number(g[3]), Number(g[4]), g[5]!];
  else if (g[6] !== undefined) [day, month, yearText] = [Number(g[6]), monthOf(g[7]!), g[8]!];
  else [day, month, yearText] = [Number(g[9]), monthOf(g[10]!), undefined];
  if (yearText === undefined) return month >= 1 && day >= 1 && day <= 31 ? { day, month } : undefined;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1990 || year > 2100 || !isValidDate(year, month, day)) return undefined;
  return { day, month, year };
}

type Mark = 'approval' | 'agreement';
// Letters may be spaced out in a heading («П Р И К А З», «У Т В Е Р Ж Д А Ю»).
const MARKS: ReadonlyArray<readonly [Mark, RegExp]> = [
  ['approval', /у\s?т\s?в\s?е\s?р\s?[жд]|п\s?р\s?и\s?к\s?а\s?з|распоряжени|постановлени/giu],
  ['agreement', /согласова|протокол|принят|рассмотрен|одобрен/giu],
];
/** A line that opens an approval or agreement block («УТВЕРЖДАЮ», «Утверждено на заседании …», «СОГЛАСОВАНО»). */
const OPENER = /^[\s*«"_]*(?:(у\s?т\s?в\s?е\s?р\s?[жд])|согласова|принят|рассмотрен|одобрен)/iu;
/** A line of the document's own approval form by another body: «Приложение 1 / к приказу Министерства …». */
const APPENDIX = /^[\s*«"_]*(?:приложени|к\s+(?:приказу|распоряжению|постановлению))/iu;
/** Between a mark and its date: the date is a quoted source's. */
const QUOTING = /в\s+соответствии|на\s+основании|во\s+исполнение|согласно|руководствуясь|в\s+целях|в\s+рамках/iu;
/** Federal acts: never a school's, a municipality's or a region's own approval. */
const FEDERAL = new RegExp(
  String.raw`минпрос|министерств\S*\s+просвещени|российской\s+федерации|(?<!\p{L})(?:рф|фз|россии)(?!\p{L})|` +
    'федеральн|закон|президент|минобрнауки|рособрнадзор|минтруд|письм',
  'iu',
);
/** Another body's act: the document's own approval only in an approval block or appendix line above it. */
const OTHER_BODY = new RegExp(
  String.raw`министерств|правительств|департамент|обл(?:аст|ком)|(?<!\p{L})(?:гор|р)оно(?!\p{L})|` +
    String.raw`управлени\S*\s+образовани|администраци|комитет|губернатор|(?<!\p{L})кра[яй](?!\p{L})|отдел\S*\s+образовани`,
  'iu',
);
/** A date that opens or closes a span is a deadline or a period, not an approval. */
const SPAN_BEFORE = /(?<!\p{L})(?:с|по|до)\s*[«"]?\s*$/iu;
/** A title line: the look back for a mark stops there (its dates belong to the title). */
const TITLE_LIKE = /дорожн\S*\s+карт|программ\S*\s+наставничеств|план\S*\s+мероприяти|комплекс\S*\s+мер|положени\S*\s+о\s/iu;
/** How far a date looks for its mark: lines above, characters before it on its own line. */
const LOOK_BACK_LINES = 6;
const LOOK_BACK_CHARS = 160;
/** How far above its mark a block's opener may stand («Утверждено на заседании / Педагогического совета / Протокол …»). */
const OPENER_LINES = 4;
const SHORT_LINE = 200;
/** Approval blocks and the school's name stand at the top: a preamble's first dates and lines are enough (a huge one costs no time). */
const MAX_DATES = 200;
const MAX_LINES = 400;

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

function lastMark(context: string): { mark: Mark; at: number; word: string } | undefined {
  let best: { mark: Mark; at: number; word: string } | undefined;
  for (const [mark, re] of MARKS) {
    for (const m of execAll(re, context)) if (!best || m.index > best.at) best = { mark, at: m.index, word: m[0].toLowerCase() };
  }
  return best;
}

/** Lines `from` and up to OPENER_LINES above it, nearest first, while they are short and no title. */
function blockAbove(lines: readonly Line[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k >= 0 && k >= from - OPENER_LINES; k--) {
    const text = lines[k]!.text;
    if (k < from && (text.length > SHORT_LINE || TITLE_LIKE.test(text))) break;
    out.push(text);
  }
  return out;
}

/** The mark a date at `at` (on line `li`) belongs to, or undefined when it is nobody's approval. */
function markOf(text: string, lines: readonly Line[], li: number, at: number): Mark | undefined {
  const line = lines[li]!;
  let context = text.slice(Math.max(line.start, at - LOOK_BACK_CHARS), at);
  if (SPAN_BEFORE.test(context)) return undefined;
  let first = li;
  while (!lastMark(context) && first > 0 && first > li - LOOK_BACK_LINES) {
    const above = lines[first - 1]!.text;
    if (above.length > SHORT_LINE || TITLE_LIKE.test(above)) break;
    context = `${above}\n${context}`;
    first--;
  }
  const found = lastMark(context);
  if (!found) return undefined;
  const clause = context.slice(found.at);
  if (QUOTING.test(clause) || FEDERAL.test(clause)) return undefined;
  const markLine = first + (context.slice(0, found.at).match(/\n/g)?.length ?? 0);
  const block = blockAbove(lines, markLine);
  const opener = block.map((l) => OPENER.exec(l)).find((m) => m !== null);
  const approvalForm = opener?.[1] !== undefined || block.some((l) => APPENDIX.test(l));
  // «УТВЕРЖДЕН / распоряжением Правительства Новосибирской области / от 02.07.2019»: a region's
  // document approved by the region; a bare «Приказ министерства … области от …» line is quoted.
  if (OTHER_BODY.test(clause) && !approvalForm) return undefined;
  // «Утверждено на заседании педагогического совета, протокол № 1 от …»: the protocol dates the approval.
  if (found.mark === 'agreement' && opener?.[1] !== undefined) return 'approval';
  return found.mark;
}

/**
 * The school's approval date: «УТВЕРЖДАЮ … «23» августа 2021 г.» → 2021-08-23, «Приложение №2 к
 * приказу МБДОУ №18 от 01.09.2022 №21/1» → 2022-09-01 (see the module comment for the rules).
 */
export function findApproval(preamble: string): string | undefined {
  const lines = linesOf(preamble);
  let agreed: IsoDate | undefined;
  let yearless: { at: number; day: number; month: number } | undefined;
  const dated: { at: number; year: number }[] = [];
  let li = 0;
  let seen = 0;
  for (const m of execAll(DATE_IN_TEXT, preamble)) {
    if (++seen > MAX_DATES) break;
    const date = dateOf(m);
    if (!date) continue;
    const at = m.index + Math.max(0, m[0].search(/[\d«]/)); // the date itself, not the blanks the pattern took before it
    while (li + 1 < lines.length && lines[li + 1]!.start <= at) li++;
    // A two-digit year («30.08.21», «31. 03. 22 г.») only after «от» or before «г»: else it may be a clause number.
    if (m[3] !== undefined && m[3].length === 2) {
      const after = preamble.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (!/от[\s_]*$/iu.test(preamble.slice(Math.max(0, at - 6), at)) && !/^\s*г(?!\p{L})/u.test(after)) continue;
    }
    const mark = markOf(preamble, lines, li, at);
    if (!mark) continue;
    if (date.year === undefined) {
      if (mark === 'approval') yearless ??= { at, day: date.day, month: date.month };
      continue;
    }
    const value = iso(date.year, date.month, date.day);
    if (mark === 'approval') return value;
    agreed ??= value;
    dated.push({ at, year: date.year });
  }
  // «УТВЕРЖДЕНА … Приказ от «12» сентября № 56-ОД» beside «Протокол от «12» сентября 2024г.»: the
  // approval's year is that of the nearest dated block.
  if (yearless && dated.length > 0) {
    const near = dated.reduce((a, b) => (Math.abs(b.at - yearless!.at) < Math.abs(a.at - yearless!.at) ? b : a));
    if (isValidDate(near.year, yearless.month, yearless.day)) return iso(near.year, yearless.month, yearless.day);
  }
  // A dated СОГЛАСОВАНО beside an undated УТВЕРЖДАЮ says when the document was agreed, not approved.
  const undatedApproval = lines.some((l) => l.text.length <= SHORT_LINE && OPENER.exec(l.text)?.[1] !== undefined);
  return undatedApproval ? undefined : agreed;
}

// ───────────────────────────── organisation ─────────────────────────────

/** Abbreviations that open an organisation's name («ГБОУ школа № 34 …», «ПОУ «Северодвинский колледж …»»). */
const ORG_TYPES =
  'ФГБОУ|ФГАОУ|ОГБОУ|ОГАОУ|ОГБПОУ|ОГАПОУ|КГБОУ|КГБПОУ|КГАОУ|ГБПОУ|ГАПОУ|ГПОУ|ГБДОУ|ГБОУ|ГАОУ|ГКОУ|ГОБУ|' +
  'ГОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|МБОУ|МАОУ|МКОУ|МОБУ|МОАУ|МОУ|МБУДО|МАУДО|МБУ|МАУ|МКУ|ЧДОУ|ЧОУ|НОУ|АНО|ПОУ|ОУ';
// No \b: in a non-unicode JS regex \b does not see Cyrillic letters, so «ГБОУ\b» never matched.
const NOT_LETTER = '(?![\\p{L}])';
const ORG_ABBR = `(?<![\\p{L}])(?:${ORG_TYPES})${NOT_LETTER}`;
/** «… в ГБОУ школа № 34 Невского района … на 2022-2023 учебный год» → from the abbreviation on (cut later). */
const ORG_IN_TITLE = new RegExp(`(?:^|\\s)(?:в|во)\\s+[«"]?(${ORG_ABBR}.*)`, 'su');
/** Words of a spelled-out name before «учреждение»/«организация» (муниципальное бюджетное общеобразовательное …). */
const SPELLED_WORDS =
  '(?:(?:муниципальн|государственн|федеральн|частн|негосударственн|областн|краев|городск|районн|' +
  'автономн|бюджетн|казенн|казённ|профессиональн|общеобразовательн|образовательн|дошкольн|' +
  'некоммерческ|дополнительн|специальн|коррекционн|региональн|республиканск)[\\p{L}-]*\\s+){1,7}';
/** «… в муниципальном бюджетном общеобразовательном учреждении «Средняя школа № 5» на …». */
const SPELLED_IN_TITLE = new RegExp(`(?:^|\\s)(?:в|во)\\s+(${SPELLED_WORDS}(?:учреждении|организации)${NOT_LETTER}.*)`, 'isu');
/** A line that spells the name out: «Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»». */
const SPELLED_LINE = new RegExp(`^[«"]?${SPELLED_WORDS}(?:учреждение|организация)${NOT_LETTER}`, 'iu');
/** A municipal complex «… находящихся в ведении департамента образования …, на 2023 – 2025 гг.»: the department is the author. */
const DEPARTMENT_IN_TITLE = /в\s+ведении\s+(департамента|управления|комитета|отдела|министерства)(\s.*)/isu;
const DEPARTMENT_NOMINATIVE: Record<string, string> = {
  департамента: 'Департамент',
  управления: 'Управление',
  комитета: 'Комитет',
  отдела: 'Отдел',
  министерства: 'Министерство',
};
/** A preamble line that is just the organisation's name («**МБОУ «Красномайская СОШ имени С.Ф. Ушакова»**», examples/002). */
const ORG_LINE = new RegExp(`^[«"(]?${ORG_ABBR}`, 'u');
/** Any mention: «Директор МБОУ Багаевской СОШ № 3», «Заведующий МБДОУ № 18», «Приказом по ГБОУ школе № 34». */
const ORG_MENTION = new RegExp(ORG_ABBR, 'gu');
/** How much of a title is searched for a mention (a bold paragraph taken for the title may be long). */
const MAX_TITLE = 2000;
/** What opens a name after the abbreviation or «учреждение»: a quote, a number, a capital, or what a school is called. */
const NAME_START = /^(?:[«"„]|№|N\s*\d|[\p{Lu}\d])/u;
const NAME_WORD =
  /^(?:школ|гимнази|лице|прогимнази|детск|сад|ясл|колледж|техникум|училищ|центр|дом|д\/с|интернат|учрежд|город|район|област|кра[яйе]|республик|им\.|имени)/iu;
const ABBR_HEAD = new RegExp(`^[«"]?(?:${ORG_TYPES})${NOT_LETTER}`, 'u');
const SPELLED_HEAD = new RegExp(`(?:учреждение|учреждении|организация|организации)${NOT_LETTER}`, 'iu');

/** Whether a name goes on after its head (the abbreviation, «учреждение»): «ОУ» alone names nothing. */
function namesAfter(name: string, head: RegExp): boolean {
  const m = head.exec(name);
  if (!m) return false;
  const rest = name.slice(m.index + m[0].length).trimStart();
  return NAME_START.test(rest) || NAME_WORD.test(rest);
}
const MAX_NAME = 200;

const MONTHS_RE = 'январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр';
/** Where a name ends (never inside «…»). */
const NAME_ENDS: readonly RegExp[] = [
  /\s*\n/gu,
  /,?\s+(?:на|в)\s+(?:\d|период|учебн|срок|текущ|(?:19|20)\d\d)/giu,
  /,\s*(?=[\p{L}-]+\s+(?:област|кра[йя]|республик))/giu,
  new RegExp(`\\s*\\((?=\\s*далее|[^)]*(?:(?:19|20)\\d\\d|${MONTHS_RE}|учебн|год))`, 'giu'),
  /\s*,?\s+(?:утвер[жд]|принят|согласован|реализ|разработ|введен|действ)/giu,
  /,\s*(?:находящ|расположен|в\s+лице|именуем)/giu,
  /\s+от\s/giu,
  new RegExp(
    `\\s*«\\s*\\d{1,2}\\s*»|\\s+\\d{1,2}\\s*\\.\\s*\\d{1,2}\\s*\\.\\s*\\d{2,4}|\\s+\\d{1,2}\\s+(?:${MONTHS_RE})\\p{L}*\\s+\\d{4}`,
    'giu',
  ),
  /\s+(?:19|20)\d\d\s*(?:[-–—/]|г\.|г(?!\p{L})|год|гг|уч)/giu,
  /\s+[—–-]\s+/gu,
  /\s*_{2,}/gu,
  /\s*\/\s*[\p{Lu}_]/gu,
  /(?<!(?:им\.|имени)\s*)\s+\p{Lu}\.\s?\p{Lu}\.\s?\p{Lu}\p{Ll}+/gu,
  /(?<!(?:им\.|имени)\s*)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\.\s?\p{Lu}\./gu,
  /\s+по\s+(?:реализации|внедрению|организации|развитию|формированию)/giu,
  /\s*[;:!?|]/gu,
  // A hard line break read as nothing glues the next line on («МБДОУ № 18 «Алёнушка»УТВЕРЖДАЮ»).
  /(?<=[\p{L}\d»"])(?=утвержд|согласова|принят|директор|заведующ|приказ|протокол|рассмотрен)/giu,
];

/** Whether `at` is inside «…» or "…" that closes later in `s`. */
function insideQuotes(s: string, at: number): boolean {
  let depth = 0;
  let straight = 0;
  for (let i = 0; i < at; i++) {
    const c = s[i];
    if (c === '«' || c === '„') depth++;
    else if (c === '»' || c === '“') depth = Math.max(0, depth - 1);
    else if (c === '"') straight ^= 1;
  }
  const rest = s.slice(at);
  return (depth > 0 && /[»“]/u.test(rest)) || (straight === 1 && rest.includes('"'));
}

/** A programme's motto in capitals after the name: «… г. Улан-Удэ «ОТ СЕРДЦА К СЕРДЦУ»». */
const MOTTO = /\s+«[\p{Lu}\s,.!?-]{5,}»/u;

/** The name alone: cut at the first end outside quotes, tidied. */
function cutName(text: string): string {
  // A name is short: what is past a few of its lengths cannot be part of it (and costs time on a huge title).
  const s = text.slice(0, MAX_NAME * 3);
  let end = s.length;
  const motto = MOTTO.exec(s);
  // Only after a name in ordinary case: in a line all in capitals the quoted part is the name.
  if (motto && /\s/u.test(motto[0].trim()) && /\p{Ll}/u.test(s.slice(0, motto.index))) end = motto.index;
  for (const re of NAME_ENDS) {
    for (const m of execAll(re, s)) {
      if (m.index >= end) break;
      if (m.index > 0 && !insideQuotes(s, m.index)) {
        end = m.index;
        break;
      }
    }
  }
  return tidyName(s.slice(0, end))
    .replace(/[\s,.;:–—-]+$/u, '')
    .trim();
}

/** Trims the name and drops a closing quote left over from the title («…в МБОУ лицей при ТПУ г. Томска»» → no »). */
function tidyName(name: string): string {
  let s = name.replace(/\s+/g, ' ').replace(/«\s+/gu, '«').replace(/\s+»/gu, '»').trim();
  const count = (c: string) => s.split(c).length - 1;
  while (s.endsWith('»') && count('»') > count('«')) s = s.slice(0, -1).trim();
  while (s.endsWith(')') && count(')') > count('(')) s = s.slice(0, -1).trim();
  if (s.startsWith('«') && count('«') > count('»')) s = s.slice(1).trim();
  if (count('"') % 2 === 1) s = s.endsWith('"') ? s.slice(0, -1).trim() : s.startsWith('"') ? s.slice(1).trim() : s;
  return s;
}

/** A name from the abbreviation on, or undefined when nothing names the school after it. */
function abbreviated(from: string): string | undefined {
  const name = cutName(from);
  return name.length <= MAX_NAME && namesAfter(name, ABBR_HEAD) ? name : undefined;
}

function spelledOut(from: string): string | undefined {
  const name = cutName(from);
  return name.length <= MAX_NAME && namesAfter(name, SPELLED_HEAD) ? name : undefined;
}

/**
 * «муниципальном бюджетном общеобразовательном учреждении «…»» → «Муниципальное бюджетное
 * общеобразовательное учреждение «…»»: the head of a spelled-out name from the title, in the nominative.
 */
function nominative(phrase: string): string {
  const head = new RegExp(`^(${SPELLED_WORDS})(учреждении|организации)${NOT_LETTER}`, 'iu').exec(phrase);
  if (!head) return phrase;
  const feminine = /^организации$/iu.test(head[2]!);
  const words = head[1]!
    .trim()
    .split(/\s+/u)
    .map((w) => (feminine ? w.replace(/(?:ой|ей)$/u, 'ая') : w.replace(/ом$/u, 'ое').replace(/ем$/u, 'ее')));
  const noun = feminine ? 'организация' : 'учреждение';
  const out = `${words.join(' ')} ${noun}${phrase.slice(head[0].length)}`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Organisation: from the title (docs/domain.md §11 «Дата утверждения и организация»), else the preamble (see the module comment for the order). */
export function findOrganization(title: string, preamble: readonly string[]): string | undefined {
  const inTitle = ORG_IN_TITLE.exec(title);
  const fromTitle = inTitle ? abbreviated(inTitle[1]!) : undefined;
  if (fromTitle) return fromTitle;
  const department = DEPARTMENT_IN_TITLE.exec(title);
  if (department) {
    const name = cutName(DEPARTMENT_NOMINATIVE[department[1]!.toLowerCase()]! + department[2]!);
    if (name.length <= MAX_NAME) return name;
  }
  const lines: string[] = [];
  for (const p of preamble) {
    for (const raw of p.split('\n', MAX_LINES)) {
      const line = raw.length <= SHORT_LINE * 2 ? raw.replace(/\s+/g, ' ').trim() : '';
      if (line && line.length <= SHORT_LINE) lines.push(line);
    }
    if (lines.length >= MAX_LINES) break;
  }
  for (const line of lines) {
    if (!ORG_LINE.test(line)) continue;
    const name = abbreviated(line.replace(/^\((.*)\)$/u, '$1'));
    if (name) return name;
  }
  // An approval or appendix line names the school as it is usually called (abbreviated); the title too.
  for (const line of [...lines, title.slice(0, MAX_TITLE)]) {
    for (const m of execAll(ORG_MENTION, line)) {
      const name = abbreviated(line.slice(m.index));
      if (name) return name;
    }
  }
  const spelledInTitle = SPELLED_IN_TITLE.exec(title);
  const spelledTitle = spelledInTitle ? spelledOut(nominative(spelledInTitle[1]!)) : undefined;
  if (spelledTitle) return spelledTitle;
  for (let i = 0; i < lines.length; i++) {
    if (!SPELLED_LINE.test(lines[i]!)) continue;
    // The name may stand on the next line: «Муниципальное бюджетное общеобразовательное учреждение / «Средняя школа № 5»».
    const name = spelledOut(lines[i]!) ?? (lines[i + 1] !== undefined ? spelledOut(`${lines[i]} ${lines[i + 1]}`) : undefined);
    if (name) return name;
  }
  return undefined;
}
