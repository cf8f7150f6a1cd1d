/** Front matter (YAML) in Russian or English keys → normalised meta fields (docs/domain.md §1 «Вид документа»). */
import { parse as parseYaml } from 'yaml';
import type { DocumentKind } from '../model';
import { normalizeWords } from './text';

const KEY_ALIASES: Record<string, string> = {
  вид: 'kind',
  kind: 'kind',
  тип: 'kind',
  type: 'kind',
  профиль: 'profile',
  profile: 'profile',
  период: 'period',
  period: 'period',
  утверждено: 'approved',
  approved: 'approved',
  'дата утверждения': 'approved',
  организация: 'organization',
  organization: 'organization',
  organisation: 'organization',
  оо: 'organization',
  // A personalised programme's pair and form (docs/domain.md §17).
  наставник: 'mentor',
  mentor: 'mentor',
  наставляемый: 'mentee',
  наставляемая: 'mentee',
  mentee: 'mentee',
  форма: 'form',
  'форма наставничества': 'form',
  form: 'form',
};

export const FRONT_MATTER_KEYS = ['kind', 'profile', 'period', 'approved', 'organization', 'mentor', 'mentee', 'form'] as const;

export interface FrontMatterResult {
  values: Record<string, string>;
  /** Problems a person can fix: bad YAML, a key or value we do not understand. */
  problems: { key?: string; message: 'yaml' | 'too-long' | 'unknown-key' | 'bad-kind' | 'bad-profile'; detail: string }[];
}

/**
 * A front matter holds a handful of «ключ: значение» lines. The yaml package checks duplicate keys
 * pairwise (quadratic): 100,000 keys took 5 minutes. A longer block is not read (found by fuzzing:
 * test/fixtures/regressions/front-matter-many-keys.md).
 */
export const MAX_FRONT_MATTER_LINES = 200;
export const MAX_FRONT_MATTER_CHARS = 20_000;

export function readFrontMatter(yamlText: string): FrontMatterResult {
  const result: FrontMatterResult = { values: {}, problems: [] };
  let lines = 1;
  for (let i = yamlText.indexOf('\n'); i !== -1 && lines <= MAX_FRONT_MATTER_LINES; i = yamlText.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_FRONT_MATTER_LINES || yamlText.length > MAX_FRONT_MATTER_CHARS) {
    result.problems.push({
      message: 'too-long',
      detail: `more than ${MAX_FRONT_MATTER_LINES} lines or ${MAX_FRONT_MATTER_CHARS} characters`,
    });
    return result;
  }
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 10 });
  } catch (error) {
    result.problems.push({ message: 'yaml', detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.problems.push({ message: 'yaml', detail: 'front matter is not a set of «ключ: значение» lines' });
    return result;
  }
  for (const [rawKey, rawValue] of Object.entries(data as Record<string, unknown>)) {
    const key = KEY_ALIASES[normalizeWords(rawKey)];
    if (!key) {
      result.problems.push({ key: rawKey, message: 'unknown-key', detail: rawKey });
      continue;
    }
    if (rawValue === null || rawValue === undefined) continue;
    result.values[key] = rawValue instanceof Date ? rawValue.toISOString().slice(0, 10) : String(rawValue).trim();
  }
  return result;
}

export function kindFromValue(value: string): DocumentKind | undefined {
  const v = normalizeWords(value);
  if (/^(roadmap|дорожная карта|дк|план мероприятий)/.test(v)) return 'roadmap';
  // «персонализированная программа», «ППН», «personal»: before «программа», which it starts like.
  if (/^(personal|персонализированн|ппн|индивидуальн\S* (?:план|программ))/.test(v)) return 'personal';
  if (/^(program|programme|программа)/.test(v)) return 'program';
  if (/^(municipal|комплекс мер|муниципальн)/.test(v)) return 'municipal';
  if (/^(other|друг|положение|приказ)/.test(v)) return 'other';
  return undefined;
}

export { profileFromValue } from '../domain/profile-names';
