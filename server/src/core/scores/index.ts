/**
 * `computeScores(model)`: every number Nastavnik shows (CLI, code lens, hover, preview). JSON
 * documented in docs/scores.md. Computed once per model and remembered.
 */
import type { Message } from '../diagnostic';
import type { DocumentModel, Table } from '../model';
import type { Profile } from '../domain/profiles';
import { BUILTIN_PROFILES } from '../domain/profiles';
import type { IsoDate } from '../domain/dates';
import { type Completeness, pooledCompleteness, tableCompleteness } from './completeness';
import { type EfficiencyScore, scoreEfficiency } from './efficiency';
import { personalProgress, type ProgressScore } from './progress';
import { isQuestionnaireShaped, type QuestionnaireScore, scoreQuestionnaire } from './questionnaire';
import { type TargetIndicator, targetIndicators } from './targets';

export interface Scores {
  efficiency: EfficiencyScore[];
  completeness: { document: Completeness | null; tables: Completeness[] };
  targets: TargetIndicator[];
  questionnaires: QuestionnaireScore[];
  /** A personalised programme's progress from its marks (null for other documents); overdue only when `today` is given. */
  progress: ProgressScore | null;
}

export interface ScoreOptions {
  /** Today's date (the editor's, or the CLI's `--today`): rows past their deadline and not done are overdue. */
  today?: IsoDate;
}

/** Per model, per `today` ('' when none): progress is the one score that depends on the date. */
const memo = new WeakMap<DocumentModel, Map<string, Scores>>();

export function computeScores(model: DocumentModel, profiles: readonly Profile[] = BUILTIN_PROFILES, options: ScoreOptions = {}): Scores {
  let byDay = memo.get(model);
  const hit = byDay?.get(options.today ?? '');
  if (hit) return hit;
  const other = byDay?.values().next().value;
  if (other) {
    // Only progress depends on the date: the rest is shared.
    const scores = { ...other, progress: personalProgress(model, options.today) };
    byDay!.set(options.today ?? '', scores);
    return scores;
  }
  const roadmaps = model.tables.filter((t) => t.kind === 'roadmap');
  const tables = roadmaps.map((t) => tableCompleteness(t, profiles));
  const scores: Scores = {
    efficiency: model.tables.filter((t) => t.kind === 'scoring').map(scoreEfficiency),
    completeness: { document: pooledCompleteness(tables, new Map(roadmaps.map((t) => [t.index, tableName(t)]))), tables },
    targets: model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'other').flatMap(targetIndicators),
    questionnaires: model.tables
      .filter((t) => t.kind === 'questionnaire' || (t.kind === 'other' && isQuestionnaireShaped(t)))
      .map(scoreQuestionnaire),
    progress: personalProgress(model, options.today),
  };
  if (!byDay) {
    byDay = new Map();
    memo.set(model, byDay);
  }
  byDay.set(options.today ?? '', scores);
  return scores;
}

/** «таблица 2 («Дорожная карта»)»: how a gap names its table when a document has several. */
function tableName(table: Table): Message {
  const heading = table.section[table.section.length - 1]?.replace(/[*_]/g, '').trim();
  const short = heading && heading.length > 50 ? heading.slice(0, 49) + '…' : heading;
  const n = table.index + 1;
  return short ? { ru: `таблица ${n} («${short}»)`, en: `table ${n} (“${short}”)` } : { ru: `таблица ${n}`, en: `table ${n}` };
}

export type { Completeness, EfficiencyScore, ProgressScore, QuestionnaireScore, TargetIndicator };
