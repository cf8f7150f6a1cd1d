/**
 * Fails when a source line is longer than MAX_LINE characters. Biome wraps code at 140, but it cannot
 * split a long string, comment or regex; this check catches those. Length is counted in characters
 * (code points), not bytes, since messages are Cyrillic.  Run:  npx tsx scripts/line-length.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINE = 160;
const ROOT = join(__dirname, '..');
const FOLDERS = ['server/src', 'client/src', 'test', 'bench', 'scripts'];
const SKIPPED = new Set(['node_modules', 'test/fixtures']);
const CHECKED = /\.(ts|mjs)$/;

/** Source files under `folder` (relative to ROOT), skipping SKIPPED folders. */
function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory() && !SKIPPED.has(path) && !SKIPPED.has(entry.name)) files.push(...sourceFiles(path));
    else if (entry.isFile() && CHECKED.test(entry.name)) files.push(path);
  }
  return files;
}

const files = FOLDERS.flatMap(sourceFiles);
const tooLong: string[] = [];
for (const file of files) {
  const lines = readFileSync(join(ROOT, file), 'utf8').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const length = [...line].length;
    if (length > MAX_LINE) tooLong.push(`${file}:${index + 1} (${length} characters)`);
  }
}

if (tooLong.length > 0) {
  console.error(`${tooLong.length} lines longer than ${MAX_LINE} characters (split long strings with +, wrap comments):`);
  for (const place of tooLong) console.error(`  ${place}`);
  process.exit(1);
}
console.log(`line length OK: ${files.length} files checked, no line longer than ${MAX_LINE} characters`);
