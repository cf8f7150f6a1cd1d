/**
 * Markdown text → DocumentModel. The only place that runs the Markdown parser; everything after
 * reads the model. Never throws on a document: what it cannot read becomes absent fields.
 */
import type { Nodes, Root, RootContent, Table as MdTable, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readCell } from './cells';
import { continuesAbove, isColumnNumberRow, readSectionRow } from './row-kinds';
import { columnRole } from './columns';
import { guardInput } from './guard';
import { type MarkdownParser, ParseCache } from './incremental';
import { identity, memo } from './memo';
import { parseDeadline, parsePeriod, parseRussianDate } from '../domain/deadline';
import { findApproval, findOrganization } from '../domain/document-facts';
import { kindFromValue, profileFromValue, readFrontMatter } from './frontmatter';
import type { Cell, Column, DocumentMeta, DocumentModel, Row, Section, Span, Suppression, Table, TableKind, TextPart } from '../model';
import { BUILTIN_PROFILES, type Profile } from '../domain/profiles';
import { parseResponsible } from '../domain/responsible';
import { guessProfile, matchStage } from '../domain/stages';
import { normalizeWords } from './text';
import { kindOfText, profileOfText, profileOfWholeText, speaksOfMentorship } from '../domain/document-kind';

export interface ParseOptions {
  /** Built-in plus workspace profiles. */
  profiles?: readonly Profile[];
  /** Workspace staff names: known responsibles. */
  staff?: readonly string[];
  /** Workspace role names (`roles` in .nastavnik.json): known responsibles too. */
  roles?: readonly string[];
  /** Forces the profile (CLI `--profile`). */
  profile?: string;
  /** The workspace's default profile for documents that do not say and cannot be guessed. */
  defaultProfile?: string;
  /** Per-document cache of parsed blocks and table rows (language server): only what changed is parsed. */
  cache?: ParseCache;
  /**
   * Parse the text in one piece, never block by block: the oracle the tests hold the block-by-block
   * parse to (a big text is parsed block by block even without a cache).
   */
  wholeParse?: boolean;
}

/** From this size on a text is parsed block by block even without a parse cache (see parseDocument). */
const CHUNKED_PARSE_MIN_CHARS = 200_000;

/** Above this size the Markdown parser is not run (GFM tables get slow and memory-hungry). */
export const MAX_PARSE_CHARS = 12_000_000;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
// Blocks after the first cannot be front matter: a later `---` pair is a thematic break.
const bodyProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(text: string): Root {
  // Front matter can only open the text: without a leading «---» the extension would only cost time.
  return (text.startsWith('---') ? processor : bodyProcessor).parse(text);
}

/** The parser a parse cache runs on its blocks and rows: with front matter for the first block only. */
export const blockParser: MarkdownParser = (text, { frontMatter }) => (frontMatter ? processor : bodyProcessor).parse(text);

/** A parse cache for one document (see incremental.ts). */
export function createParseCache(): ParseCache {
  return new ParseCache(blockParser);
}

// The per-cell readers, memoised: typing re-reads hundreds of unchanged cells per keystroke.
const readDeadline = memo(parseDeadline, (text, period) => `${period?.start ?? ''}|${period?.end ?? ''}|${period?.kind ?? ''}|${text}`);
const readResponsible = memo(parseResponsible, (text, staff, roles) => `${identity(staff)}|${identity(roles)}|${text}`);
const readStage = memo(matchStage, (text, profile) => `${identity(profile)}|${text}`);
// The yaml package takes a millisecond or more, and typing elsewhere leaves the front matter as it was.
const readFrontMatterCached = memo(readFrontMatter, (text) => text);

/**
 * The same readers per cell object: with a parse cache an unchanged row keeps its Cell objects, so a
 * keystroke finds each cell's reading by identity instead of building and hashing a text key.
 * `context` (period, staff and roles, profile) must match as well.
 */
function perCell<T>(
  store: WeakMap<Cell, { context: string; value: T }> | undefined,
  cell: Cell,
  context: string,
  read: (text: string) => T,
): T {
  if (!store) return read(cell.text); // no parse cache: every cell is new, nothing to find
  const hit = store.get(cell);
  if (hit && hit.context === context) return hit.value;
  const value = read(cell.text);
  store.set(cell, { context, value });
  return value;
}
const deadlineByCell = new WeakMap<Cell, { context: string; value: ReturnType<typeof parseDeadline> }>();
const responsibleByCell = new WeakMap<Cell, { context: string; value: ReturnType<typeof parseResponsible> }>();
const stageByCell = new WeakMap<Cell, { context: string; value: ReturnType<typeof matchStage> | undefined }>();

interface RawTable {
  node: MdTable;
  section: string[];
  index: number;
  after: TextPart[];
  before: string;
}

/** What the parser reads of a document: cut to MAX_PARSE_CHARS, guarded, the BOM cut off (offsets moved by `shift`). */
function parserInput(source: string): {
  body: string;
  shift: number;
  truncated: DocumentModel['truncated'];
  guarded: ReturnType<typeof guardInput>;
} {
  let text = source;
  let truncated: DocumentModel['truncated'];
  if (text.length > MAX_PARSE_CHARS) {
    truncated = { reason: 'size', at: MAX_PARSE_CHARS };
    text = text.slice(0, MAX_PARSE_CHARS);
  }
  const guarded = guardInput(text);
  text = guarded.text;
  // The BOM is blanked, not removed, so every offset still points into the original text.
  const bom = text.charCodeAt(0) === 0xfeff;
  return { body: bom ? text.slice(1) : text, shift: bom ? 1 : 0, truncated, guarded };
}

/**
 * The parsing `parseDocument(source, { cache })` would do, ahead and in small steps (ParseCache.warm):
 * the language server runs the steps between other requests, so opening a huge document does not
 * stop it answering for the others. Afterwards `parseDocument` of the same text parses nothing.
 * Undefined when the cache already holds about this text (see `mayNeedWarming`; `newChars`: how
 * much may be new before warming is worth a scan of the text).
 */
export function warmParseCache(source: string, cache: ParseCache, newChars = 0): Generator<void, void, void> | undefined {
  // The parser's input keeps the source's length (the guard blanks, never removes), less the cut and the BOM.
  const length = Math.min(source.length, MAX_PARSE_CHARS) - (source.charCodeAt(0) === 0xfeff ? 1 : 0);
  return cache.mayNeedWarming(length, newChars) ? cache.warm(parserInput(source).body) : undefined;
}

export function parseDocument(source: string, options: ParseOptions = {}): DocumentModel {
  const profiles = options.profiles ?? BUILTIN_PROFILES;
  const { body, shift, truncated, guarded } = parserInput(source);
  const text = guarded.text;
  // The cache shifts its nodes itself: it moves reused rows in place and must know where they are.
  // A big text without one is parsed through a throwaway cache too: its large tables are then parsed
  // in runs of rows, which remark does faster than a whole table at once (5,000 rows: 2 s, not 3.3 s).
  const cache = options.cache ?? (body.length >= CHUNKED_PARSE_MIN_CHARS && !options.wholeParse ? new ParseCache(blockParser) : undefined);
  const tree = cache ? cache.parse(body, shift) : parseMarkdown(body);
  if (shift && !cache) shiftPositions(tree, shift);

  const sections: Section[] = [];
  const rawTables: RawTable[] = [];
  const preamble: string[] = [];
  const headingStack: { depth: number; title: string }[] = [];
  let title: string | undefined;
  let titleFromHeading = false;
  let frontMatterText: string | undefined;
  let frontMatterSpan: Span | undefined;
  let seenBody = false;
  let pendingAfter: TextPart[] | undefined;
  let lastParagraph = '';

  const children: RootContent[] = tree.children;
  for (const node of children) {
    const span = spanOf(node);
    if (node.type === 'yaml') {
      frontMatterText = node.value;
      frontMatterSpan = span;
      continue;
    }
    if (node.type === 'heading') {
      const headingText = toString(node).trim();
      pendingAfter = undefined;
      if (!titleFromHeading && (node.depth === 1 || (title === undefined && !seenBody))) {
        title = headingText;
        titleFromHeading = true;
      }
      sections.push({ depth: node.depth, title: headingText, span, number: /^(\d+(?:\.\d+)*)\.?\s/.exec(headingText)?.[1] });
      while (headingStack.length && headingStack[headingStack.length - 1]!.depth >= node.depth) headingStack.pop();
      headingStack.push({ depth: node.depth, title: headingText });
      if (node.depth >= 2 && titleFromHeading) seenBody = true;
      if (!seenBody) preamble.push(headingText);
      continue;
    }
    if (node.type === 'table') {
      seenBody = true;
      pendingAfter = [];
      rawTables.push({
        node,
        section: headingStack.map((h) => h.title),
        index: rawTables.length,
        after: pendingAfter,
        before: lastParagraph,
      });
      continue;
    }
    if (node.type === 'paragraph') {
      const paragraphText = textWithBreaks(node).trim();
      lastParagraph = paragraphText;
      if (!titleFromHeading && title === undefined && isStrongOnly(node) && looksLikeTitle(paragraphText))
        title = paragraphText.replace(/\s*\n\s*/g, ' ');
      if (!seenBody) preamble.push(paragraphText);
      if (pendingAfter && pendingAfter.length < 12) {
        for (const line of paragraphText.split(/\n/)) {
          if (line.trim()) pendingAfter.push({ text: line.trim(), span });
        }
      }
      continue;
    }
    if (node.type !== 'html') pendingAfter = undefined;
  }

  const meta = readMeta(title, preamble, frontMatterText, frontMatterSpan, sections);
  if (meta.kind === 'unknown' && looksLikeProgramme(text, sections)) {
    meta.kind = 'program';
    meta.kindSource = 'content';
  }
  const tables = rawTables.map((raw) => buildTable(text, raw, meta, profiles, options));
  settleProfile(meta, tables, options.profile, options.defaultProfile);
  if (!meta.profile && meta.kind !== 'unknown') {
    const fromText = profileOfWholeText(text.slice(0, 100_000));
    if (fromText) {
      meta.profile = fromText;
      meta.profileSource = 'text';
    }
  }
  const suppressions = readSuppressions(text);
  let looksRelevant =
    meta.kindSource === 'front-matter' ||
    meta.profileSource === 'front-matter' ||
    looksLikeMentorship(text, meta, tables, preamble, titleFromHeading);
  if (looksRelevant && meta.kind === 'unknown' && tables.some((t) => t.kind === 'roadmap')) {
    // No title names the kind, but a table plans activities with deadlines or responsibles: a plan.
    meta.kind = 'roadmap';
    meta.kindSource = 'content';
  } else if (
    meta.kind === 'unknown' &&
    title &&
    /наставничеств/i.test(title) &&
    (looksRelevant || /наставни/i.test(text.slice(0, 200_000)))
  ) {
    // «# Наставничество», «# О внедрении модели наставничества …»: about mentorship, but no plan.
    meta.kind = 'other';
    meta.kindSource = 'content';
    looksRelevant = true;
  }
  const limits = guarded.limits.length > 0 ? guarded.limits : undefined;
  return { meta, sections, tables, suppressions, looksRelevant, length: source.length, truncated, limits };
}

/**
 * A paragraph's text with its hard line breaks kept as «\n» (mdast-util-to-string drops them): an
 * approval block written as lines of one paragraph («УТВЕРЖДАЮ  \nЗаведующий …») must not read
 * as «УТВЕРЖДАЮЗаведующий».
 */
function textWithBreaks(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) {
    let out = '';
    for (const child of node.children as Nodes[]) out += textWithBreaks(child);
    return out;
  }
  return '';
}

function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function shiftPositions(node: Nodes, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by);
}

function isStrongOnly(node: { children: readonly Nodes[] }): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'strong');
}

function looksLikeTitle(text: string): boolean {
  return kindOfText(text) !== undefined;
}

/** A preamble line that may be the title: not an approval, agreement or appendix line, not a long paragraph. */
function isTitleLine(line: string): boolean {
  return line.length <= 300 && !/^(?:\*\*)?\s*(?:утвержд|согласован|принят|приложение|рассмотрен)/i.test(line.trim());
}

function readMeta(
  title: string | undefined,
  preamble: string[],
  fmText: string | undefined,
  fmSpan: Span | undefined,
  sections: Section[],
): DocumentMeta {
  const meta: DocumentMeta = { kind: 'unknown', kindSource: 'none', profileSource: 'none', periodSource: 'none', title };
  if (fmText !== undefined) {
    const fm = readFrontMatterCached(fmText);
    meta.frontMatter = fm.values;
    meta.frontMatterSpan = fmSpan;
    meta.frontMatterProblems = [...fm.problems]; // a copy: the memoised reading is shared
    const kind = fm.values.kind ? kindFromValue(fm.values.kind) : undefined;
    if (fm.values.kind && !kind) meta.frontMatterProblems.push({ key: 'kind', message: 'bad-kind', detail: fm.values.kind });
    if (kind) {
      meta.kind = kind;
      meta.kindSource = 'front-matter';
    }
    const profile = fm.values.profile ? profileFromValue(fm.values.profile) : undefined;
    if (fm.values.profile && !profile) meta.frontMatterProblems.push({ key: 'profile', message: 'bad-profile', detail: fm.values.profile });
    if (profile) {
      meta.profile = profile;
      meta.profileSource = 'front-matter';
    }
    const period = fm.values.period ? parsePeriod(fm.values.period) : undefined;
    if (period) {
      meta.period = period;
      meta.periodSource = 'front-matter';
    }
    if (fm.values.approved) meta.approved = parseRussianDate(fm.values.approved);
    if (fm.values.organization) meta.organization = fm.values.organization;
  }
  if (meta.kind === 'unknown') {
    const fromTitle = title ? kindOfText(title) : undefined;
    // Only headings and short lines of the preamble (before the body): a «## Полнота дорожной карты»
    // deep in an article about roadmaps does not make the article a roadmap. Word titles often come
    // as plain paragraphs («План мероприятий (дорожная карта) внедрения …»); approval lines
    // («Приложение 1 к приказу …») are no titles.
    // Paragraph lines count only when no heading gave the title: under «# Заметки» a line
    // «План по наставничеству» is text, in a Word file without headings it is the title.
    const paragraphs = title
      ? []
      : preamble
          .flatMap((p) => p.split('\n'))
          .filter(isTitleLine)
          .map((l) => l.slice(0, 120));
    const lines = [...sections.filter((s) => preamble.includes(s.title)).map((s) => s.title), ...paragraphs];
    const fromPreamble = fromTitle ?? lines.map(kindOfText).find((k) => k !== undefined);
    if (fromPreamble) {
      meta.kind = fromPreamble;
      meta.kindSource = 'title';
    }
  }
  if (!meta.profile && meta.kind !== 'municipal' && meta.kind !== 'other') {
    // Whose mentorship: the title says it more reliably than stage names («… наставничества обучающихся»).
    const titleLines = title
      ? [title]
      : preamble
          .flatMap((p) => p.split('\n'))
          .filter(isTitleLine)
          .filter((l) => kindOfText(l.slice(0, 120)) !== undefined);
    const fromTitle = titleLines.map(profileOfText).find((p) => p !== undefined);
    if (fromTitle) {
      meta.profile = fromTitle;
      meta.profileSource = 'title';
    }
  }
  if (!meta.period) {
    // The title first; then short lines of the preamble («пгт. Красномайский, 2024 год»).
    const candidates = [title ?? '', ...preamble.filter((p) => p.length < 200 && !/утвержд|приказ|протокол|\bот\s/i.test(p))];
    for (const c of candidates) {
      const period = c ? parsePeriod(c) : undefined;
      if (period) {
        meta.period = period;
        meta.periodSource = 'title';
        break;
      }
    }
  }
  if (!meta.approved) meta.approved = findApproval(preamble.join('\n'));
  if (!meta.organization) meta.organization = findOrganization(title ?? '', preamble);
  if (meta.kind === 'municipal' && !meta.profile) {
    meta.profile = 'municipal';
    meta.profileSource = 'tables';
  }
  return meta;
}

function buildTable(source: string, raw: RawTable, meta: DocumentMeta, profiles: readonly Profile[], options: ParseOptions): Table {
  const node = raw.node;
  const [headerRow, ...bodyRows] = node.children as TableRow[];
  const columns: Column[] = (headerRow?.children ?? []).map((cell, index) => {
    const c = readCell(source, cell, spanOf(headerRow!).end);
    const role = columnRole(c.text);
    return { index, header: c.text.replace(/\n/g, ' '), role: role.role, span: c.span, points: role.points };
  });
  const rows: Row[] = bodyRows.map((rowNode, index) => {
    const rowSpan = spanOf(rowNode);
    const read = (): Cell[] => columns.map((_, i) => readCell(source, rowNode.children[i], rowSpan.end));
    // With a parse cache, an unchanged row keeps its cells (incremental.ts): no re-reading while typing.
    const cells = options.cache ? options.cache.rowCells(rowNode, columns.length, read) : read();
    return { index, span: rowSpan, cells, isSection: false };
  });
  const table: Table = {
    index: raw.index,
    kind: 'other',
    span: spanOf(node),
    headerSpan: headerRow ? spanOf(headerRow) : spanOf(node),
    section: raw.section,
    columns,
    rows,
    after: raw.after,
  };
  table.kind = classifyTable(table, meta, raw, profiles);
  if (table.kind === 'roadmap' || table.kind === 'stages') fillRoadmapRows(source, table, meta, profiles, options);
  return table;
}

function firstOf(table: Table, role: Column['role']): Column | undefined {
  return table.columns.find((c) => c.role === role);
}

function stageCells(table: Table): string[] {
  const col = firstOf(table, 'stage');
  return col ? table.rows.map((r) => r.cells[col.index]!.text).filter((t) => t !== '') : [];
}

function classifyTable(table: Table, meta: DocumentMeta, raw: RawTable, profiles: readonly Profile[]): TableKind {
  const roles = new Set(table.columns.map((c) => c.role));
  const context = normalizeWords([...raw.section.slice(-1), raw.before].join(' '));
  const first = table.columns[0];
  // A questionnaire's «Оценка» column holds 1–10, not 0/1/2 points: under «Анкета» it is no scoring table.
  if (
    /анкет|опросн/.test(context) &&
    !roles.has('activity') &&
    !roles.has('criterion') &&
    !table.columns.some((c) => c.points !== undefined)
  )
    return 'questionnaire';
  if (roles.has('points') || (roles.has('criterion') && roles.has('indicator'))) return 'scoring';
  if (first && /^форм[аы]/.test(normalizeWords(first.header)) && !roles.has('activity')) return 'forms';
  if (/анкет|опросн/.test(context) && !roles.has('activity')) return 'questionnaire';
  // A regulation, an order, the target model: its tables are no plan to check (only their form is).
  if (meta.kind === 'other') return 'other';
  const roadmapShaped = roles.has('activity') || roles.has('stage');
  if (!roadmapShaped) return 'other';
  if (first?.role === 'responsible' || /структур[аы] управления/.test(context)) return 'management';
  const roadmapContext = /дорожн(ая|ой) карт|план мероприятий|комплекс мер/.test(context);
  if (meta.kind === 'program' && !roadmapContext) {
    if (!roles.has('stage')) return 'other';
    const guess = guessProfile(
      stageCells(table),
      profiles.filter((p) => p.id !== 'municipal'),
      readStage,
    );
    const stageHeading = /этап/.test(normalizeWords(raw.section.slice(-1).join(' ')));
    return stageHeading || (guess && guess.score >= 0.7) ? 'stages' : 'other';
  }
  if (meta.kind === 'unknown' && !roadmapContext && !(roles.has('deadline') || roles.has('responsible'))) {
    // No deadlines or responsibles, but a stage column naming the standard stages: a roadmap without them.
    const guess = roles.has('stage')
      ? guessProfile(
          stageCells(table),
          profiles.filter((p) => p.id !== 'municipal'),
          readStage,
        )
      : undefined;
    return guess && guess.score >= 0.6 ? 'roadmap' : 'other';
  }
  return 'roadmap';
}

function fillRoadmapRows(source: string, table: Table, meta: DocumentMeta, profiles: readonly Profile[], options: ParseOptions): void {
  const forced = options.profile ?? (meta.profileSource === 'front-matter' || meta.profileSource === 'title' ? meta.profile : undefined);
  const stageCol = firstOf(table, 'stage');
  const numberCol = firstOf(table, 'number');
  const activityCols = table.columns.filter((c) => c.role === 'activity');
  const deadlineCol = firstOf(table, 'deadline');
  const responsibleCol = firstOf(table, 'responsible');
  // «Вид документа» and «Ожидаемые результаты» side by side: either one filled gives the row its result.
  const resultCols = table.columns.filter((c) => c.role === 'result');
  const candidates = meta.kind === 'municipal' ? profiles : profiles.filter((p) => p.id !== 'municipal');
  const profileId = forced ?? (meta.kind === 'municipal' ? 'municipal' : guessProfile(stageCells(table), candidates, readStage)?.profileId);
  const profile = profiles.find((p) => p.id === profileId);
  table.profile = profileId;
  let current: Row['stage'];
  const period = meta.period;
  const periodContext = `${period?.start ?? ''}|${period?.end ?? ''}|${period?.kind ?? ''}`;
  const peopleContext = `${identity(options.staff)}|${identity(options.roles)}`;
  const profileContext = identity(profile);
  const cached = options.cache !== undefined;
  // Readers made once per table, not per row: typing rebuilds thousands of rows per keystroke.
  const deadlineStore = cached ? deadlineByCell : undefined;
  const responsibleStore = cached ? responsibleByCell : undefined;
  const stageStore = cached ? stageByCell : undefined;
  const deadlineOf = (text: string) => readDeadline(text, period);
  const responsibleOf = (text: string) => readResponsible(text, options.staff, options.roles);
  const stageOf = (text: string) => (profile ? readStage(text, profile) : undefined);
  const firstActivity = activityCols[0];
  /** The stage object continuation rows share, made once per stage start. */
  let continued: Row['stage'];
  const hasSubNumbers = numberCol !== undefined && table.rows.some((r) => /^\d+\.\d/.test(r.cells[numberCol.index]!.text.trim()));
  const rawText = (cell: Cell) => source.slice(cell.span.start, cell.span.end);
  for (const row of table.rows) {
    const cells = row.cells;
    // The column-number row of official templates (row-kinds.ts): no activity, no number, nothing to check.
    if (row.index < 2 && isColumnNumberRow(cells)) {
      row.isColumnNumbers = true;
      continue;
    }
    row.number = numberCol ? cells[numberCol.index]!.text.trim() || undefined : undefined;
    let activity: Cell | undefined;
    for (const c of activityCols) {
      const cell = cells[c.index]!;
      if (cell.text !== '') {
        activity = cell;
        break;
      }
    }
    row.activity = activity ?? (firstActivity ? cells[firstActivity.index] : undefined);
    const deadline = deadlineCol ? cells[deadlineCol.index] : undefined;
    if (deadline) row.deadline = { cell: deadline, parsed: perCell(deadlineStore, deadline, periodContext, deadlineOf) };
    const responsible = responsibleCol ? cells[responsibleCol.index] : undefined;
    if (responsible) row.responsible = { cell: responsible, parts: perCell(responsibleStore, responsible, peopleContext, responsibleOf) };
    row.result = undefined;
    for (const c of resultCols) {
      const cell = cells[c.index]!;
      if (row.result === undefined || (row.result.text === '' && cell.text !== '')) row.result = cell;
    }
    const stageCell = stageCol ? cells[stageCol.index] : undefined;
    const section = stageCell && stageCell.text !== '' ? undefined : readSectionRow(cells, table.columns, rawText, hasSubNumbers);
    if (stageCell && stageCell.text !== '') {
      current = { text: stageCell.text, match: perCell(stageStore, stageCell, profileContext, stageOf), continued: false };
      continued = undefined;
    } else if (section) {
      row.isSection = true;
      row.activity = section.cell;
      // A section of a table without a stage column groups the rows below it, and may name a stage;
      // in a table with one, the stages stay where the stage column puts them.
      if (stageCol) continue;
      current = { text: section.title, match: profile ? readStage(section.title, profile) : undefined, continued: false };
      continued = undefined;
    } else {
      if (current) current = continued ??= { ...current, continued: true };
      if (!row.number && onlyActivityFilled(row, cells) && continuesAbove(rawText(row.activity!))) row.continuesAbove = true;
    }
    row.stage = current;
  }
}

/**
 * A programme without a title that says so (a Word file opening on «Пояснительная записка» or on
 * the programme's passport): its sections and its own words call it a mentorship programme.
 */
function looksLikeProgramme(text: string, sections: readonly Section[]): boolean {
  const programmeSections = sections.some((s) => /пояснительная записка|паспорт программы/i.test(s.title));
  return programmeSections && /программ\S* (?:\S+ ){0,3}наставни|наставни\S* программ/i.test(text.slice(0, 50_000));
}

/** Only the activity says anything: no deadline, responsible or result, no other cell. */
function onlyActivityFilled(row: Row, cells: readonly Cell[]): boolean {
  if (!row.activity || row.activity.text === '') return false;
  for (const cell of cells) if (cell !== row.activity && cell.text.trim() !== '') return false;
  return true;
}

function settleProfile(meta: DocumentMeta, tables: Table[], forced: string | undefined, fallback: string | undefined): void {
  if (forced) {
    meta.profile = forced;
    meta.profileSource = 'front-matter';
    return;
  }
  if (meta.profile) return;
  const source = tables.find((t) => t.kind === 'roadmap' && t.profile) ?? tables.find((t) => t.kind === 'stages' && t.profile);
  if (source?.profile) {
    meta.profile = source.profile;
    meta.profileSource = 'tables';
  } else if (fallback) {
    meta.profile = fallback;
    meta.profileSource = 'tables';
  }
}

const SUPPRESSION = /<!--\s*nastavnik-(disable|enable)((?:[ \t]+[a-z0-9-]+)*)[ \t]*-->/g;

function readSuppressions(text: string): Suppression[] {
  if (!text.includes('nastavnik-')) return []; // a plain scan, before the regex walks megabytes
  const open = new Map<string, number>();
  const out: Suppression[] = [];
  for (const m of text.matchAll(SUPPRESSION)) {
    const codes = m[2]!.trim().split(/\s+/).filter(Boolean);
    const keys = codes.length ? codes : ['*'];
    for (const key of keys) {
      if (m[1] === 'disable') {
        if (!open.has(key)) open.set(key, m.index!);
      } else if (open.has(key)) {
        out.push({ codes: key === '*' ? 'all' : [key], start: open.get(key)!, end: m.index! + m[0].length });
        open.delete(key);
      }
    }
  }
  for (const [key, start] of open) out.push({ codes: key === '*' ? 'all' : [key], start, end: Number.MAX_SAFE_INTEGER });
  return out;
}

/**
 * Without front matter a document counts only when it is about mentorship: its title or preamble
 * speaks of it (or of young specialists, whom mentorship is for), or it has a plan-shaped table and
 * mentions mentorship. A software «Дорожная карта проекта», a school «План мероприятий» for a
 * holiday, or a resource centre's «Комплекс мер» that mentions mentorship in passing is not ours
 * and gets no diagnostics.
 */
function looksLikeMentorship(
  text: string,
  meta: DocumentMeta,
  tables: Table[],
  preamble: readonly string[],
  titleFromHeading: boolean,
): boolean {
  // A kind read from the content (a programme's sections and words) already proved the subject.
  if (meta.kindSource === 'content') return true;
  // A heading speaks for the document; a Word file without headings speaks in its first short lines.
  const lines = preamble.flatMap((p) => p.split('\n')).filter(isTitleLine);
  const head = titleFromHeading && meta.title ? meta.title : [meta.title ?? '', ...lines].join('\n');
  const forYoungTeachers = meta.kind !== 'unknown' && /молод\S* (?:специалист|педагог|учител)/i.test(head);
  if (!forYoungTeachers && !/наставни/i.test(text.slice(0, 200_000))) return false;
  if (meta.kind === 'unknown') return tables.some((t) => t.kind === 'roadmap');
  if (speaksOfMentorship(head) || forYoungTeachers) return true;
  return tables.some((t) => t.kind === 'roadmap' && t.rows.some((r) => r.stage?.match));
}
