/** The templates as VS Code snippets (`snippets/markdown.json`, written by scripts/gen-snippets.ts). */
import { TEMPLATES } from './registry';
import type { Template } from './template';

/** `snippets/markdown.json` as VS Code reads it: name → {prefix, body lines, description}. Russian names and descriptions. */
export function vscodeSnippets(
  templates: readonly Template[] = TEMPLATES,
): Record<string, { prefix: string[]; body: string[]; description: string }> {
  const out: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  for (const t of templates) out[t.title.ru] = { prefix: t.prefix, body: t.body.split('\n'), description: t.description.ru };
  return out;
}
