/**
 * Writes snippets/markdown.json from the templates in server/src/core/editing/templates/, so the VS Code
 * snippets and the language server's completions never drift apart.
 * Run after changing templates, template data or profiles:  npx tsx scripts/gen-snippets.ts
 * (test/snippets.test.ts fails while the committed file is out of date).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeSnippets } from '../server/src/core/editing/templates';

export const SNIPPETS_FILE = join(__dirname, '..', 'snippets', 'markdown.json');

/** The file's exact text: two-space JSON and a final newline. */
export function snippetsFileText(): string {
  return JSON.stringify(vscodeSnippets(), null, 2) + '\n';
}

if (require.main === module) {
  writeFileSync(SNIPPETS_FILE, snippetsFileText());
  console.log(`wrote ${SNIPPETS_FILE}`);
}
