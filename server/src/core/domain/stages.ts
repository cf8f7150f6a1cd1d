/**
 * Stage matcher: which stage of a profile a stage cell names, which stages a free text mentions,
 * and which profile fits a table's stage column.
 *
 * Pure, never throws, linear in the text: the text is normalised, split into words, and each word is
 * compared with the keyword stems of the profile's stages (`profiles.ts` describes the conventions).
 *
 * Confidence of a stage for a text: 0 unless every stem of at least one keyword set occurs. Then
 *   base(size of the largest matched set: 1 → 0.62, 2 → 0.72, ≥3 → 0.8)
 *   + (1 − base) × covered / words
 * where `words` are the text's content words (no stop words, no numbers) and `covered` those that
 * match any keyword of the stage or share a stem with a word of its title. So every real match is
 * ≥ 0.62, a text that says nothing but the stage's name scores 1, and extra words (the school's
 * name) lower the confidence a little. «Подготовка условий для запуска программы» thus fits the
 * pupils' preparation («…для запуска программы…») better than the teachers' («…реализации системы…»).
 */
import { memoByText } from '../read/memo';
import type { Profile, ProfileId, StageDef } from './profiles';
import { isSpace } from '../read/text';

// ───────────────────────────── normalisation ─────────────────────────────

/** «банк» in every case and number → the same case of «база». */
export const BANK_FORMS: Readonly<Record<string, string>> = {
  банк: 'база',
  банка: 'базы',
  банку: 'базе',
  банком: 'базой',
  банке: 'базе',
  банки: 'базы',
  банков: 'баз',
  банкам: 'базам',
  банками: 'базами',
  банках: 'базах',
};

const LEADING_MARK = /^(?:[-•*·▪►–—]\s*|этап\s+\d{1,2}[.:)]?\s*|\d+(?:\.\d+)*[.)]\s*|\d{1,2}(?:\.\d{1,2})*\s+|[ivxlc]{1,6}[.)]\s*)/;

function isTrailingPunct(code: number): boolean {
  // space . , ; : ! ? … - and the no-break space
  return (
    code === 32 ||
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 0x2026 ||
    code === 45 ||
    code === 0xa0
  );
}

/**
 * Lower case, ё→е, «банк»→«база» (all forms), slashes and dashes unified («пар / групп» → «пар/групп»,
 * «нормативно – правовое» → «нормативно - правовое», «педагог–психолог» → «педагог-психолог»),
 * HTML tags and «[bookmark: …]» dropped, «(целевой модели)» dropped, quotes «»"„“ dropped, leading
 * numbering and bullets («1.», «1)», «2.1.», «I.», «Этап 1.», «- ») dropped, trailing punctuation
 * dropped, spaces collapsed.
 */
export function normalizeStageText(text: string): string {
  if (typeof text !== 'string' || text === '') return '';
  // Each rare replacement only when its text is there: this runs on every activity and result cell
  // (stage mentions), and a Unicode look-behind scan of a long cell costs more than the includes().
  let s = text;
  if (s.includes('<')) s = s.replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, ' ');
  if (s.includes('&nbsp;')) s = s.replace(/&nbsp;/g, ' ');
  s = s.toLowerCase();
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  if (s.includes('[bookmark:')) s = s.replace(/\[bookmark:[^[\]]{0,200}\]/g, ' ');
  if (s.includes('*') || s.includes('_') || s.includes('`')) s = s.replace(/\*\*|__|`/g, '');
  if (s.includes('целев')) s = s.replace(/\(\s*целев\p{L}*\s+модел\p{L}*\s*\)/gu, ' ');
  if (s.includes('банк')) s = s.replace(/(?<![\p{L}\p{N}])банк(?:ами|ам|ах|ов|ом|а|е|и|у)?(?![\p{L}\p{N}])/gu, (w) => BANK_FORMS[w] ?? w);
  s = tidyQuotesDashesSpaces(s);
  if (s.includes('/') || s.includes('\\')) s = s.replace(/ ?[/\\] ?/g, '/');
  if (s.includes('-')) {
    s = s.replace(/ -|- /g, ' - ');
    if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  }
  s = s.trim();
  for (let i = 0; i < 4; i++) {
    const m = LEADING_MARK.exec(s);
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
  }
  let end = s.length;
  while (end > 0 && isTrailingPunct(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end).trim();
}

/** «»"„“”‟‘’‚' */
const QUOTES: ReadonlySet<number> = new Set([0xab, 0xbb, 0x22, 0x201e, 0x201c, 0x201d, 0x201f, 0x2018, 0x2019, 0x201a, 0x27]);
/** ‐‑‒–—―− */
const DASHES: ReadonlySet<number> = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);

/**
 * `.replace(/[«»"„“”‟‘’‚']/g, '').replace(/[‐‑‒–—―−]/g, '-').replace(/[\s\u00a0]+/g, ' ')` in one pass
 * that copies the text in runs: quotes dropped, dashes made «-», every run of spaces (quotes between
 * them dropped first) one space. This runs on every activity and result cell of a plan.
 */
function tidyQuotesDashesSpaces(text: string): string {
  let out = '';
  let copiedTo = 0;
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string;
    if (QUOTES.has(c)) {
      replacement = ''; // and afterSpace stays: spaces on both sides of a dropped quote are one run
    } else if (DASHES.has(c)) {
      replacement = '-';
      afterSpace = false;
    } else if (isSpace(c)) {
      const first = !afterSpace;
      afterSpace = true;
      if (first && c === 32) continue; // a single ordinary space stays as it is
      replacement = first ? ' ' : '';
    } else {
      afterSpace = false;
      continue;
    }
    out += text.slice(copiedTo, i) + replacement;
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

// ───────────────────────────── words and stems ─────────────────────────────

/** Inflectional endings, longest first. Only endings: derivational suffixes stay on the stem. */
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'иях',
  'иям',
  'ием',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ах',
  'ях',
  'ам',
  'ям',
  'ом',
  'ем',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ым',
  'им',
  'ую',
  'юю',
  'ов',
  'ев',
  'ию',
  'ия',
  'ии',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
];
const ENDING_SET: ReadonlySet<string> = new Set(['', ...ENDINGS]);

/** A tiny Russian stemmer: strips one inflectional ending, keeping at least three letters. */
export function stemWord(word: string): string {
  for (const e of ENDINGS) {
    if (word.length - e.length >= 3 && word.endsWith(e)) return word.slice(0, word.length - e.length);
  }
  return word;
}

export const STOP_WORDS: ReadonlySet<string> = new Set([
  'и',
  'в',
  'во',
  'на',
  'по',
  'для',
  'с',
  'со',
  'о',
  'об',
  'обо',
  'от',
  'до',
  'из',
  'к',
  'ко',
  'при',
  'а',
  'также',
  'или',
  'их',
  'ее',
  'его',
  'как',
  'так',
  'за',
  'под',
  'над',
  'не',
  'то',
  'что',
  'это',
  'все',
  'всех',
  'том',
  'числе',
  'т',
  'ч',
  'др',
  'том',
  'же',
  'через',
  'между',
  'после',
  'перед',
]);

/**
 * `normalized.split(/[^\p{L}\p{N}]+/u)` without the empty ends, by character codes: Latin, Cyrillic,
 * digits and the usual punctuation are told apart without the Unicode regex, anything else asks it.
 * This splits every activity and result cell of a plan (stage mentions), so it is worth a scan.
 */
export function words(normalized: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < normalized.length; ) {
    const code = normalized.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isLetterOrNumber(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(normalized.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(normalized.slice(start));
  return out;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Punctuation common in Russian documents, none of it a letter or number. */
const NOT_WORD: ReadonlySet<number> = new Set([0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x2026, 0x2116, 0x201c, 0x201d, 0x201e]);

function isLetterOrNumber(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451) return true;
  if (NOT_WORD.has(code)) return false;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

/** `/^\p{N}+$/u`: a word of digits only (the words come from `words`, so they are letters and numbers). */
function isNumberWord(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const code = word.codePointAt(i)!;
    if (!(code >= 48 && code <= 57) && (code < 0x80 || (code >= 0x400 && code <= 0x4ff) || !/^\p{N}$/u.test(String.fromCodePoint(code))))
      return false;
    i += code > 0xffff ? 2 : 1;
  }
  return word.length > 0;
}

/** Words that carry meaning: no stop words, no numbers, no single letters. */
export function contentWords(normalized: string): string[] {
  return words(normalized).filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !isNumberWord(w));
}

// ───────────────────────────── compiled keywords ─────────────────────────────

interface Alt {
  stem: string;
  anchored: boolean;
  stemmed: string;
}
/** One keyword: alternatives («a|b»). */
type Key = readonly Alt[];
interface CompiledStage {
  def: StageDef;
  sets: readonly (readonly Key[])[];
  all: readonly Key[];
  titleStems: ReadonlySet<string>;
}

function normalizeKeyword(raw: string): string {
  return raw.toLowerCase().replace(/ё/g, 'е').replace(/^банк/, 'баз').trim();
}

function compileKey(raw: string): Key[] {
  // A keyword with spaces (a user's «рабочая группа») becomes several keywords of the set.
  const perWord: Alt[][] = [];
  for (const alt of String(raw).split('|')) {
    const anchored = alt.trim().endsWith('$');
    const body = normalizeKeyword(anchored ? alt.trim().slice(0, -1) : alt);
    const parts = words(body);
    parts.forEach((p, i) => {
      perWord[i] ??= [];
      perWord[i].push({ stem: p, anchored, stemmed: stemWord(p) });
    });
  }
  return perWord.filter((k) => k.length > 0);
}

/** `stem` is `stemWord(word)`, computed once per word by the caller. */
function altMatches(alt: Alt, word: string, stem: string): boolean {
  if (word.startsWith(alt.stem)) return alt.anchored ? ENDING_SET.has(word.slice(alt.stem.length)) : true;
  return !alt.anchored && alt.stemmed.length >= 3 && stem === alt.stemmed;
}

function keyMatches(key: Key, word: string, stem: string): boolean {
  for (const alt of key) if (altMatches(alt, word, stem)) return true;
  return false;
}

const compiledCache = new WeakMap<StageDef, CompiledStage>();

function compileStage(def: StageDef): CompiledStage {
  const cached = compiledCache.get(def);
  if (cached) return cached;
  const titleWords = contentWords(normalizeStageText(typeof def.title === 'string' ? def.title : ''));
  const rawSets = Array.isArray(def.keywords) && def.keywords.length > 0 ? def.keywords : [titleWords];
  const sets: Key[][] = [];
  for (const rawSet of rawSets) {
    if (!Array.isArray(rawSet)) continue;
    const set = rawSet.flatMap((k) => compileKey(String(k)));
    if (set.length > 0) sets.push(set);
  }
  const compiled: CompiledStage = { def, sets, all: sets.flat(), titleStems: new Set(titleWords.map(stemWord)) };
  compiledCache.set(def, compiled);
  return compiled;
}

function stageConfidence(stage: CompiledStage, content: readonly string[], contentStems: readonly string[]): number {
  if (content.length === 0) return 0;
  let best = 0;
  for (const set of stage.sets) {
    if (set.length <= best) continue;
    if (set.every((key) => content.some((w, i) => keyMatches(key, w, contentStems[i]!)))) best = set.length;
  }
  if (best === 0) return 0;
  let covered = 0;
  for (let i = 0; i < content.length; i++) {
    const w = content[i]!;
    const stem = contentStems[i]!;
    if (stage.titleStems.has(stem) || stage.all.some((key) => keyMatches(key, w, stem))) covered++;
  }
  const base = best >= 3 ? 0.8 : best === 2 ? 0.72 : 0.62;
  return base + (1 - base) * (covered / content.length);
}

// ───────────────────────────── public API ─────────────────────────────

export interface StageMatch {
  stageId: string;
  confidence: number;
} // 0..1

const THRESHOLD = 0.5;
/** Stage cells longer than this are cut: a stage name is a short phrase. Keeps the work linear. */
const MAX_STAGE_TEXT = 2000;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A stage cell read once for every profile: normalised, its content words and their stems. */
interface StageWords {
  normalized: string;
  content: readonly string[];
  stems: readonly string[];
}

function readStageWords(text: string): StageWords {
  const normalized = normalizeStageText(text.slice(0, MAX_STAGE_TEXT));
  const content = contentWords(normalized);
  return { normalized, content, stems: content.map(stemWord) };
}

/**
 * Memoised by the cell's text: a stage cell is matched against every profile (guessProfile) and
 * its normalisation is most of the cost of a match.
 */
const stageWords = memoByText(readStageWords);

/** The best stage of `profile` for a stage cell, or undefined when none reaches the threshold. */
export function matchStage(text: string, profile: Profile): StageMatch | undefined {
  try {
    if (!profile || !Array.isArray(profile.stages) || typeof text !== 'string') return undefined;
    const { content, stems } = stageWords(text);
    if (content.length === 0) return undefined;
    let best: StageMatch | undefined;
    for (const def of profile.stages) {
      const c = stageConfidence(compileStage(def), content, stems);
      if (c >= THRESHOLD && (!best || c > best.confidence)) best = { stageId: def.id, confidence: round(c) };
    }
    return best;
  } catch {
    return undefined;
  }
}

/**
 * Stage ids whose key phrase (the first keyword set of the stage, when it has at least two stems)
 * occurs in a longer free text: its stems in order, within a window of set length + 2 content
 * words. Ordered by where they occur. «Формирование базы наставников, которые потенциально…» →
 * ['mentor-base']; «Выявление наставников, входящих в базу потенциальных наставников» → [] (no
 * forming verb, so not the base-building stage).
 */
export function findStageMentions(text: string, profile: Profile): string[] {
  try {
    if (!profile || !Array.isArray(profile.stages) || typeof text !== 'string') return [];
    const content = contentWords(normalizeStageText(text));
    // Stems only when a keyword asks for one (see keyMatchesAt): most words match no stage at all.
    const stems: (string | undefined)[] = new Array<string | undefined>(content.length);
    const found: { id: string; at: number }[] = [];
    for (const def of profile.stages) {
      const phrase = compileStage(def).sets[0];
      if (!phrase || phrase.length < 2) continue;
      const at = findPhrase(phrase, content, stems);
      if (at >= 0) found.push({ id: def.id, at });
    }
    found.sort((a, b) => a.at - b.at);
    return [...new Set(found.map((f) => f.id))];
  } catch {
    return [];
  }
}

/**
 * `keyMatches` for `content[i]`, its stem computed (into `stems[i]`) only when needed: `stemWord(word)`
 * is a prefix of the word, so a word that does not start with an alternative's stem cannot have that stem.
 */
function keyMatchesAt(key: Key, content: readonly string[], i: number, stems: (string | undefined)[]): boolean {
  const word = content[i]!;
  for (const alt of key) {
    if (word.startsWith(alt.stem)) {
      if (alt.anchored ? ENDING_SET.has(word.slice(alt.stem.length)) : true) return true;
    } else if (!alt.anchored && alt.stemmed.length >= 3 && word.startsWith(alt.stemmed) && stemAt(content, i, stems) === alt.stemmed)
      return true;
  }
  return false;
}

/** The stem of `content[i]`, computed once per word and kept in `stems`. */
function stemAt(content: readonly string[], i: number, stems: (string | undefined)[]): string {
  let stem = stems[i];
  if (stem === undefined) {
    stem = stemWord(content[i]!);
    stems[i] = stem;
  }
  return stem;
}

function findPhrase(phrase: readonly Key[], content: readonly string[], stems: (string | undefined)[]): number {
  const window = phrase.length + 2;
  for (let i = 0; i < content.length; i++) {
    if (!keyMatchesAt(phrase[0]!, content, i, stems)) continue;
    let k = 1;
    for (let j = i + 1; j < content.length && j - i <= window && k < phrase.length; j++) {
      if (keyMatchesAt(phrase[k]!, content, j, stems)) k++;
    }
    if (k === phrase.length) return i;
  }
  return -1;
}

/** Below this a table's stage column is not taken to follow any profile. */
const MIN_GUESS_SCORE = 0.25;

/**
 * Which profile fits a table's stage column best. Per profile, over the distinct non-empty cells:
 *   fit      = mean confidence of the cells (0 for a cell that matches no stage)
 *   coverage = distinct stages matched / min(cells, stages of the profile)
 *   score    = fit × (0.5 + 0.5 × coverage)
 * so a profile that maps two cells onto one stage (teachers for «Формирование пар» and «Организация
 * работы пар») scores below one that tells them apart. Ties go to the earlier profile. Undefined
 * when there are no cells, no profiles, or the best score is below 0.25.
 */
export function guessProfile(
  stageCells: readonly string[],
  profiles: readonly Profile[],
  /** matchStage, or a memoised copy of it (the parser's: the same cells are matched again when rows are filled). */
  match: (text: string, profile: Profile) => StageMatch | undefined = matchStage,
): { profileId: ProfileId; score: number } | undefined {
  try {
    if (!Array.isArray(stageCells) || !Array.isArray(profiles) || profiles.length === 0) return undefined;
    const seen = new Set<string>();
    const cells: string[] = [];
    for (const cell of stageCells) {
      if (typeof cell !== 'string') continue;
      const n = stageWords(cell).normalized;
      if (n === '' || seen.has(n)) continue;
      seen.add(n);
      cells.push(cell);
    }
    if (cells.length === 0) return undefined;
    let best: { profileId: ProfileId; score: number } | undefined;
    for (const profile of profiles) {
      if (!profile || !Array.isArray(profile.stages) || profile.stages.length === 0) continue;
      let sum = 0;
      const ids = new Set<string>();
      for (const cell of cells) {
        const m = match(cell, profile);
        if (m) {
          sum += m.confidence;
          ids.add(m.stageId);
        }
      }
      const fit = sum / cells.length;
      const coverage = ids.size / Math.min(cells.length, profile.stages.length);
      const score = round(fit * (0.5 + 0.5 * coverage));
      if (!best || score > best.score) best = { profileId: profile.id, score };
    }
    return best && best.score >= MIN_GUESS_SCORE ? best : undefined;
  } catch {
    return undefined;
  }
}
