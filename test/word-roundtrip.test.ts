/**
 * Markdown → Word → Markdown: `exportDocx` (word/export.ts) then `importWord` (word/import.ts). A
 * methodist who exports a plan, edits nothing and imports it back must get the same plan: the same
 * tables, stages, activities, deadlines (as read), responsibles, results, the same document facts and
 * the same scores. Offsets differ (the text around the tables is written anew), so spans are left
 * out of the comparison and nothing else. And import → export → import changes nothing.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import type { DocumentModel } from '../server/src/core/model';
import { computeScores } from '../server/src/core/scores';
import { exportDocx } from '../server/src/word/export';
import { importWord } from '../server/src/word/import';

const EXAMPLES = join(__dirname, '..', 'examples');

/** A value with every `span` / `headerSpan` (source offsets) removed, at any depth. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'span' && key !== 'headerSpan')
      .map(([key, v]) => [key, withoutSpans(v)]),
  );
}

/** What the plan says, table by table and row by row, as the core reads it. */
function plan(model: DocumentModel): unknown {
  return withoutSpans({
    kind: model.meta.kind,
    profile: model.meta.profile,
    // The period as meant: the import writes it into the front matter in its own words («2023-2025»).
    period: model.meta.period && { kind: model.meta.period.kind, start: model.meta.period.start, end: model.meta.period.end },
    approved: model.meta.approved,
    title: model.meta.title,
    tables: model.tables.map((t) => ({
      kind: t.kind,
      columns: t.columns.map((c) => ({ header: c.header, role: c.role, points: c.points })),
      rows: t.rows.map((r) => ({
        number: r.number,
        section: r.isSection,
        columnNumbers: r.isColumnNumbers ?? false,
        stage: r.stage,
        activity: r.activity?.text,
        deadline: r.deadline && { text: r.deadline.cell.text, parsed: r.deadline.parsed },
        responsible: r.responsible && { text: r.responsible.cell.text, parts: r.responsible.parts },
        result: r.result?.text,
        cells: r.cells.map((c) => c.text),
      })),
    })),
  });
}

async function roundTrip(markdown: string): Promise<string> {
  const { docx } = await exportDocx(markdown);
  return (await importWord({ bytes: Buffer.from(docx), name: 'документ.docx' })).markdown;
}

interface Trip {
  file: string;
  source: string;
  once: string;
  twice: string;
}
const trips: Trip[] = [];

before(async () => {
  for (const file of readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const source = readFileSync(join(EXAMPLES, file), 'utf8');
    const once = await roundTrip(source);
    trips.push({ file, source, once, twice: await roundTrip(once) });
  }
});

describe('export → import', () => {
  test('every example comes back as the same plan: stages, activities, deadlines, responsibles, results', () => {
    assert.ok(trips.length >= 9);
    for (const t of trips) assert.deepEqual(plan(analyze(t.once).model), plan(analyze(t.source).model), t.file);
  });

  test('and with the same scores (efficiency, completeness, targets, questionnaires)', () => {
    for (const t of trips) {
      assert.deepEqual(withoutSpans(computeScores(analyze(t.once).model)), withoutSpans(computeScores(analyze(t.source).model)), t.file);
    }
  });

  test('the comparison sees a changed deadline (it would catch a lossy export)', () => {
    const t = trips.find((x) => x.file === 'clean-teachers-roadmap.md')!;
    const changed = t.once.replace('До 15.09.2025', 'До 16.09.2025');
    assert.notEqual(changed, t.once);
    assert.notDeepEqual(plan(analyze(changed).model), plan(analyze(t.source).model));
  });
});

describe('import → export → import', () => {
  test('is stable: the second import gives the same Markdown as the first', () => {
    for (const t of trips) assert.equal(t.twice, t.once, t.file);
  });
});
