/**
 * Templates of the standard documents, as data: full roadmaps per profile, each standard stage as a
 * table row, programme skeletons, efficiency / target / questionnaire / personalised-programme
 * tables. Bodies are written in LSP/VS Code snippet syntax (`snippet-syntax.ts`).
 *
 * One source for two consumers: `scripts/gen-snippets.ts` writes `snippets/markdown.json` from
 * `TEMPLATES` (a test checks the committed file is current), and the language server offers the same
 * templates as completions — expanded with `expandSnippet` for clients without snippet support.
 *
 * Built from `profiles.ts` (stage titles, order, results) and `rules/missing-section.ts` (programme
 * sections), so a template cannot drift from what the checker expects: test/snippets.test.ts expands
 * every template and runs `analyze` on it.
 *
 * One module per family (roadmaps.ts, programs.ts, stage-rows.ts, tables.ts), listed in registry.ts;
 * the pieces they share: tab-stops.ts (snippet syntax), roadmap-table.ts, front-matter.ts, profile-wording.ts.
 */
export { expandSnippet, parseSnippet, tabStops } from '../snippet-syntax';
export { TEMPLATES } from './registry';
export { vscodeSnippets } from './snippets';
export { type Template, TEMPLATE_YEAR } from './template';
