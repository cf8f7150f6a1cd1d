/**
 * missing-section → add the section: its heading and the programme template's content for it
 * (editing/templates/, the same text the «программа-…» snippet writes), with the document's period years.
 * The section goes at its standard place: before the first heading of a section that comes later in
 * the standard order (rules/missing-section.ts), else at the end of the document; when the headings
 * around it are numbered («5. Формы наставничества»), the new one continues their numbering. The content is an
 * example to rewrite, not the school's own text — the fix is never safe for fix-all.
 */
import { normalizeWords } from '../read/text';
import { lineStartAt } from '../editing/table-text';
import { PROGRAM_SECTIONS } from '../rules/missing-section';
import type { Section } from '../model';
import type { DiagnosticFixer } from './fix';
import { blockAtEnd, blockBeforeLine, expandedTemplate, linesBetween } from './from-template';

export const addSection: DiagnosticFixer = (ctx, diagnostic) => {
  const model = ctx.analysis.model;
  const order = PROGRAM_SECTIONS.findIndex((s) => s.id === diagnostic.data?.section);
  const section = PROGRAM_SECTIONS[order];
  if (!section) return [];
  // Programme templates exist for the two school profiles; a programme of another profile gets the teachers' text.
  const profile = model.meta.profile === 'pupils' ? 'pupils' : 'teachers';
  const template = expandedTemplate(`program-${profile}`, model.meta.period);
  if (template === undefined) return [];
  // The template numbers its headings «## 3. Этапы реализации»; the content is what follows the heading.
  const numbered = `## ${order + 1}. ${section.ru}`;
  const lines = linesBetween(
    template,
    (l) => l.trim() === numbered,
    (l) => l.startsWith('## '),
  );
  if (!lines) return [];
  const content = lines.slice(1).join('\n').trim();

  const headings = model.sections.filter((s) => s.title !== model.meta.title);
  const later = headings.find((s) => standardIndex(s) > order);
  const depth = later?.depth ?? headings.find((s) => standardIndex(s) >= 0)?.depth ?? 2;
  const before = later
    ? headings.filter((s) => s.span.start < later.span.start && s.depth === depth).pop()
    : headings.filter((s) => s.depth === depth).pop();
  const block = `${'#'.repeat(depth)} ${numberAfter(before, later)}${section.ru}${content ? '\n\n' + content : ''}`;
  const edit = later ? blockBeforeLine(ctx.text, lineStartAt(ctx.text, later.span.start), block) : blockAtEnd(ctx.text, block);
  return [
    {
      id: 'add-section',
      title: {
        ru: `Добавить раздел «${section.ru}» по образцу (текст раздела — пример, перепишите его)`,
        en: `Add the section «${section.ru}» from the template (its text is an example: rewrite it)`,
      },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits: [edit],
    },
  ];
};

/**
 * «6. » when the neighbouring headings are numbered «5. …» (or the next one «7. …»): the new heading
 * continues their numbering; '' when they are not numbered, or not with plain numbers.
 */
function numberAfter(previous: Section | undefined, next: Section | undefined): string {
  const numbered = (s: Section | undefined) =>
    s?.number && /^\d+$/.test(s.number) && s.title.startsWith(`${s.number}.`) ? Number(s.number) : undefined;
  const n = numbered(previous);
  if (n !== undefined) return `${n + 1}. `;
  const m = numbered(next);
  return m !== undefined && m > 1 ? `${m - 1}. ` : '';
}

/** The place of a heading in the standard order of sections; -1 for a heading of no standard section. */
function standardIndex(section: Section): number {
  const words = normalizeWords(section.title);
  return PROGRAM_SECTIONS.findIndex((s) => s.pattern.test(words));
}
