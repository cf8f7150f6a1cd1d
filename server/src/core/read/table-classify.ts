/** What a table is (roadmap, stages, scoring, forms, questionnaire, management, other), from its columns and context. */
import type { Profile } from '../domain/profiles';
import { guessProfile } from '../domain/stages';
import type { Column, DocumentMeta, Table, TableKind } from '../model';
import { readStage } from './cell-readings';
import { normalizeWords } from './text';

export function firstOf(table: Table, role: Column['role']): Column | undefined {
  return table.columns.find((c) => c.role === role);
}

export function stageCells(table: Table): string[] {
  const col = firstOf(table, 'stage');
  return col ? table.rows.map((r) => r.cells[col.index]!.text).filter((t) => t !== '') : [];
}

/** `raw`: where the walk found the table — the headings above it and the paragraph just before. */
export function classifyTable(
  table: Table,
  meta: DocumentMeta,
  raw: { readonly section: readonly string[]; readonly before: string },
  profiles: readonly Profile[],
): TableKind {
  const roles = new Set(table.columns.map((c) => c.role));
  const context = normalizeWords([...raw.section.slice(-1), raw.before].join(' '));
  const first = table.columns[0];
  // A questionnaire's «Оценка» column holds 1–10, not 0/1/2 points: under «Анкета» it is no scoring table.
  if (
    /анкет|опросн/.test(context) &&
    !roles.has('activity') &&
    !roles.has('criterion') &&
    !table.columns.some((c) => c.points !== undefined)
  )
    return 'questionnaire';
  if (roles.has('points') || (roles.has('criterion') && roles.has('indicator'))) return 'scoring';
  if (first && /^форм[аы]/.test(normalizeWords(first.header)) && !roles.has('activity')) return 'forms';
  if (/анкет|опросн/.test(context) && !roles.has('activity')) return 'questionnaire';
  // A regulation, an order, the target model: its tables are no plan to check (only their form is).
  if (meta.kind === 'other') return 'other';
  const roadmapShaped = roles.has('activity') || roles.has('stage');
  if (!roadmapShaped) return 'other';
  if (first?.role === 'responsible' || /структур[аы] управления/.test(context)) return 'management';
  // A pair's programme plans the pair's own work: its plan is read like a roadmap, without stages (docs/domain.md §17).
  if (meta.kind === 'personal') return 'personal';
  const roadmapContext = /дорожн(ая|ой) карт|план мероприятий|комплекс мер/.test(context);
  if (meta.kind === 'program' && !roadmapContext) {
    if (!roles.has('stage')) return 'other';
    const guess = guessProfile(
      stageCells(table),
      profiles.filter((p) => p.id !== 'municipal'),
      readStage,
    );
    const stageHeading = /этап/.test(normalizeWords(raw.section.slice(-1).join(' ')));
    return stageHeading || (guess && guess.score >= 0.7) ? 'stages' : 'other';
  }
  if (meta.kind === 'unknown' && !roadmapContext && !(roles.has('deadline') || roles.has('responsible'))) {
    // No deadlines or responsibles, but a stage column naming the standard stages: a roadmap without them.
    const guess = roles.has('stage')
      ? guessProfile(
          stageCells(table),
          profiles.filter((p) => p.id !== 'municipal'),
          readStage,
        )
      : undefined;
    return guess && guess.score >= 0.6 ? 'roadmap' : 'other';
  }
  return 'roadmap';
}
