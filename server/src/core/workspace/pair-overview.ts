/**
 * The per-pair view of a school's folder (docs/domain.md §18 «Наставнические пары»): each pair of the
 * folder's list of pairs with its персонализированная программа (ППН), the programme's progress and
 * overdue items (core/scores/progress.ts, the numbers `computeScores` gives), and each school's totals.
 * The department report and «Наставник: Сводка» render it (render/pairs.ts).
 *
 * Pairs are matched to programmes as the folder checks match them (folder-checks.ts): a programme of
 * no listed pair is shown after the listed ones, marked unlisted; a folder without a list of pairs
 * shows its programmes alone.
 *
 * Pure, never throws on a document: a document that fails to read is left out.
 */
import type { IsoDate } from '../domain/dates';
import { shortName } from '../domain/person-names';
import type { Span } from '../model';
import { type ProgressCounts, personalProgress } from '../scores/progress';
import { anchorsFolder, type FolderDocument, indexPairs, type Listed, pairsOf, readPairFacts, readPairList } from './folder-checks';
import { isPersonalProgram } from './pair-facts';
import { folderOf, schoolFolders } from './school-folders';

export interface PairProgramme {
  uri: string;
  /** Null: the programme has no plan table with a mark column. */
  progress: ProgressCounts | null;
}

export interface PairView {
  /** «Иванова А.А.», «Петров П.С.». */
  mentor: string;
  mentee: string;
  form?: string;
  /** Where the pair is listed (absent: a programme of no listed pair). */
  listed?: { uri: string; span: Span };
  /** The pair's programmes: none, one, or several (a duplicate the folder checks report). */
  programmes: PairProgramme[];
}

export interface SchoolTotals {
  /** Listed pairs (and unlisted programmes, each a pair of its own). */
  pairs: number;
  /** Of them, with at least one programme. */
  withProgramme: number;
  /** Plan items over the pairs' first programmes: done, all, overdue. */
  done: number;
  total: number;
  overdue: number;
  /** Done out of all, 0–100, rounded; null without plan items. */
  percent: number | null;
}

export interface SchoolPairs {
  /** The school's folder (the folder part of its documents' URIs). */
  folder: string;
  /** The organisation named by its plan or its pair list (front matter `организация`), when any. */
  organisation?: string;
  pairs: PairView[];
  totals: SchoolTotals;
}

function programmeOf(doc: FolderDocument, today: IsoDate | undefined): PairProgramme {
  const p = personalProgress(doc.model, today);
  return { uri: doc.uri, progress: p ? p.total : null };
}

function totalsOf(pairs: readonly PairView[]): SchoolTotals {
  const t: SchoolTotals = { pairs: pairs.length, withProgramme: 0, done: 0, total: 0, overdue: 0, percent: null };
  for (const pair of pairs) {
    if (pair.programmes.length === 0) continue;
    t.withProgramme++;
    const c = pair.programmes[0]!.progress;
    if (!c) continue;
    t.done += c.done;
    t.total += c.total;
    t.overdue += c.overdue;
  }
  t.percent = t.total ? Math.round((t.done * 100) / t.total) : null;
  return t;
}

function schoolOf(folder: string, docs: readonly FolderDocument[], today: IsoDate | undefined): SchoolPairs | undefined {
  const listed: Listed[] = [];
  const programmes: FolderDocument[] = [];
  for (const doc of docs) {
    try {
      if (!doc.model.looksRelevant) continue;
      if (isPersonalProgram(doc.model)) programmes.push(doc);
      else for (const pair of readPairList(doc.model)) listed.push({ doc, pair });
    } catch {
      // A document that cannot be read is left out of the view; the folder checks report the failure.
    }
  }
  if (listed.length === 0 && programmes.length === 0) return undefined;
  const index = indexPairs(listed);
  const found = new Map<Listed, FolderDocument[]>(listed.map((l) => [l, []]));
  const unlisted: PairView[] = [];
  for (const doc of programmes) {
    const facts = readPairFacts(doc.model, doc.text);
    const pairs = pairsOf(facts, listed, index);
    for (const l of pairs) if (!found.get(l)!.includes(doc)) found.get(l)!.push(doc);
    if (pairs.length === 0) {
      unlisted.push({
        mentor: facts.mentor ? shortName(facts.mentor) : '—',
        mentee: facts.mentee ? shortName(facts.mentee) : '—',
        ...(facts.form ? { form: facts.form } : {}),
        programmes: [programmeOf(doc, today)],
      });
    }
  }
  const pairs: PairView[] = [
    ...listed.map((l) => ({
      mentor: shortName(l.pair.mentor),
      mentee: shortName(l.pair.mentee),
      ...(l.pair.form ? { form: l.pair.form } : {}),
      listed: { uri: l.doc.uri, span: l.pair.span },
      programmes: found.get(l)!.map((d) => programmeOf(d, today)),
    })),
    ...unlisted,
  ];
  // Named by its plan (an order spells the school out in full); a folder of several schools' plans (a
  // department's) by its folder, not by one of them.
  const named = (plans: boolean) =>
    new Set(
      docs
        .filter((d) => anchorsFolder(d.model) && d.model.meta.organization)
        .filter((d) => !plans || d.model.meta.kind === 'roadmap' || d.model.meta.kind === 'program')
        .map((d) => d.model.meta.organization),
    );
  const organisations = named(true).size > 0 ? named(true) : named(false);
  const organisation = organisations.size === 1 ? [...organisations][0] : undefined;
  return { folder, ...(organisation ? { organisation } : {}), pairs, totals: totalsOf(pairs) };
}

/**
 * The pairs of every school folder among the documents (grouped as the folder checks group them), in
 * the order of the folders; folders with neither a list of pairs nor a programme are left out.
 * `today`: overdue items are counted against it (none without it).
 */
export function pairOverview(docs: readonly FolderDocument[], today?: IsoDate): SchoolPairs[] {
  const out: SchoolPairs[] = [];
  const groups = schoolFolders(docs, (d) => {
    try {
      return anchorsFolder(d.model);
    } catch {
      return false;
    }
  });
  for (const [folder, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const school = schoolOf(folder, group, today);
    if (school) out.push(school);
  }
  return out;
}

/** The school folder of one document (a pair list or a ППН) among the documents, for the dashboard. */
export function pairOverviewOf(uri: string, docs: readonly FolderDocument[], today?: IsoDate): SchoolPairs | undefined {
  const schools = pairOverview(docs, today);
  return (
    schools.find((s) => s.pairs.some((p) => p.listed?.uri === uri || p.programmes.some((g) => g.uri === uri))) ??
    schools.find((s) => s.folder === folderOf(uri))
  );
}
