/**
 * Checks across one school's folder (docs/domain.md §18 «Наставнические пары»): the list of pairs
 * (in a roadmap, a programme or an order) against the персонализированные программы (ППН) of the
 * pairs, their periods against the roadmap's, and the people against the workspace's staff list.
 *
 * Input: the folder's analysed documents; output: the diagnostics for each document, by uri, on the
 * document that should change — a pair without a programme on the pair's row, a programme of no
 * listed pair on its mentor line. A folder without ППН gets nothing about pairs (the school has not
 * started them, or keeps them elsewhere); a folder without a pair list gets no «unlisted» reports.
 *
 * Pure, never throws on a document: a failure is recorded and the other checks still run.
 */
import type { Diagnostic, Severity, SeveritySetting } from '../diagnostic';
import { SEVERITY_ORDER } from '../diagnostic';
import type { Period } from '../domain/dates';
import { matchPerson, type PersonName, readPersonName, shortName } from '../domain/person-names';
import type { DocumentModel, Span } from '../model';
import { isPersonalProgram, type PairFacts, readPairFacts as readFacts } from './pair-facts';
import { type ListedPair, readPairList as readList } from './pair-list';
import { schoolFolders } from './school-folders';
import {
  DUPLICATE_PERSONAL_PROGRAM,
  FOLDER_RULES,
  PAIR_NOT_IN_STAFF,
  PAIR_WITHOUT_PROGRAM,
  PERSONAL_PERIOD_OUTSIDE,
  UNLISTED_PAIR,
} from './rules';

export interface FolderDocument {
  uri: string;
  model: DocumentModel;
  text: string;
}

export interface FolderCheckOptions {
  /** The workspace's staff list (`.nastavnik.json`); people are checked against it only when it is not empty. */
  staff?: readonly string[];
  /** Severity overrides (`rules` of `.nastavnik.json`, editor settings). */
  severities?: Readonly<Record<string, SeveritySetting>>;
}

/** What the quick fix «Создать персонализированную программу» needs (a pair-without-program report's `data`). */
export interface MissingProgramData {
  mentor: string;
  mentee: string;
  mentorPosition?: string;
  menteePosition?: string;
  form?: string;
  period?: { start: string; end: string; text: string };
}

export interface FolderCheckResult {
  /** Diagnostics by uri, only for documents that have some. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Checks that failed (a bug): their diagnostics are missing. */
  internalErrors: string[];
}

export interface Program {
  doc: FolderDocument;
  facts: PairFacts;
}
export interface Listed {
  doc: FolderDocument;
  pair: ListedPair;
}

export function checkFolder(docs: readonly FolderDocument[], options: FolderCheckOptions = {}): FolderCheckResult {
  const result: FolderCheckResult = { diagnostics: new Map(), internalErrors: [] };
  const report = reporter(options, result.diagnostics);
  const programs: Program[] = [];
  const listed: Listed[] = [];
  for (const doc of docs) {
    try {
      if (!doc.model.looksRelevant) continue;
      if (isPersonalProgram(doc.model)) programs.push({ doc, facts: readPairFacts(doc.model, doc.text) });
      else for (const pair of readPairList(doc.model)) listed.push({ doc, pair });
    } catch (error) {
      result.internalErrors.push(`${doc.uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const steps: [string, () => void][] = [
    ['pairs', () => checkPairs(listed, programs, report)],
    ['periods', () => checkPeriods(docs, programs, report)],
    ['staff', () => checkStaff(listed, programs, options.staff ?? [], report)],
  ];
  for (const [name, step] of steps) {
    try {
      step();
    } catch (error) {
      result.internalErrors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const list of result.diagnostics.values()) {
    list.sort(
      (a, b) => a.span.start - b.span.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
    );
  }
  return result;
}

/**
 * What a folder check reads of each document, kept per model: a model is never changed once built,
 * and a folder is checked again on every edit of any of its documents, each time over all of them.
 */
const listsOf = new WeakMap<DocumentModel, ListedPair[]>();
const factsOf = new WeakMap<DocumentModel, PairFacts>();
export function readPairList(model: DocumentModel): ListedPair[] {
  const known = listsOf.get(model);
  if (known) return known;
  const pairs = readList(model);
  listsOf.set(model, pairs);
  return pairs;
}
export function readPairFacts(model: DocumentModel, text: string): PairFacts {
  const known = factsOf.get(model);
  if (known) return known;
  const facts = readFacts(model, text);
  factsOf.set(model, facts);
  return facts;
}

/** Does a document make its folder a school's own: it lists pairs, or plans the school's work? */
export function anchorsFolder(model: DocumentModel): boolean {
  if (!model.looksRelevant || isPersonalProgram(model)) return false;
  return model.meta.kind === 'roadmap' || model.meta.kind === 'program' || readPairList(model).length > 0;
}

/**
 * Every school folder among the documents (school-folders.ts groups them), each checked on its own
 * with the options of its first document (the `.nastavnik.json` that applies there).
 */
export function checkFolders(docs: readonly FolderDocument[], optionsFor: (doc: FolderDocument) => FolderCheckOptions): FolderCheckResult {
  const out: FolderCheckResult = { diagnostics: new Map(), internalErrors: [] };
  for (const group of schoolFolders(docs, (d) => anchorsFolder(d.model)).values()) {
    const result = checkFolder(group, optionsFor(group.find((d) => anchorsFolder(d.model)) ?? group[0]!));
    for (const [uri, list] of result.diagnostics) out.diagnostics.set(uri, list);
    out.internalErrors.push(...result.internalErrors);
  }
  return out;
}

type Report = (doc: FolderDocument, code: string, span: Span, message: Diagnostic['message'], data?: Record<string, unknown>) => void;

function reporter(options: FolderCheckOptions, out: Map<string, Diagnostic[]>): Report {
  return (doc, code, span, message, data) => {
    const rule = FOLDER_RULES.find((r) => r.code === code)!;
    const setting = options.severities?.[code];
    if (setting === 'off') return;
    const suppressed = doc.model.suppressions.some(
      (s) => span.start >= s.start && span.start < s.end && (s.codes === 'all' || s.codes.includes(code)),
    );
    if (suppressed) return;
    const severity: Severity = setting && setting in SEVERITY_ORDER ? setting : rule.defaultSeverity;
    const list = out.get(doc.uri) ?? [];
    list.push({ code, severity, message, span, ...(data ? { data } : {}) });
    out.set(doc.uri, list);
  };
}

/** The file name of a uri or path, for messages. */
export function fileName(uri: string): string {
  const last =
    uri
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function pairText(mentor: PersonName, mentee: PersonName): string {
  return `${shortName(mentor)} – ${shortName(mentee)}`;
}

/** The listed pairs by the mentor's surname: only people of one surname can be one person (samePerson). */
export type PairIndex = Map<string, Listed[]>;
export function indexPairs(listed: readonly Listed[]): PairIndex {
  const index: PairIndex = new Map();
  for (const l of listed) index.set(l.pair.mentor.surname, [...(index.get(l.pair.mentor.surname) ?? []), l]);
  return index;
}

/** The listed pairs a ППН belongs to: its mentor and its mentee each stand for the pair's. */
export function pairsOf(facts: PairFacts, listed: readonly Listed[], index: PairIndex): Listed[] {
  if (!facts.mentor || !facts.mentee) return [];
  const candidates = index.get(facts.mentor.surname) ?? [];
  if (candidates.length === 0) return [];
  const mentors = new Set(
    matchPerson(
      facts.mentor,
      candidates.map((l) => l.pair.mentor),
    ),
  );
  // A mentee's name is matched against every listed mentee: a surname alone must be unique among them all.
  const mentees = new Set(
    matchPerson(
      facts.mentee,
      listed.filter((l) => l.pair.mentee.surname === facts.mentee!.surname).map((l) => l.pair.mentee),
    ),
  );
  return candidates.filter((l) => mentors.has(l.pair.mentor) && mentees.has(l.pair.mentee));
}

function checkPairs(listed: readonly Listed[], programs: readonly Program[], report: Report): void {
  if (listed.length === 0 || programs.length === 0) return;
  const programsOf = new Map<Listed, Program[]>(listed.map((l) => [l, []]));
  const index = indexPairs(listed);
  for (const program of programs) {
    const { facts, doc } = program;
    if (!facts.mentor || !facts.mentee) continue; // the ППН's own rules say what is missing
    const pairs = pairsOf(facts, listed, index);
    for (const l of pairs) programsOf.get(l)!.push(program);
    if (pairs.length === 0) {
      const lists = [...new Set(listed.map((l) => fileName(l.doc.uri)))].map((f) => `«${f}»`).join(', ');
      const pair = pairText(facts.mentor, facts.mentee);
      report(doc, UNLISTED_PAIR, facts.mentorSpan ?? facts.span, {
        ru:
          `Пары ${pair} нет в списке наставнических пар (${lists}). Проверьте, как записаны фамилия и инициалы ` +
          'наставника и наставляемого здесь и в списке, или добавьте пару в список (приказ о закреплении пар).',
        en:
          `The pair ${pair} is not in the list of pairs (${lists}). Check how the mentor’s and the mentee’s names ` +
          'are written here and in the list, or add the pair to the list (the order assigning the pairs).',
      });
    }
  }
  for (const [l, found] of programsOf) {
    const pair = pairText(l.pair.mentor, l.pair.mentee);
    const distinct = [...new Map(found.map((p) => [p.doc.uri, p])).values()];
    if (distinct.length === 0) {
      report(
        l.doc,
        PAIR_WITHOUT_PROGRAM,
        l.pair.span,
        {
          ru:
            `Для пары ${pair} нет персонализированной программы в этой папке. Создайте её (быстрое исправление ` +
            '«Создать персонализированную программу») или проверьте, как записаны имена в программе пары.',
          en:
            `The pair ${pair} has no personalised programme in this folder. Create one (quick fix «Create the ` +
            'personalised programme») or check how the names are written in the pair’s programme.',
        },
        missingProgramData(l.pair) as unknown as Record<string, unknown>,
      );
    }
    if (distinct.length < 2) continue;
    for (const p of distinct) {
      const others = distinct
        .filter((o) => o !== p)
        .map((o) => `«${fileName(o.doc.uri)}»`)
        .join(', ');
      report(p.doc, DUPLICATE_PERSONAL_PROGRAM, p.facts.mentorSpan ?? p.facts.span, {
        ru: `У пары ${pair} несколько персонализированных программ: эта и ${others}. Оставьте одну, а лишние удалите или объедините.`,
        en: `The pair ${pair} has several personalised programmes: this one and ${others}. Keep one; delete or merge the others.`,
      });
    }
  }
}

export function missingProgramData(pair: ListedPair): MissingProgramData {
  return {
    mentor: pair.mentor.text,
    mentee: pair.mentee.text,
    ...(pair.mentorPosition ? { mentorPosition: pair.mentorPosition } : {}),
    ...(pair.menteePosition ? { menteePosition: pair.menteePosition } : {}),
    ...(pair.form ? { form: pair.form } : {}),
    ...(pair.period ? { period: { start: pair.period.start, end: pair.period.end, text: pair.period.text } } : {}),
  };
}

interface Plan {
  period: Period;
  doc: FolderDocument;
}

/**
 * The plans a ППН's period must lie within: the folder's roadmaps with a period, else its programmes
 * with one; those of another organisation than the ППН's (a department's folder of several schools'
 * documents) are left out.
 */
function plansFor(docs: readonly FolderDocument[], program: FolderDocument): Plan[] {
  const organisation = (d: FolderDocument) =>
    d.model.meta.organization
      ?.toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[^а-яa-z0-9]+/g, '');
  const own = organisation(program);
  for (const kind of ['roadmap', 'program'] as const) {
    const plans = docs
      .filter((d) => d.model.meta.kind === kind && d.model.meta.period && !isPersonalProgram(d.model))
      .filter((d) => !own || !organisation(d) || organisation(d) === own)
      .map((d) => ({ period: d.model.meta.period!, doc: d }));
    if (plans.length > 0) return plans;
  }
  return [];
}

/** Days two periods share (0 when they do not meet): the plan a ППН most likely belongs to shares the most. */
function overlap(a: Period, b: Period): number {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return end < start ? 0 : Date.parse(end) - Date.parse(start) + 1;
}

function checkPeriods(docs: readonly FolderDocument[], programs: readonly Program[], report: Report): void {
  for (const { doc, facts } of programs) {
    const p = facts.period;
    const plans = plansFor(docs, doc);
    // Several plans (one per school year): the ППН lies within one of them.
    if (!p || plans.length === 0 || plans.some((plan) => p.start >= plan.period.start && p.end <= plan.period.end)) continue;
    const plan = plans.reduce((best, x) => (overlap(x.period, p) > overlap(best.period, p) ? x : best));
    const where = `«${fileName(plan.doc.uri)}»`;
    report(doc, PERSONAL_PERIOD_OUTSIDE, facts.periodSpan ?? facts.span, {
      ru:
        `Срок программы (${p.text}) выходит за период дорожной карты ${where} (${plan.period.text}). ` +
        'Сократите срок программы до периода дорожной карты или исправьте период в дорожной карте.',
      en:
        `The programme’s period (${p.text}) goes beyond the period of the roadmap ${where} (${plan.period.text}). ` +
        'Shorten the programme to the roadmap’s period or correct the roadmap’s period.',
    });
  }
}

/** Words of a side of the form («педагог – педагог») or of a position that make the person staff, or a pupil. */
const STAFF_WORDS =
  /педагог|учител|руководител|воспитател|специалист|методист|заместител|директор|сотрудник|работник|преподавател|психолог/;
const PUPIL_WORDS = /учени|обучающ|студент|школьник|выпускник|воспитанник|работодател|родител/;

/** Is this person one of the staff, by their position, else by their side of the form; else the default. */
function isStaff(position: string | undefined, formSide: string | undefined, byDefault: boolean): boolean {
  for (const text of [position, formSide]) {
    const t = text?.toLowerCase().replace(/ё/g, 'е');
    if (!t) continue;
    if (PUPIL_WORDS.test(t)) return false;
    if (STAFF_WORDS.test(t)) return true;
  }
  return byDefault;
}

function formSides(form: string | undefined): [string | undefined, string | undefined] {
  const parts = form?.split(/\s*[–—-]\s*|\s+-\s+/).filter((s) => s.trim() !== '');
  return parts && parts.length === 2 ? [parts[0], parts[1]] : [undefined, undefined];
}

function checkStaff(listed: readonly Listed[], programs: readonly Program[], staffList: readonly string[], report: Report): void {
  const staff = new Map<string, PersonName[]>();
  for (const entry of staffList) {
    const name = readPersonName(entry);
    if (name) staff.set(name.surname, [...(staff.get(name.surname) ?? []), name]);
  }
  if (staff.size === 0) return;
  const index = indexPairs(listed);
  const message = (name: PersonName, role: 'mentor' | 'mentee') => {
    const who = role === 'mentor' ? { ru: 'Наставник', en: 'The mentor' } : { ru: 'Наставляемый', en: 'The mentee' };
    return {
      ru:
        `${who.ru} ${shortName(name)} не найден в списке сотрудников (staff в .nastavnik.json). Проверьте, как записаны ` +
        'фамилия и инициалы, или добавьте сотрудника в список.',
      en:
        `${who.en} ${shortName(name)} is not on the staff list (staff in .nastavnik.json). ` +
        'Check the spelling or add the person to the list.',
    };
  };
  const check = (doc: FolderDocument, name: PersonName, role: 'mentor' | 'mentee', span: Span) => {
    if (matchPerson(name, staff.get(name.surname) ?? []).length === 0) report(doc, PAIR_NOT_IN_STAFF, span, message(name, role));
  };
  for (const { doc, pair } of listed) {
    const [mentorSide, menteeSide] = formSides(pair.form);
    if (isStaff(pair.mentorPosition, mentorSide, true)) check(doc, pair.mentor, 'mentor', pair.mentorCell.span);
    if (isStaff(pair.menteePosition, menteeSide, false)) check(doc, pair.mentee, 'mentee', pair.menteeCell.span);
  }
  // A ППН's people are checked where the list does not already name them.
  for (const { doc, facts } of programs) {
    if (pairsOf(facts, listed, index).length > 0) continue;
    const [mentorSide, menteeSide] = formSides(facts.form);
    if (facts.mentor && isStaff(undefined, mentorSide, true)) check(doc, facts.mentor, 'mentor', facts.mentorSpan ?? facts.span);
    if (facts.mentee && isStaff(undefined, menteeSide, false)) check(doc, facts.mentee, 'mentee', facts.menteeSpan ?? facts.span);
  }
}

/**
 * What the folder checks read of a document, as a string: when it has not changed after an edit, the
 * diagnostics of the folder's other documents have not changed either (the language server re-checks
 * them only when it has).
 */
export function folderFacts(model: DocumentModel, text: string): string {
  const name = (n: PersonName | undefined) => (n ? [n.surname, n.given ?? '', n.patronymic ?? '', n.initials] : null);
  const period = (p: Period | undefined) => (p ? [p.start, p.end, p.text] : null);
  if (isPersonalProgram(model)) {
    const f = readPairFacts(model, text);
    return JSON.stringify(['personal', model.looksRelevant, name(f.mentor), name(f.mentee), f.form ?? null, period(f.period)]);
  }
  const pairs = readPairList(model).map((p) => [
    name(p.mentor),
    name(p.mentee),
    p.mentorPosition,
    p.menteePosition,
    p.form,
    period(p.period),
  ]);
  return JSON.stringify([model.meta.kind, model.looksRelevant, period(model.meta.period), pairs]);
}
