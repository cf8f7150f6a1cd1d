/**
 * A profile as people write it («педагоги», «обучающиеся», «teachers», a workspace id) → its id.
 * Apart from frontmatter.ts so that config.ts (also bundled into the VS Code client) does not pull in
 * the YAML parser.
 */
import { normalizeWords } from './text';

export function profileFromValue(value: string): string | undefined {
  const v = normalizeWords(value);
  if (/^(teachers|педагог|учител|педагогическ)/.test(v)) return 'teachers';
  if (/^(pupils|обучающ|учени|учащ|школьник|студент)/.test(v)) return 'pupils';
  if (/^(municipal|муниципальн)/.test(v)) return 'municipal';
  // A workspace profile id is accepted as written; the caller checks that it exists.
  if (/^[a-z0-9-]+$/.test(v)) return v;
  return undefined;
}
