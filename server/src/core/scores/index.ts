/**
 * `computeScores(model)`: every number Nastavnik shows (CLI, code lens, hover, preview). JSON
 * documented in docs/scores.md. Computed once per model and remembered.
 */
import type { DocumentModel } from '../model';
import type { Profile } from '../profiles';
import { BUILTIN_PROFILES } from '../profiles';
import { type Completeness, pooledCompleteness, tableCompleteness } from './completeness';
import { type EfficiencyScore, scoreEfficiency } from './efficiency';
import { isQuestionnaireShaped, type QuestionnaireScore, scoreQuestionnaire } from './questionnaire';
import { type TargetIndicator, targetIndicators } from './targets';

export interface Scores {
  efficiency: EfficiencyScore[];
  completeness: { document: Completeness | null; tables: Completeness[] };
  targets: TargetIndicator[];
  questionnaires: QuestionnaireScore[];
}

const memo = new WeakMap<DocumentModel, Scores>();

export function computeScores(model: DocumentModel, profiles: readonly Profile[] = BUILTIN_PROFILES): Scores {
  const hit = memo.get(model);
  if (hit) return hit;
  const roadmaps = model.tables.filter((t) => t.kind === 'roadmap');
  const tables = roadmaps.map((t) => tableCompleteness(t, profiles));
  const scores: Scores = {
    efficiency: model.tables.filter((t) => t.kind === 'scoring').map(scoreEfficiency),
    completeness: { document: pooledCompleteness(tables), tables },
    targets: model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'other').flatMap(targetIndicators),
    questionnaires: model.tables.filter((t) => t.kind === 'questionnaire' || isQuestionnaireShaped(t)).map(scoreQuestionnaire),
  };
  memo.set(model, scores);
  return scores;
}

export type { Completeness, EfficiencyScore, QuestionnaireScore, TargetIndicator };
