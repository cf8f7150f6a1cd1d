/**
 * Markdown text → DocumentModel. The only place that runs the Markdown parser; everything after
 * reads the model. Never throws on a document: what it cannot read becomes absent fields.
 */
import type { Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { kindOfText, profileOfWholeText } from '../domain/document-kind';
import { BUILTIN_PROFILES } from '../domain/profiles';
import type { DocumentModel, Section, Span, TextPart } from '../model';
import { looksLikeMentorship, looksLikeProgramme, readMeta, settleProfile } from './document-meta';
import { guardInput, lineOverLimit } from './guard';
import { fastTableParser, oracleParseOnly } from './fast-parse';
import { type MarkdownParser, ParseCache } from './incremental';
import { isStrongOnly, shiftPositions, spanOf, textWithBreaks } from './markdown-nodes';
import type { ParseOptions } from './parse-options';
import { readSuppressions } from './suppressions';
import { buildTable, type RawTable } from './table-build';

export type { ParseOptions } from './parse-options';

/** From this size on a text is parsed block by block even without a parse cache (see parseDocument). */
const CHUNKED_PARSE_MIN_CHARS = 200_000;

/** Above this size the Markdown parser is not run (GFM tables get slow and memory-hungry). */
export const MAX_PARSE_CHARS = 12_000_000;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
// Blocks after the first cannot be front matter: a later `---` pair is a thematic break.
const bodyProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/** remark alone: the oracle (see fast-parse.ts). With front matter for the first block only. */
export const remarkParser: MarkdownParser = (text, { frontMatter }) => (frontMatter ? processor : bodyProcessor).parse(text);

/** Plain GFM tables read line by line, the rest by remark (fast-parse.ts); remark alone under NASTAVNIK_ORACLE_PARSE=1. */
const fastTables = fastTableParser(remarkParser);
const fastParser: MarkdownParser = (text, options) => (oracleParseOnly() ? remarkParser : fastTables)(text, options);

/** `oracle`: remark alone, never the fast table reader. */
export function parseMarkdown(text: string, oracle = false): Root {
  // Front matter can only open the text: without a leading «---» the extension would only cost time.
  return (oracle ? remarkParser : fastParser)(text, { frontMatter: text.startsWith('---') });
}

/** The parser a parse cache runs on its blocks and rows: with front matter for the first block only. */
export const blockParser: MarkdownParser = fastParser;

/** A parse cache for one document (see incremental.ts); `editing`: the language server's, told of every edit. */
export function createParseCache(editing = false): ParseCache {
  return new ParseCache(blockParser, editing);
}

/**
 * What the parser reads of a document: cut to MAX_PARSE_CHARS, guarded, the BOM cut off (offsets
 * moved by `shift`). With a parse cache that was told of the edits since a text the guard found
 * nothing in, only the edited line is checked.
 */
function parserInput(
  source: string,
  cache?: ParseCache,
): {
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
  const line = cache?.guardClean && !truncated ? cache.editedLine(text) : undefined;
  const guarded = line && !lineOverLimit(text, line.start, line.end) ? { text, limits: [] } : guardInput(text);
  if (cache) cache.guardClean = guarded.limits.length === 0;
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
  const { body, shift, truncated, guarded } = parserInput(source, options.cache);
  const text = guarded.text;
  // The cache shifts its nodes itself: it moves reused rows in place and must know where they are.
  // Without the fast table reader, a big text without one is parsed through a throwaway cache too: its
  // large tables are then parsed in runs of rows, which remark does faster than a whole table at once
  // (5,000 rows: 2 s, not 3.3 s). The reader reads a whole table faster than the cache hands out rows.
  const chunked = oracleParseOnly() && body.length >= CHUNKED_PARSE_MIN_CHARS && !options.wholeParse;
  const cache = options.cache ?? (chunked ? new ParseCache(blockParser) : undefined);
  const tree = cache ? cache.parse(body, shift) : parseMarkdown(body, options.wholeParse);
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
      const headingText = plainText(node).trim();
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

function looksLikeTitle(text: string): boolean {
  return kindOfText(text) !== undefined;
}
