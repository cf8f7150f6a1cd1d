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

/**
 * Each part is computed the first time someone asks for it and remembered per model: the rules ask
 * for one part each (efficiency, targets, progress) on every keystroke, and completeness — the
 * dearest, over every activity row — is computed only when scores are shown (lens, preview, CLI).
 * Like the whole, the parts do not depend on the profiles list beyond the first call for a model.
 */
interface ScoreParts {
  efficiency?: EfficiencyScore[];
  completeness?: Scores['completeness'];
  targets?: TargetIndicator[];
  questionnaires?: QuestionnaireScore[];
  /** Per `today` ('' when none): progress is the one score that depends on the date. */
  progress: Map<string, ProgressScore | null>;
  whole: Map<string, Scores>;
}
const memo = new WeakMap<DocumentModel, ScoreParts>();

function partsOf(model: DocumentModel): ScoreParts {
  let parts = memo.get(model);
  if (!parts) {
    parts = { progress: new Map(), whole: new Map() };
    memo.set(model, parts);
  }
  return parts;
}

export function efficiencyScores(model: DocumentModel): EfficiencyScore[] {
  const parts = partsOf(model);
  parts.efficiency ??= model.tables.filter((t) => t.kind === 'scoring').map(scoreEfficiency);
  return parts.efficiency;
}

/** `reusesCells`: the model's unchanged rows keep their cells between keystrokes (a parse cache; see targets.ts). */
export function targetScores(model: DocumentModel, reusesCells = false): TargetIndicator[] {
  const parts = partsOf(model);
  parts.targets ??= model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'other').flatMap((t) => targetIndicators(t, reusesCells));
  return parts.targets;
}

export function questionnaireScores(model: DocumentModel): QuestionnaireScore[] {
  const parts = partsOf(model);
  parts.questionnaires ??= model.tables
    .filter((t) => t.kind === 'questionnaire' || (t.kind === 'other' && isQuestionnaireShaped(t)))
    .map(scoreQuestionnaire);
  return parts.questionnaires;
}

export function progressScore(model: DocumentModel, today?: IsoDate): ProgressScore | null {
  const byDay = partsOf(model).progress;
  const key = today ?? '';
  if (!byDay.has(key)) byDay.set(key, personalProgress(model, today));
  return byDay.get(key) ?? null;
}

function completenessScores(model: DocumentModel, profiles: readonly Profile[]): Scores['completeness'] {
  const parts = partsOf(model);
  if (!parts.completeness) {
    const roadmaps = model.tables.filter((t) => t.kind === 'roadmap');
    const tables = roadmaps.map((t) => tableCompleteness(t, profiles));
    parts.completeness = { document: pooledCompleteness(tables, new Map(roadmaps.map((t) => [t.index, tableName(t)]))), tables };
  }
  return parts.completeness;
}

export function computeScores(model: DocumentModel, profiles: readonly Profile[] = BUILTIN_PROFILES, options: ScoreOptions = {}): Scores {
  const whole = partsOf(model).whole;
  const key = options.today ?? '';
  let scores = whole.get(key);
  if (!scores) {
    scores = {
      efficiency: efficiencyScores(model),
      completeness: completenessScores(model, profiles),
      targets: targetScores(model),
      questionnaires: questionnaireScores(model),
      progress: progressScore(model, options.today),
    };
    whole.set(key, scores);
  }
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
