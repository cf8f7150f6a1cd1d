/**
 * What a document is: its kind, profile, period, approval date and organisation (front matter first,
 * then the title and preamble, then its tables), and whether it is about mentorship at all.
 */
import { parsePeriod, parseRussianDate } from '../domain/deadline';
import { findApproval, findOrganization } from '../domain/document-facts';
import { kindOfText, profileOfText, speaksOfMentorship } from '../domain/document-kind';
import type { DocumentMeta, Section, Span, Table } from '../model';
import { kindFromValue, profileFromValue, readFrontMatter } from './frontmatter';
import { memoByText } from './memo';

// The yaml package takes a millisecond or more, and typing elsewhere leaves the front matter as it was.
const readFrontMatterCached = memoByText(readFrontMatter);

/** A preamble line that may be the title: not an approval, agreement or appendix line, not a long paragraph. */
function isTitleLine(line: string): boolean {
  return line.length <= 300 && !/^(?:\*\*)?\s*(?:утвержд|согласован|принят|приложение|рассмотрен)/i.test(line.trim());
}

export function readMeta(
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

/**
 * A programme without a title that says so (a Word file opening on «Пояснительная записка» or on
 * the programme's passport): its sections and its own words call it a mentorship programme.
 */
export function looksLikeProgramme(text: string, sections: readonly Section[]): boolean {
  const programmeSections = sections.some((s) => /пояснительная записка|паспорт программы/i.test(s.title));
  return programmeSections && /программ\S* (?:\S+ ){0,3}наставни|наставни\S* программ/i.test(text.slice(0, 50_000));
}

export function settleProfile(meta: DocumentMeta, tables: Table[], forced: string | undefined, fallback: string | undefined): void {
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

/**
 * Without front matter a document counts only when it is about mentorship: its title or preamble
 * speaks of it (or of young specialists, whom mentorship is for), or it has a plan-shaped table and
 * mentions mentorship. A software «Дорожная карта проекта», a school «План мероприятий» for a
 * holiday, or a resource centre's «Комплекс мер» that mentions mentorship in passing is not ours
 * and gets no diagnostics.
 */
export function looksLikeMentorship(
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
