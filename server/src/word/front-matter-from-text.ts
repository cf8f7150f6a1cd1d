/**
 * The front matter an imported document gets: only what the document itself states, as the core
 * reads it — `parseDocument` on the converted Markdown gives the kind, profile and period its title names,
 * the approval date of its approval block and the organisation's name. Nothing here reads titles or
 * dates a second way; each value written is read back by the core (parsePeriod, parseRussianDate)
 * and kept only if it means the same. What could not be determined is listed on one YAML comment
 * line, so the methodist sees what to fill in.
 */
import { stringify } from 'yaml';
import type { Period } from '../core/domain/dates';
import { parsePeriod, parseRussianDate } from '../core/domain/deadline';
import type { DocumentMeta } from '../core/model';
import type { ParseCache } from '../core/read/incremental';
import { parseDocument } from '../core/read/parse';
import { PROFILE_WORDS } from '../core/domain/profile-names';

export interface FrontMatterReading {
  /** The block with its `---` lines and a line break after it; '' when nothing was determined. */
  block: string;
  /** The keys written (Russian), with their values. */
  values: Record<string, string>;
  /** Russian keys that could not be determined. */
  missing: string[];
}

const KIND_WORDS: Partial<Record<DocumentMeta['kind'], string>> = {
  roadmap: 'дорожная карта',
  program: 'программа',
  personal: 'персонализированная программа',
  municipal: 'комплекс мер',
};

/** A period as front matter takes it, checked by reading it back with the core's parser. */
function periodValue(period: Period): string | undefined {
  const [y1, y2] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  const written = period.startAssumed
    ? undefined
    : period.kind === 'school-year'
      ? `${y1}-${y2} учебный год`
      : period.kind === 'school-years'
        ? `${y1}-${y2} учебные годы`
        : y1 === y2
          ? `${y1} год`
          : `${y1}-${y2}`;
  for (const candidate of [written, period.text.trim()]) {
    if (!candidate) continue;
    const back = parsePeriod(candidate);
    if (back && back.start === period.start && back.end === period.end && back.kind === period.kind) return candidate;
  }
  return undefined;
}

function dateValue(date: string): string | undefined {
  const [y, m, d] = date.split('-');
  const written = `${d}.${m}.${y}`;
  return parseRussianDate(written) === date ? written : undefined;
}

/**
 * What the document states, from the core's reading of `markdown` (a document without front matter).
 * With a parse cache, the check of the final text (front matter + `markdown`) re-parses only the
 * front matter: the 500-row roadmap is parsed once.
 */
export function frontMatterFor(markdown: string, cache?: ParseCache): FrontMatterReading {
  const { meta } = parseDocument(markdown, { cache });
  const values: Record<string, string> = {};
  const missing: string[] = [];
  const put = (key: string, value: string | undefined): void => {
    if (value) values[key] = value;
    else missing.push(key);
  };
  put('вид', meta.kindSource === 'title' ? KIND_WORDS[meta.kind] : undefined);
  // The profile only when the title names it. Read from the stages of each table it may differ from
  // table to table (a programme's stages for pupils, its roadmap for teachers), and a front matter
  // value would force one on all of them; a complex of measures is municipal by its kind (source
  // 'tables' too). Guessed from the whole text, it is not stated: the methodist is asked.
  if (meta.profileSource === 'title' && meta.profile) put('профиль', PROFILE_WORDS[meta.profile]);
  else if (meta.profileSource !== 'tables') missing.push('профиль');
  put('период', meta.periodSource === 'title' && meta.period ? periodValue(meta.period) : undefined);
  put('утверждено', meta.approved ? dateValue(meta.approved) : undefined);
  put('организация', meta.organization?.trim() || undefined);

  const lines: string[] = [];
  for (const [key, value] of Object.entries(values)) lines.push(stringify({ [key]: value }, { lineWidth: 0 }).trimEnd());
  if (missing.length > 0) lines.push(`# не определено по тексту документа: ${missing.join(', ')} — впишите сами`);
  const block = lines.length > 0 ? `---\n${lines.join('\n')}\n---\n\n` : '';
  return { block, values, missing };
}
