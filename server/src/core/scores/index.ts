/**
 * `computeScores(model)`: every number Nastavnik shows (CLI, code lens, hover, preview). JSON
 * documented in docs/scores.md. Computed once per model and remembered.
 */
import type { Message } from '../diagnostic';
import type { DocumentModel, Table } from '../model';
import type { Profile } from '../domain/profiles';
import { BUILTIN_PROFILES } from '../domain/profiles';
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
    completeness: { document: pooledCompleteness(tables, new Map(roadmaps.map((t) => [t.index, tableName(t)]))), tables },
    targets: model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'other').flatMap(targetIndicators),
    questionnaires: model.tables
      .filter((t) => t.kind === 'questionnaire' || (t.kind === 'other' && isQuestionnaireShaped(t)))
      .map(scoreQuestionnaire),
  };
  memo.set(model, scores);
  return scores;
}

/** «таблица 2 («Дорожная карта»)»: how a gap names its table when a document has several. */
function tableName(table: Table): Message {
  const heading = table.section[table.section.length - 1]?.replace(/[*_]/g, '').trim();
  const short = heading && heading.length > 50 ? heading.slice(0, 49) + '…' : heading;
  const n = table.index + 1;
  return short ? { ru: `таблица ${n} («${short}»)`, en: `table ${n} (“${short}”)` } : { ru: `таблица ${n}`, en: `table ${n}` };
}

export type { Completeness, EfficiencyScore, QuestionnaireScore, TargetIndicator };
