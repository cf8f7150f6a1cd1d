/**
 * VS Code / LSP snippet syntax: a parser and an expander. The templates (`templates/`) are written
 * in this syntax; the language server expands them for clients without snippet support, and the
 * tests expand every template to check it with the core.
 *
 * Grammar (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar):
 *   any         ::= tabstop | placeholder | choice | variable | text
 *   tabstop     ::= '$' int | '${' int '}' | '${' int transform '}'
 *   placeholder ::= '${' int ':' any '}'
 *   choice      ::= '${' int '|' text (',' text)* '|}'
 *   variable    ::= '$' var | '${' var '}' | '${' var ':' any '}' | '${' var transform '}'
 *   transform   ::= '/' regex '/' (format | text)+ '/' options
 * Escapes: `\$`, `\}` and `\\` in text; `\,`, `\|` and `\\` in a choice. Anything that does not
 * parse is literal text, as in VS Code (`$` alone, `${` without its `}`).
 *
 * Expansion follows VS Code: the first placeholder (or choice) of an index that has a value gives
 * that value to every occurrence of the index (mirrors); a choice's value is its first option; `$0`
 * and bare tab stops are empty; a known variable gives its value, an unknown one its default or,
 * without a default, its own name.
 *
 * Pure, never throws: bad input comes out as literal text.
 */

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; transform?: Transform }
  | { type: 'placeholder'; index: number; children: SnippetNode[] }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[]; transform?: Transform };

export interface Transform {
  regex: string;
  /** Format pieces: literal text or a group reference with an optional modifier. */
  format: FormatPiece[];
  options: string;
}

export type FormatPiece =
  | { type: 'text'; value: string }
  | {
      type: 'group';
      index: number;
      modifier?: '/upcase' | '/downcase' | '/capitalize' | '/pascalcase' | '/camelcase';
      ifValue?: string;
      elseValue?: string;
    };

export interface ExpandOptions {
  /** Values of variables such as CURRENT_YEAR; a variable not listed here is unknown. */
  variables?: Readonly<Record<string, string>>;
  /** Values to type into tab stops instead of their defaults (index → text). */
  values?: Readonly<Record<number, string>>;
}

// ───────────────────────────── parser ─────────────────────────────

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    return this.parseAny(false);
  }

  /** Nodes up to the end, or (inside a placeholder) up to its unescaped `}`. */
  private parseAny(inside: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
        continue;
      }
      if (inside && c === '}') break;
      if (c === '$') {
        const start = this.pos;
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          this.pos = start + 1;
          text += '$';
        }
        continue;
      }
      text += c;
      this.pos += 1;
    }
    flush();
    return nodes;
  }

  /** At a `$`: a tab stop, placeholder, choice or variable; undefined (position unspecified) if none. */
  private parseDollar(): SnippetNode | undefined {
    this.pos += 1; // '$'
    const int = this.readInt();
    if (int !== undefined) return { type: 'tabstop', index: int };
    const name = this.readVarName();
    if (name !== undefined) return { type: 'variable', name };
    if (this.src[this.pos] !== '{') return undefined;
    this.pos += 1;
    const index = this.readInt();
    if (index !== undefined) {
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos += 1;
        return { type: 'tabstop', index };
      }
      if (c === ':') {
        this.pos += 1;
        const children = this.parseAny(true);
        if (this.src[this.pos] !== '}') return undefined;
        this.pos += 1;
        return { type: 'placeholder', index, children };
      }
      if (c === '|') {
        this.pos += 1;
        const options = this.readChoiceOptions();
        return options ? { type: 'choice', index, options } : undefined;
      }
      if (c === '/') {
        const transform = this.readTransform();
        return transform ? { type: 'tabstop', index, transform } : undefined;
      }
      return undefined;
    }
    const varName = this.readVarName();
    if (varName === undefined) return undefined;
    const c = this.src[this.pos];
    if (c === '}') {
      this.pos += 1;
      return { type: 'variable', name: varName };
    }
    if (c === ':') {
      this.pos += 1;
      const children = this.parseAny(true);
      if (this.src[this.pos] !== '}') return undefined;
      this.pos += 1;
      return { type: 'variable', name: varName, children };
    }
    if (c === '/') {
      const transform = this.readTransform();
      return transform ? { type: 'variable', name: varName, transform } : undefined;
    }
    return undefined;
  }

  private readInt(): number | undefined {
    const m = /^[0-9]+/.exec(this.src.slice(this.pos, this.pos + 12));
    if (!m) return undefined;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  private readVarName(): string | undefined {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(this.src.slice(this.pos, this.pos + 200));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /** After `${n|`: options up to `|}`; undefined when the choice is not closed. */
  private readChoiceOptions(): string[] | undefined {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\' && ',|\\'.includes(this.src[this.pos + 1] ?? '')) {
        current += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (c === ',') {
        options.push(current);
        current = '';
        this.pos += 1;
        continue;
      }
      if (c === '|') {
        if (this.src[this.pos + 1] !== '}') return undefined;
        options.push(current);
        this.pos += 2;
        return options;
      }
      current += c;
      this.pos += 1;
    }
    return undefined;
  }

  /** At `/`: `/regex/format/options}`. */
  private readTransform(): Transform | undefined {
    this.pos += 1;
    const regex = this.readUntilSlash();
    if (regex === undefined) return undefined;
    const format = this.readFormat();
    if (format === undefined) return undefined;
    const m = /^[a-z]*\}/.exec(this.src.slice(this.pos, this.pos + 12));
    if (!m) return undefined;
    this.pos += m[0].length;
    return { regex, format, options: m[0].slice(0, -1) };
  }

  private readUntilSlash(): string | undefined {
    let out = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\' && this.src[this.pos + 1] === '/') {
        out += '/';
        this.pos += 2;
        continue;
      }
      if (c === '/') {
        this.pos += 1;
        return out;
      }
      out += c;
      this.pos += 1;
    }
    return undefined;
  }

  private readFormat(): FormatPiece[] | undefined {
    const pieces: FormatPiece[] = [];
    let text = '';
    const flush = () => {
      if (text) pieces.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\' && '/$\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (c === '/') {
        this.pos += 1;
        flush();
        return pieces;
      }
      if (c === '$') {
        const group = this.readFormatGroup();
        if (group) {
          flush();
          pieces.push(group);
          continue;
        }
        text += c;
        this.pos += 1;
        continue;
      }
      text += c;
      this.pos += 1;
    }
    return undefined;
  }

  private readFormatGroup(): FormatPiece | undefined {
    const rest = this.src.slice(this.pos, this.pos + 400);
    let m = /^\$([0-9]+)/.exec(rest) ?? /^\$\{([0-9]+)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'group', index: Number(m[1]) };
    }
    m = /^\$\{([0-9]+):(\/upcase|\/downcase|\/capitalize|\/pascalcase|\/camelcase)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'group', index: Number(m[1]), modifier: m[2] as NonNullable<Extract<FormatPiece, { type: 'group' }>['modifier']> };
    }
    m = /^\$\{([0-9]+):\+((?:\\.|[^}\\])*)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'group', index: Number(m[1]), ifValue: unescapeFormat(m[2]!) };
    }
    m = /^\$\{([0-9]+):\?((?:\\.|[^:}\\])*):((?:\\.|[^}\\])*)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'group', index: Number(m[1]), ifValue: unescapeFormat(m[2]!), elseValue: unescapeFormat(m[3]!) };
    }
    m = /^\$\{([0-9]+):-?((?:\\.|[^}\\])*)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'group', index: Number(m[1]), elseValue: unescapeFormat(m[2]!) };
    }
    return undefined;
  }
}

function unescapeFormat(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

export function parseSnippet(body: string): SnippetNode[] {
  return new Parser(body).parse();
}

// ───────────────────────────── expansion ─────────────────────────────

function applyTransform(value: string, t: Transform): string {
  let re: RegExp;
  try {
    re = new RegExp(t.regex, t.options.replace(/[^gimsuy]/g, ''));
  } catch {
    return value;
  }
  return value.replace(re, (...args: unknown[]) => {
    // String.replace passes (match, g1, g2, …, offset, whole[, groups]).
    const groupsEnd = args.findIndex((a, i) => i > 0 && typeof a === 'number');
    const groups = args.slice(0, groupsEnd) as (string | undefined)[];
    return t.format
      .map((p) => {
        if (p.type === 'text') return p.value;
        const g = groups[p.index] ?? '';
        if (p.ifValue !== undefined || p.elseValue !== undefined) return g ? (p.ifValue ?? g) : (p.elseValue ?? '');
        switch (p.modifier) {
          case '/upcase':
            return g.toUpperCase();
          case '/downcase':
            return g.toLowerCase();
          case '/capitalize':
            return g.charAt(0).toUpperCase() + g.slice(1);
          case '/pascalcase':
            return g
              .split(/[^\p{L}\p{N}]+/u)
              .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
              .join('');
          case '/camelcase': {
            const pascal = g
              .split(/[^\p{L}\p{N}]+/u)
              .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
              .join('');
            return pascal.charAt(0).toLowerCase() + pascal.slice(1);
          }
          default:
            return g;
        }
      })
      .join('');
  });
}

/** The first placeholder or choice of each index that has a value, in document order (depth first). */
function collectDefinitions(nodes: readonly SnippetNode[], into: Map<number, SnippetNode>): void {
  for (const node of nodes) {
    if (node.type === 'placeholder') {
      if (!into.has(node.index) && node.children.length > 0) into.set(node.index, node);
      collectDefinitions(node.children, into);
    } else if (node.type === 'choice') {
      if (!into.has(node.index)) into.set(node.index, node);
    } else if (node.type === 'variable' && node.children) {
      collectDefinitions(node.children, into);
    }
  }
}

/**
 * The text a snippet inserts when every tab stop keeps its default (or first choice), or the value
 * given in `options.values`.
 */
export function expandSnippet(body: string, options: ExpandOptions = {}): string {
  const nodes = parseSnippet(body);
  const definitions = new Map<number, SnippetNode>();
  collectDefinitions(nodes, definitions);
  const resolving = new Set<number>();
  const cache = new Map<number, string>();

  const valueAt = (index: number): string => {
    const given = options.values?.[index];
    if (given !== undefined) return given;
    const hit = cache.get(index);
    if (hit !== undefined) return hit;
    if (resolving.has(index)) return ''; // `${1:a $1 b}`: a placeholder that mirrors itself
    resolving.add(index);
    const def = definitions.get(index);
    let value = '';
    if (def?.type === 'choice') value = def.options[0] ?? '';
    else if (def?.type === 'placeholder') value = render(def.children);
    resolving.delete(index);
    cache.set(index, value);
    return value;
  };

  const render = (list: readonly SnippetNode[]): string =>
    list
      // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every SnippetNode type (TypeScript checks it).
      .map((node): string => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'tabstop': {
            const v = valueAt(node.index);
            return node.transform ? applyTransform(v, node.transform) : v;
          }
          case 'placeholder':
          case 'choice':
            return valueAt(node.index);
          case 'variable': {
            const known = options.variables?.[node.name];
            if (known === undefined) return node.children ? render(node.children) : node.name;
            if (known === '' && node.children) return render(node.children);
            return node.transform ? applyTransform(known, node.transform) : known;
          }
        }
      })
      .join('');

  return render(nodes);
}

/** Tab stop indexes in order of first appearance (for completion items and tests). */
export function tabStops(body: string): number[] {
  const seen: number[] = [];
  const walk = (nodes: readonly SnippetNode[]) => {
    for (const n of nodes) {
      if ((n.type === 'tabstop' || n.type === 'placeholder' || n.type === 'choice') && !seen.includes(n.index)) seen.push(n.index);
      if (n.type === 'placeholder') walk(n.children);
      if (n.type === 'variable' && n.children) walk(n.children);
    }
  };
  walk(parseSnippet(body));
  return seen;
}

/** Text made safe for a snippet body: `$`, `}` and `\` escaped. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** A choice option made safe: `,`, `|` and `\` escaped. */
export function escapeChoiceOption(text: string): string {
  return text.replace(/[\\,|]/g, (c) => '\\' + c);
}
