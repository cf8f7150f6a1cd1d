/**
 * `.nastavnik.json`: workspace profiles, staff, roles and rule severities. Pure: takes the file's
 * text, returns the settings and the problems (with offsets into that text). A broken file never
 * throws.
 *
 * Forgiving by design — the people who edit this file are not programmers:
 *  - text that is not JSON (or not an object) → no settings at all, the defaults apply, and the
 *    problem says where («строка 3, столбец 5») and what is wrong, in Russian;
 *  - otherwise each top-level key is validated on its own (against `schemas/nastavnik.schema.json`):
 *    a key we do not know, or a value of the wrong shape, is left out with a problem, and every
 *    other key still applies. In `rules` and `profiles` each entry stands alone the same way.
 *
 * Nothing in the file is run as a regular expression: stage keywords are word stems (see
 * `stages.ts`), and the schema's own patterns are fixed, linear ones. Sizes are capped by the schema
 * (≤ 50 profiles × ≤ 100 stages, ≤ 5,000 staff) and the file by MAX_CONFIG_CHARS.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { createScanner, findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import schema from '../../../schemas/nastavnik.schema.json';
import type { Message, SeveritySetting } from './diagnostic';
import { profileFromValue } from './domain/profile-names';
import { BUILTIN_PROFILES, type Profile, type StageDef } from './domain/profiles';

export interface WorkspaceConfig {
  locale?: 'ru' | 'en';
  profile?: string;
  staff?: string[];
  roles?: string[];
  rules?: Record<string, SeveritySetting>;
  profiles?: Profile[];
}

export interface ConfigProblem {
  message: Message;
  start: number;
  end: number;
}
export interface LoadedConfig {
  config: WorkspaceConfig;
  problems: ConfigProblem[];
}

export interface LoadConfigOptions {
  /** The rule codes that exist; a `rules` entry naming another code is reported (and kept out). */
  knownRules?: readonly string[];
}

export const MAX_CONFIG_CHARS = 1_000_000;
/**
 * jsonc-parser (and nodeValue below) recurse once per level of brackets: ~10,000 levels overflow the
 * stack (a RangeError out of loadConfig). A real file nests 5 levels (profiles[].stages[].keywords[][]).
 */
export const MAX_CONFIG_DEPTH = 64;

/** Offset of the first bracket deeper than MAX_CONFIG_DEPTH, found by the (iterative) scanner. */
function tooDeepAt(text: string): number | undefined {
  // SyntaxKind is a const enum, which isolatedModules cannot import: its values, from jsonc-parser's main.d.ts.
  const OPEN_BRACE = 1,
    CLOSE_BRACE = 2,
    OPEN_BRACKET = 3,
    CLOSE_BRACKET = 4,
    EOF = 17;
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

type Json = unknown;
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  [k: string]: unknown;
}

const ROOT = schema as unknown as SchemaNode;
const TOP_KEYS = Object.keys(ROOT.properties ?? {}).filter((k) => k !== '$schema');

const ajv = new Ajv({ allErrors: false, strict: false });
const validators = new Map<string, ValidateFunction>();
function validatorFor(name: string, node: SchemaNode): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(node);
    validators.set(name, v);
  }
  return v;
}

export function loadConfig(text: string, options: LoadConfigOptions = {}): LoadedConfig {
  const problems: ConfigProblem[] = [];
  if (typeof text !== 'string') return { config: {}, problems };
  if (text.length > MAX_CONFIG_CHARS) {
    problems.push({
      start: 0,
      end: 1,
      message: {
        ru: 'Файл .nastavnik.json слишком большой (больше 1 МБ) и не прочитан; действуют настройки по умолчанию.',
        en: '.nastavnik.json is larger than 1 MB and was not read; defaults apply.',
      },
    });
    return { config: {}, problems };
  }
  const deepAt = tooDeepAt(text);
  if (deepAt !== undefined) {
    const { line, column } = lineColumn(text, deepAt);
    problems.push({
      start: deepAt,
      end: deepAt + 1,
      message: {
        ru:
          `В .nastavnik.json скобки вложены глубже ${MAX_CONFIG_DEPTH} уровней (строка ${line}, столбец ${column}) ` +
          '— файл не прочитан; действуют настройки по умолчанию. Проверьте, не повторились ли скобки «[» или «{».',
        en:
          `.nastavnik.json nests brackets deeper than ${MAX_CONFIG_DEPTH} levels (line ${line}, ` +
          `column ${column}) and was not read; defaults apply. Check for repeated «[» or «{».`,
      },
    });
    return { config: {}, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (text.trim() === '') return { config: {}, problems };
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    const at = e ? e.offset : 0;
    const code = e ? printParseErrorCode(e.error) : 'InvalidSymbol';
    const { line, column } = lineColumn(text, at);
    const what = PARSE_ERRORS[code] ?? { ru: 'ошибка синтаксиса', en: 'syntax error' };
    problems.push({
      start: at,
      end: at + Math.max(1, e?.length ?? 1),
      message: {
        ru:
          `Файл .nastavnik.json не читается как JSON: строка ${line}, столбец ${column} ` +
          `— ${what.ru}. Исправьте синтаксис; пока действуют настройки по умолчанию.`,
        en: `.nastavnik.json is not valid JSON: line ${line}, column ${column} — ${what.en}. Fix the syntax; defaults apply meanwhile.`,
      },
    });
    return { config: {}, problems };
  }
  if (tree.type !== 'object') {
    problems.push({
      start: tree.offset,
      end: tree.offset + tree.length,
      message: {
        ru: 'В .nastavnik.json должен быть объект в фигурных скобках: { "staff": [...], "rules": {...} }. Пока действуют настройки по умолчанию.',
        en: '.nastavnik.json must hold an object: { "staff": [...], "rules": {...} }. Defaults apply meanwhile.',
      },
    });
    return { config: {}, problems };
  }

  const raw: Record<string, Json> = Object.create(null) as Record<string, Json>;
  for (const prop of tree.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
    const key = keyNode.value;
    if (key === '$schema') continue;
    if (!TOP_KEYS.includes(key)) {
      problems.push({
        start: keyNode.offset,
        end: keyNode.offset + keyNode.length,
        message: {
          ru: `Неизвестный ключ «${key}» в .nastavnik.json пропущен. Допустимые ключи: ${TOP_KEYS.join(', ')}.`,
          en: `Unknown key «${key}» in .nastavnik.json is ignored. Allowed keys: ${TOP_KEYS.join(', ')}.`,
        },
      });
      continue;
    }
    const value = nodeValue(valueNode);
    if (key === 'rules' || key === 'profiles') {
      raw[key] = readEntries(key, valueNode, value, options, problems);
      continue;
    }
    if (checkValue(key, ROOT.properties![key]!, value, valueNode, [key], problems)) raw[key] = value;
  }
  const config = normalizeConfig(raw as RawConfig);
  checkDefaultProfile(config, tree, problems);
  return { config, problems };
}

/** `rules` and `profiles`: every entry is checked on its own, so one typo does not drop the rest. */
function readEntries(key: 'rules' | 'profiles', node: JsonNode, value: Json, options: LoadConfigOptions, problems: ConfigProblem[]): Json {
  const node0 = ROOT.properties![key]!;
  if (key === 'rules') {
    if (!isPlainObject(value)) {
      checkValue('rules.type', { type: 'object' }, value, node, [key], problems);
      return undefined;
    }
    const out: Record<string, Json> = {};
    const entry = node0.additionalProperties as SchemaNode;
    for (const [code, setting] of Object.entries(value)) {
      const at = findNodeAtLocation(node, [code]) ?? node;
      if (options.knownRules && !options.knownRules.includes(code)) {
        const keyAt = at.parent?.children?.[0] ?? at;
        problems.push({
          start: keyAt.offset,
          end: keyAt.offset + keyAt.length,
          message: {
            ru: `Правила «${code}» нет; строка пропущена. Коды правил — в docs/rules/README.md.`,
            en: `There is no rule «${code}»; the entry is ignored. Rule codes are listed in docs/rules/README.md.`,
          },
        });
        continue;
      }
      if (checkValue('rules.entry', entry, setting, at, ['rules', code], problems)) out[code] = setting;
    }
    return out;
  }
  if (!Array.isArray(value)) {
    checkValue('profiles.type', { type: 'array' }, value, node, [key], problems);
    return undefined;
  }
  const max = typeof node0.maxItems === 'number' ? node0.maxItems : Infinity;
  if (value.length > max) {
    problems.push({
      start: node.offset,
      end: node.offset + node.length,
      message: {
        ru: `В .nastavnik.json ${value.length} профилей — больше допустимых ${max}; прочитаны первые ${max}.`,
        en: `.nastavnik.json has ${value.length} profiles, more than ${max}; the first ${max} are read.`,
      },
    });
  }
  const item = node0.items!;
  const out: Json[] = [];
  value.slice(0, max).forEach((profile, i) => {
    const at = node.children?.[i] ?? node;
    if (checkValue('profiles.item', item, profile, at, ['profiles', i], problems)) out.push(profile);
  });
  return out;
}

/** Validates one value; on failure records a Russian/English problem at the offending node. */
function checkValue(
  name: string,
  node: SchemaNode,
  value: Json,
  at: JsonNode,
  path: (string | number)[],
  problems: ConfigProblem[],
): boolean {
  const validate = validatorFor(name, node);
  if (validate(value)) return true;
  const err = validate.errors?.[0];
  const inner = (err?.instancePath ?? '')
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const target = (inner.length ? findNodeAtLocation(at, inner) : undefined) ?? at;
  const where = formatPath([...path, ...inner]);
  const what = err ? describeError(err) : { ru: 'неверное значение', en: 'invalid value' };
  const dropped = formatPath(path);
  problems.push({
    start: target.offset,
    end: target.offset + target.length,
    message: {
      ru: `Ошибка в .nastavnik.json, ${where}: ${what.ru}. «${dropped}» пропущено; исправьте значение.`,
      en: `Error in .nastavnik.json at ${where}: ${what.en}. «${dropped}» is ignored; fix the value.`,
    },
  });
  return false;
}

function checkDefaultProfile(config: WorkspaceConfig, tree: JsonNode, problems: ConfigProblem[]): void {
  if (config.profile === undefined) return;
  const known = [...(config.profiles ?? []).map((p) => p.id), ...BUILTIN_PROFILES.map((p) => p.id)];
  const id = profileFromValue(config.profile);
  if (id && known.includes(id)) {
    config.profile = id;
    return;
  }
  const node = findNodeAtLocation(tree, ['profile']) ?? tree;
  problems.push({
    start: node.offset,
    end: node.offset + node.length,
    message: {
      ru: `Профиль «${config.profile}» не найден; ключ profile пропущен. Допустимы: ${[...new Set(known)].join(', ')}.`,
      en: `Profile «${config.profile}» does not exist; profile is ignored. Use one of: ${[...new Set(known)].join(', ')}.`,
    },
  });
  delete config.profile;
}

// ───────────────────────────── messages ─────────────────────────────

const PARSE_ERRORS: Record<string, Message> = {
  InvalidSymbol: {
    ru: 'недопустимый символ — имена ключей и строки пишутся в двойных кавычках "…"',
    en: 'invalid symbol — keys and strings are written in double quotes "…"',
  },
  InvalidNumberFormat: { ru: 'неверная запись числа', en: 'invalid number' },
  PropertyNameExpected: { ru: 'ожидалось имя ключа в двойных кавычках', en: 'a property name in double quotes was expected' },
  ValueExpected: { ru: 'ожидалось значение', en: 'a value was expected' },
  ColonExpected: { ru: 'после имени ключа нужно двоеточие', en: 'a colon was expected after the key' },
  CommaExpected: { ru: 'не хватает запятой между элементами', en: 'a comma was expected' },
  CloseBraceExpected: { ru: 'не закрыта фигурная скобка }', en: 'a closing brace } was expected' },
  CloseBracketExpected: { ru: 'не закрыта квадратная скобка ]', en: 'a closing bracket ] was expected' },
  EndOfFileExpected: { ru: 'после закрывающей скобки лишний текст', en: 'text after the end of the object' },
  InvalidCommentToken: { ru: 'неверный комментарий', en: 'invalid comment' },
  UnexpectedEndOfComment: { ru: 'комментарий не закрыт', en: 'unterminated comment' },
  UnexpectedEndOfString: { ru: 'не закрыта кавычка строки', en: 'unterminated string' },
  UnexpectedEndOfNumber: { ru: 'число оборвано', en: 'unterminated number' },
  InvalidUnicode: { ru: 'неверный код \\u', en: 'invalid \\u escape' },
  InvalidEscapeCharacter: { ru: 'неверная обратная косая черта в строке', en: 'invalid escape character' },
  InvalidCharacter: { ru: 'недопустимый символ в строке', en: 'invalid character in a string' },
};

const TYPE_RU: Record<string, string> = {
  string: 'нужна строка в кавычках',
  array: 'нужен список в квадратных скобках [...]',
  object: 'нужен объект в фигурных скобках {...}',
  boolean: 'нужно true или false',
  number: 'нужно число',
  integer: 'нужно целое число',
};

function describeError(err: ErrorObject): Message {
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'type':
      return { ru: TYPE_RU[String(p.type)] ?? `нужен тип ${String(p.type)}`, en: `must be ${String(p.type)}` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { ru: `допустимые значения: ${allowed}`, en: `allowed values: ${allowed}` };
    }
    case 'maxItems':
      return { ru: `не больше ${String(p.limit)} элементов`, en: `at most ${String(p.limit)} items` };
    case 'minItems':
      return Number(p.limit) === 1
        ? { ru: 'список пуст, нужен хотя бы один элемент', en: 'the list is empty; at least one item is needed' }
        : { ru: `нужно не меньше ${String(p.limit)} элементов`, en: `at least ${String(p.limit)} items` };
    case 'maxLength':
      return { ru: `строка длиннее ${String(p.limit)} символов`, en: `longer than ${String(p.limit)} characters` };
    case 'minLength':
      return Number(p.limit) === 1
        ? { ru: 'пустая строка', en: 'empty string' }
        : { ru: `строка короче ${String(p.limit)} символов`, en: `shorter than ${String(p.limit)} characters` };
    case 'pattern':
      return {
        ru: 'неверный формат: латинские строчные буквы, цифры и дефис, начиная с буквы (например, "my-profile")',
        en: 'wrong format: lower-case Latin letters, digits and hyphens, starting with a letter (e.g. "my-profile")',
      };
    case 'required':
      return { ru: `не хватает ключа «${String(p.missingProperty)}»`, en: `«${String(p.missingProperty)}» is missing` };
    case 'additionalProperties':
      return { ru: `неизвестный ключ «${String(p.additionalProperty)}»`, en: `unknown key «${String(p.additionalProperty)}»` };
    case 'propertyNames':
      return { ru: `неверное имя ключа «${String(p.propertyName)}»`, en: `invalid key «${String(p.propertyName)}»` };
    default:
      return { ru: `неверное значение (${err.keyword})`, en: err.message ?? `invalid value (${err.keyword})` };
  }
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : i === 0 ? p : `.${p}`)).join('');
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

// ───────────────────────────── values ─────────────────────────────

interface RawStage {
  id: string;
  title: string;
  titleEn?: string;
  mandatory?: boolean;
  crossCutting?: boolean;
  swapGroup?: string;
  keywords?: string[][];
  expects?: string;
  typicalResult?: string;
}
interface RawConfig extends Omit<WorkspaceConfig, 'profiles'> {
  profiles?: { id: string; title: string; titleEn?: string; stages: RawStage[] }[];
}

function normalizeConfig(raw: RawConfig): WorkspaceConfig {
  const out: WorkspaceConfig = {};
  if (raw.locale !== undefined) out.locale = raw.locale;
  if (raw.profile !== undefined) out.profile = raw.profile;
  if (raw.staff !== undefined) out.staff = raw.staff;
  if (raw.roles !== undefined) out.roles = raw.roles;
  if (raw.rules !== undefined) out.rules = raw.rules;
  if (raw.profiles !== undefined) {
    out.profiles = raw.profiles.map((p) => ({
      id: p.id,
      title: p.title,
      titleEn: p.titleEn ?? p.title,
      stages: p.stages.map(
        (s): StageDef => ({
          id: s.id,
          title: s.title,
          titleEn: s.titleEn ?? s.title,
          mandatory: s.mandatory ?? true,
          crossCutting: s.crossCutting,
          swapGroup: s.swapGroup,
          keywords: s.keywords ?? [],
          expects: s.expects ?? '',
          typicalResult: s.typicalResult ?? '',
        }),
      ),
    }));
  }
  return out;
}

function isPlainObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** jsonc-parser's value of a tree, without prototype-polluting keys. */
function nodeValue(node: JsonNode): Json {
  switch (node.type) {
    case 'object': {
      const out: Record<string, Json> = Object.create(null) as Record<string, Json>;
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
