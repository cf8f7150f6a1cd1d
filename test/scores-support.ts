/**
 * Seed 002's efficiency table (examples/002-krasnomayskaya-program.md §6) filled with chosen marks,
 * and small documents around scoring tables, for the score tests.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';

export const SEED_002 = readFileSync('examples/002-krasnomayskaya-program.md', 'utf8');

export const POINTS_HEADER =
  '| Критерии | Показатели | Проявляется в полной мере, 2 балла | Частично проявляется, 1 балл | Не проявляется, 0 баллов |';

/** A mark in one of the three points columns (2, 1 or 0 points), none, or raw cell texts. */
export type Fill = 2 | 1 | 0 | null | { cells: [string, string, string] };

/** Lines of the seed's scoring table body (the nine indicator rows), with their line numbers. */
function tableRows(lines: string[]): number[] {
  const header = lines.findIndex((l) => l.startsWith(POINTS_HEADER));
  if (header < 0) throw new Error('seed 002 scoring table not found');
  const rows: number[] = [];
  for (let i = header + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(i);
  return rows;
}

function cellsFor(fill: Fill, mark: string): [string, string, string] {
  if (fill === null) return ['', '', ''];
  if (typeof fill === 'object') return fill.cells;
  return [fill === 2 ? mark : '', fill === 1 ? mark : '', fill === 0 ? mark : ''];
}

/**
 * Seed 002 with its scoring table filled: one Fill per indicator row (9). `extra` rows are added
 * after the last one as [criterion, indicator, fill].
 */
export function seed002With(fills: Fill[], options: { mark?: string; extra?: [string, string, Fill][]; levels?: string } = {}): string {
  const lines = SEED_002.split('\n');
  const rows = tableRows(lines);
  if (fills.length !== rows.length) throw new Error(`seed 002 has ${rows.length} indicators, ${fills.length} fills given`);
  rows.forEach((lineNo, i) => {
    const cells = lines[lineNo]!.split('|');
    // ['', criterion, indicator, p2, p1, p0, '']
    const marks = cellsFor(fills[i]!, options.mark ?? '✓');
    lines[lineNo] = [cells[0], cells[1], cells[2], ` ${marks[0]} `, ` ${marks[1]} `, ` ${marks[2]} `, ''].join('|');
  });
  const last = rows[rows.length - 1]!;
  const added = (options.extra ?? []).map(([criterion, indicator, fill]) => {
    const marks = cellsFor(fill, options.mark ?? '✓');
    return `| ${criterion} | ${indicator} | ${marks[0]} | ${marks[1]} | ${marks[2]} |`;
  });
  lines.splice(last + 1, 0, ...added);
  let text = lines.join('\n');
  if (options.levels !== undefined) {
    text = text.replace(
      '15–18 баллов – оптимальный уровень;\n\n9–14 баллов – допустимый уровень;\n\n0–8 баллов – недопустимый уровень.',
      options.levels,
    );
  }
  return text;
}

/** Analysis and the first efficiency score of a text. */
export function efficiencyOf(text: string) {
  const analysis = analyze(text);
  const scores = computeScores(analysis.model);
  const e = scores.efficiency[0];
  if (!e) throw new Error('no efficiency table recognised');
  return { analysis, scores, e, codes: analysis.diagnostics.map((d) => d.code) };
}

export const PROGRAM_FRONT = `---
вид: программа
профиль: педагоги
период: 2025-2026 учебный год
---
# Программа наставничества педагогических работников МБОУ «Средняя школа № 1»
`;

/** A small programme with one scoring table under «Критерии эффективности» and the given text after it. */
export function programWithTable(table: string, after = ''): string {
  return `${PROGRAM_FRONT}\n## Критерии эффективности работы наставника\n\n${table}\n${after ? `\n${after}\n` : ''}`;
}
