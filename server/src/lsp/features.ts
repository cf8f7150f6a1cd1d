/** Hover, outline, folding, completion and code lens over the model: LSP shapes, core data. */
import {
  type CodeLens,
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { completionsAt, type CompletionOptions } from '../core/editing/completion';
import { formatInterval } from '../core/domain/deadline';
import type { Locale } from '../core/diagnostic';
import { lenses } from '../core/editing/lens';
import type { Cell, Span, Table } from '../core/model';
import type { Profile } from '../core/domain/profiles';
import { ROLES } from '../core/domain/responsible';
import { computeScores, type EfficiencyScore } from '../core/scores';
import { progressMarkdown } from '../core/scores/progress-text';
import { templateCompletionsAt, templateLabel } from '../core/editing/template-completion';
import { expandSnippet } from '../core/editing/templates';
import { toCodeLens, toCompletionItem, toRange } from './convert';

const inside = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

export function hover(
  document: TextDocument,
  analysis: Analysis,
  profiles: readonly Profile[],
  offset: number,
  locale: Locale,
  today?: string,
): Hover | null {
  for (const table of analysis.model.tables) {
    if (!inside(table.span, offset)) continue;
    for (const row of table.rows) {
      if (!inside(row.span, offset)) continue;
      const cellAt = (cell: Cell | undefined) => cell !== undefined && inside(cell.span, offset);
      if (row.deadline && cellAt(row.deadline.cell)) {
        const p = row.deadline.parsed;
        const lines = p.intervals.map(
          (i) => `- ${formatInterval(i, locale)}${i.vague ? (locale === 'ru' ? ' (нечётко)' : ' (vague)') : ''}`,
        );
        const head = locale === 'ru' ? '**Срок прочитан как:**' : '**Deadline read as:**';
        const none = locale === 'ru' ? '_не удалось прочитать срок_' : '_could not read the deadline_';
        return md(document, row.deadline.cell.span, [head, ...(lines.length ? lines : [none])].join('\n'));
      }
      if (row.responsible && cellAt(row.responsible.cell)) {
        const lines = row.responsible.parts.map((part) => {
          const role = part.role ? ROLES.find((r) => r.key === part.role) : undefined;
          const what = [
            role ? (locale === 'ru' ? `должность: ${role.ru}` : `role: ${role.en}`) : '',
            part.person
              ? locale === 'ru'
                ? `сотрудник: ${part.person.surname} ${part.person.initials}`
                : `person: ${part.person.surname} ${part.person.initials}`
              : '',
          ]
            .filter(Boolean)
            .join(', ');
          return `- ${part.text} — ${what || (locale === 'ru' ? 'не распознан' : 'not recognised')}`;
        });
        return md(document, row.responsible.cell.span, lines.join('\n'));
      }
      const stageCol = table.columns.find((c) => c.role === 'stage');
      const stageCell = stageCol ? row.cells[stageCol.index] : undefined;
      if (stageCell && cellAt(stageCell) && row.stage?.match) {
        const profile = profiles.find((p) => p.id === table.profile);
        const def = profile?.stages.find((s) => s.id === row.stage!.match!.stageId);
        if (profile && def) {
          const title = locale === 'ru' ? def.title : def.titleEn;
          const text =
            locale === 'ru'
              ? `**Этап: ${title}** (${def.mandatory ? 'обязательный' : 'рекомендуемый'}, профиль «${profile.title}»)\n\n${def.expects}\n\n_Типичный ` +
                `результат:_ ${def.typicalResult}`
              : `**Stage: ${title}** (${def.mandatory ? 'mandatory' : 'recommended'}, profile «${profile.titleEn}»)\n\n${def.expects}\n\n_Typical ` +
                `result:_ ${def.typicalResult}`;
          return md(document, stageCell.span, text);
        }
      }
    }
    if (table.kind === 'scoring') {
      const score = computeScores(analysis.model, profiles).efficiency.find((e) => e.table === table.index);
      if (score) return md(document, table.span, scoringBreakdown(score, locale));
    }
    if (table.kind === 'personal' && inside(table.headerSpan, offset)) {
      // Over the plan's header: the pair's progress, per section (docs/scores.md §4а).
      const progress = computeScores(analysis.model, profiles, { today }).progress;
      if (progress?.tables.includes(table.index)) return md(document, table.headerSpan, progressMarkdown(progress, locale));
    }
  }
  return null;
}

/** A scoring table's breakdown: total and level, points per criterion, the levels used. */
function scoringBreakdown(e: EfficiencyScore, locale: Locale): string {
  const ru = locale === 'ru';
  const level = e.level ? e.level.name : ru ? 'уровень не определён' : 'no level';
  const lines = [
    ru
      ? `**Показатели эффективности: ${e.total} из ${e.max} (${e.percent} %) — ${level}**`
      : `**Efficiency: ${e.total} of ${e.max} (${e.percent} %) — ${level}**`,
  ];
  if (e.partial)
    lines.push(
      '',
      ru
        ? `Оценено ${e.scored} из ${e.indicators.length} показателей: поставьте отметку в каждой строке.`
        : `${e.scored} of ${e.indicators.length} indicators scored: mark every row.`,
    );
  lines.push('');
  for (const c of e.criteria) lines.push(`- ${c.name || '—'}: ${c.points} ${ru ? 'из' : 'of'} ${c.max}`);
  lines.push(
    '',
    ru
      ? e.levelsSource === 'document'
        ? '_Уровни (из документа):_'
        : '_Уровни (по умолчанию, из рекомендаций 2021 г.):_'
      : e.levelsSource === 'document'
        ? '_Levels (from the document):_'
        : '_Levels (default, 2021 recommendations):_',
  );
  for (const l of e.levels) lines.push(`- ${l.from}–${l.to}: ${l.name}`);
  return lines.join('\n');
}

/** Completion in context (core/editing/completion.ts); null where nothing fits. */
export function completion(
  document: TextDocument,
  analysis: Analysis,
  options: CompletionOptions,
  offset: number,
  locale: Locale,
): CompletionList | null {
  const result = completionsAt(document.getText(), analysis.model, offset, options);
  if (!result || result.items.length === 0) return null;
  return { isIncomplete: false, items: result.items.map((c) => toCompletionItem(document, result.replace, c, locale)) };
}

/** Totals above scoring tables, completeness above roadmap tables (core/editing/lens.ts). */
export function codeLenses(
  document: TextDocument,
  analysis: Analysis,
  profiles: readonly Profile[],
  locale: Locale,
  today?: string,
): CodeLens[] {
  return lenses(analysis.model, computeScores(analysis.model, profiles, { today })).map((l) => toCodeLens(document, l, locale));
}

function md(document: TextDocument, span: Span, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, span) };
}

const TABLE_NAMES: Record<Table['kind'], { ru: string; en: string }> = {
  roadmap: { ru: 'Дорожная карта', en: 'Roadmap' },
  personal: { ru: 'План пары', en: 'Pair plan' },
  stages: { ru: 'Этапы', en: 'Stages' },
  scoring: { ru: 'Показатели эффективности', en: 'Efficiency indicators' },
  management: { ru: 'Структура управления', en: 'Management' },
  forms: { ru: 'Формы наставничества', en: 'Forms' },
  questionnaire: { ru: 'Анкета', en: 'Questionnaire' },
  other: { ru: 'Таблица', en: 'Table' },
};

/** Outline: sections → tables → stages → activities. */
export function documentSymbols(document: TextDocument, analysis: Analysis, locale: Locale): DocumentSymbol[] {
  const { sections, tables } = analysis.model;
  const text = document.getText();
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol; end: number }[] = [];
  const sectionEnds = sections.map((s, i) => {
    const next = sections.slice(i + 1).find((n) => n.depth <= s.depth);
    return next ? next.span.start : text.length;
  });
  const place = (symbol: DocumentSymbol, start: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.symbol.children ??= [];
      parent.symbol.children.push(symbol);
    } else roots.push(symbol);
  };
  const events = [
    ...sections.map((s, i) => ({ at: s.span.start, kind: 'section' as const, i })),
    ...tables.map((t, i) => ({ at: t.span.start, kind: 'table' as const, i })),
  ].sort((a, b) => a.at - b.at);
  for (const e of events) {
    if (e.kind === 'section') {
      const s = sections[e.i]!;
      const span = { start: s.span.start, end: Math.max(s.span.end, trimEnd(text, sectionEnds[e.i]!)) };
      const symbol: DocumentSymbol = {
        name: s.title || '—',
        kind: SymbolKind.Namespace,
        range: toRange(document, span),
        selectionRange: toRange(document, s.span),
        children: [],
      };
      while (stack.length && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
      place(symbol, span.start);
      stack.push({ depth: s.depth, symbol, end: span.end });
    } else {
      place(tableSymbol(document, tables[e.i]!, locale), tables[e.i]!.span.start);
    }
  }
  return roots;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function tableSymbol(document: TextDocument, table: Table, locale: Locale): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  let stage: DocumentSymbol | undefined;
  for (const row of table.rows) {
    if (row.stage && !row.stage.continued) {
      stage = {
        name: row.stage.text.split('\n')[0]!.slice(0, 120),
        kind: SymbolKind.Module,
        range: toRange(document, row.span),
        selectionRange: toRange(document, row.span),
        children: [],
      };
      children.push(stage);
    } else if (stage) {
      stage.range = { start: stage.range.start, end: toRange(document, row.span).end };
    }
    if (row.isSection || !row.activity || row.activity.text === '') continue;
    const name = [row.number, row.activity.parts[0]?.text ?? row.activity.text].filter(Boolean).join(' ').slice(0, 120);
    const activity: DocumentSymbol = {
      name,
      kind: SymbolKind.Event,
      range: toRange(document, row.span),
      selectionRange: toRange(document, row.activity.span.end > row.activity.span.start ? row.activity.span : row.span),
    };
    (stage?.children ?? children).push(activity);
  }
  return {
    name: TABLE_NAMES[table.kind][locale],
    detail: table.profile,
    kind: SymbolKind.Struct,
    range: toRange(document, table.span),
    selectionRange: toRange(document, table.headerSpan),
    children,
  };
}

export function foldingRanges(document: TextDocument, analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const t of analysis.model.tables) {
    const start = document.positionAt(t.span.start).line;
    const end = document.positionAt(t.span.end).line;
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  const { sections } = analysis.model;
  const lines = document.lineCount;
  sections.forEach((s, i) => {
    const next = sections.slice(i + 1).find((n) => n.depth <= s.depth);
    const start = document.positionAt(s.span.start).line;
    const end = next ? document.positionAt(next.span.start).line - 1 : lines - 1;
    if (end > start) out.push({ startLine: start, endLine: end });
  });
  return out;
}

/** Lines of a template shown in its documentation. */
const PREVIEW_LINES = 24;

/**
 * Template items for clients without VS Code's contributed snippets: snippet syntax where the client
 * supports it, otherwise the template with its defaults filled in. The documentation previews the
 * inserted text either way.
 */
export function templateCompletion(
  document: TextDocument,
  analysis: Analysis,
  offset: number,
  snippetSupport: boolean,
  locale: Locale,
): { items: CompletionItem[]; typed: string } {
  const found = templateCompletionsAt(document.getText(), analysis.model, offset);
  if (!found) return { items: [], typed: '' };
  const range = toRange(document, found.replace);
  const items = found.templates.map((t, i): CompletionItem => {
    const plain = expandSnippet(t.body);
    const lines = plain.split('\n');
    const more =
      lines.length > PREVIEW_LINES
        ? `\n\n${locale === 'ru' ? `…и ещё строк: ${lines.length - PREVIEW_LINES}` : `…and ${lines.length - PREVIEW_LINES} more lines`}`
        : '';
    const label = templateLabel(t, found.typed, locale);
    return {
      label,
      kind: CompletionItemKind.Snippet,
      detail: t.title[locale],
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${t.description[locale]}\n\n\`\`\`\`markdown\n${lines.slice(0, PREVIEW_LINES).join('\n')}\n\`\`\`\`${more}`,
      },
      filterText: [label, ...t.prefix.filter((p) => p !== label)].join(' '),
      sortText: `~${String(i).padStart(3, '0')}`, // after the column completions, in the order given
      insertTextFormat: snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippetSupport ? t.body : plain },
    };
  });
  return { items, typed: found.typed };
}
