/**
 * A profile as people write it («педагоги», «обучающиеся», «teachers», a workspace id) → its id.
 * Apart from frontmatter.ts so that config.ts (also bundled into the VS Code client) does not pull in
 * the YAML parser.
 */
import { normalizeWords } from '../read/text';

export function profileFromValue(value: string): string | undefined {
  const v = normalizeWords(value);
  if (/^(teachers|педагог|учител|педагогическ)/.test(v)) return 'teachers';
  if (/^(pupils|обучающ|учени|учащ|школьник|студент)/.test(v)) return 'pupils';
  if (/^(municipal|муниципальн)/.test(v)) return 'municipal';
  // A workspace profile id is accepted as written; the caller checks that it exists.
  if (/^[a-z0-9-]+$/.test(v)) return v;
  return undefined;
}

/** The built-in profiles as people call them in Russian (CLI help and messages). */
export const PROFILE_WORDS: Readonly<Record<string, string>> = { teachers: 'педагоги', pupils: 'обучающиеся', municipal: 'муниципальный' };

/** What a profile is called: its id and titles. */
export interface NamedProfile {
  id: string;
  title?: string;
  titleEn?: string;
}

/**
 * A profile as a user types it (CLI `--profile`) → the id of one of `profiles`, case-insensitive:
 * an id («teachers», a workspace id), a Russian name («педагоги», «обучающиеся», «муниципальный»,
 * the words front matter takes), or a profile's title. Undefined when it names none of them.
 */
export function resolveProfileName(value: string, profiles: readonly NamedProfile[]): string | undefined {
  const v = normalizeWords(value);
  if (!v) return undefined;
  const same = (a: string | undefined) => a !== undefined && normalizeWords(a) === v;
  const byId = profiles.find((p) => same(p.id));
  if (byId) return byId.id;
  // The words front matter takes («педагоги», «обучающиеся», «учителя»), as words: not «учителя_x».
  const word = /^[\p{L}\s-]+$/u.test(v) ? profileFromValue(value) : undefined;
  const byWord = word ? profiles.find((p) => normalizeWords(p.id) === word) : undefined;
  if (byWord) return byWord.id;
  return profiles.find((p) => same(p.title) || same(p.titleEn))?.id;
}
