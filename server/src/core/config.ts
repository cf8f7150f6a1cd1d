/**
 * `.nastavnik.json`: workspace profiles, staff and rule severities. Pure: takes the file's text,
 * returns the settings and the problems (with offsets into that text). A broken file never throws;
 * it falls back to the defaults and says why.
 */
import Ajv from 'ajv';
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import schema from '../../../schemas/nastavnik.schema.json';
import type { Message, SeveritySetting } from './diagnostic';
import type { Profile, StageDef } from './profiles';

export interface WorkspaceConfig {
  locale?: 'ru' | 'en';
  profile?: string;
  staff?: string[];
  roles?: string[];
  rules?: Record<string, SeveritySetting>;
  profiles?: Profile[];
}

export interface ConfigProblem { message: Message; start: number; end: number }
export interface LoadedConfig { config: WorkspaceConfig; problems: ConfigProblem[] }

const MAX_CONFIG_CHARS = 1_000_000;
const ajv = new Ajv({ allErrors: false, strict: false });
const validate = ajv.compile(schema);

export function loadConfig(text: string): LoadedConfig {
  if (text.length > MAX_CONFIG_CHARS) {
    return { config: {}, problems: [{ start: 0, end: 1, message: { ru: 'Файл .nastavnik.json слишком большой (больше 1 МБ) и не прочитан; действуют настройки по умолчанию.', en: '.nastavnik.json is larger than 1 MB and was not read; defaults apply.' } }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    const at = e ? e.offset : 0;
    const code = e ? printParseErrorCode(e.error) : 'empty';
    return {
      config: {},
      problems: [{ start: at, end: at + Math.max(1, e?.length ?? 1), message: { ru: `Файл .nastavnik.json не читается как JSON (${code}). Исправьте синтаксис; пока действуют настройки по умолчанию.`, en: `.nastavnik.json is not valid JSON (${code}). Fix the syntax; defaults apply meanwhile.` } }],
    };
  }
  const value: unknown = nodeValue(tree);
  if (!validate(value)) {
    const err = validate.errors?.[0];
    const path = (err?.instancePath ?? '').split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const node = findNodeAtLocation(tree, path) ?? tree;
    const where = err?.instancePath || '/';
    return {
      config: {},
      problems: [{ start: node.offset, end: node.offset + node.length, message: { ru: `Ошибка в .nastavnik.json (${where}): ${err?.message ?? 'неверное значение'}. Исправьте значение; пока действуют настройки по умолчанию.`, en: `Error in .nastavnik.json (${where}): ${err?.message ?? 'invalid value'}. Fix it; defaults apply meanwhile.` } }],
    };
  }
  return { config: normalizeConfig(value as RawConfig), problems: [] };
}

interface RawStage { id: string; title: string; titleEn?: string; mandatory?: boolean; crossCutting?: boolean; swapGroup?: string; keywords?: string[][]; expects?: string; typicalResult?: string }
interface RawConfig extends Omit<WorkspaceConfig, 'profiles'> { profiles?: { id: string; title: string; titleEn?: string; stages: RawStage[] }[] }

function normalizeConfig(raw: RawConfig): WorkspaceConfig {
  const { profiles, ...rest } = raw;
  return {
    ...rest,
    profiles: profiles?.map((p) => ({
      id: p.id,
      title: p.title,
      titleEn: p.titleEn ?? p.title,
      stages: p.stages.map((s): StageDef => ({
        id: s.id,
        title: s.title,
        titleEn: s.titleEn ?? s.title,
        mandatory: s.mandatory ?? true,
        crossCutting: s.crossCutting,
        swapGroup: s.swapGroup,
        keywords: s.keywords ?? [],
        expects: s.expects ?? '',
        typicalResult: s.typicalResult ?? '',
      })),
    })),
  };
}

/** jsonc-parser's value of a tree, without prototype-polluting keys. */
function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v && typeof k.value === 'string' && k.value !== '__proto__') out[k.value] = nodeValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
