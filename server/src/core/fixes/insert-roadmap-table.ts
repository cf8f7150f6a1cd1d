/**
 * missing-roadmap-table → insert the roadmap table of the document's profile from the templates
 * (editing/templates/, the table the «дк-…» and «комплекс-мер» snippets write: every standard stage in
 * order, example activities, deadlines in the document's period, typical responsibles). It goes
 * right under the heading the diagnostic points at (the roadmap section, else the title), as its own
 * paragraph. The rows are examples to rewrite, so the fix is never safe for fix-all.
 */
import type { DiagnosticFixer } from './fix';
import { blockAfterLine, expandedTemplate, linesBetween } from './from-template';

const TEMPLATE_OF: Readonly<Record<string, string>> = {
  teachers: 'roadmap-teachers',
  pupils: 'roadmap-pupils',
  municipal: 'roadmap-municipal',
};

export const insertRoadmapTable: DiagnosticFixer = (ctx, diagnostic) => {
  const meta = ctx.analysis.model.meta;
  const reported = diagnostic.data?.profile;
  const profile = typeof reported === 'string' && TEMPLATE_OF[reported] ? reported : meta.kind === 'municipal' ? 'municipal' : 'teachers';
  const template = expandedTemplate(TEMPLATE_OF[profile]!, meta.period);
  if (template === undefined) return [];
  const table = linesBetween(
    template,
    (l) => l.startsWith('|'),
    (l) => !l.startsWith('|'),
  );
  if (!table || table.length < 3) return [];
  return [
    {
      id: 'insert-roadmap-table',
      title: {
        ru: 'Вставить таблицу дорожной карты по образцу (строки — пример, перепишите их)',
        en: 'Insert a roadmap table from the template (its rows are examples: rewrite them)',
      },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      // The line the span ends on (a span may end just after its line break, as a front matter's does).
      edits: [blockAfterLine(ctx.text, Math.max(diagnostic.span.start, diagnostic.span.end - 1), table.join('\n'))],
    },
  ];
};
