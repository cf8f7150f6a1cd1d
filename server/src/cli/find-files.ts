/**
 * The files `check` and `scores` are given: paths, folders and globs, less what `.nastavnikignore`
 * leaves out, found by unified-engine's own finder with the settings `engine()` gave it before.
 *
 * Only the finder: the engine's file pipeline starts reading every file at once and keeps each file
 * until the last one is done (its queue, and a walk over all files for each file that reaches it), so
 * over 10,000 files it alone took 18 s and 720 MB before any analysis. The CLI reads and analyses the
 * files one by one itself (check-file.ts). The finder is not in the package's exports, so it is
 * imported by its path: `npm run typecheck` and the CLI tests fail if an update of unified-engine
 * moves or changes it.
 */
import type { VFile } from 'vfile';
import { finder } from '../../../node_modules/unified-engine/lib/finder.js';
import { Ignore } from '../../../node_modules/unified-engine/lib/ignore.js';

export const EXTENSIONS = ['.md', '.markdown'];
export const IGNORE_NAME = '.nastavnikignore';

/** A file found: its path relative to the working folder, and why it cannot be read, if it cannot. */
export interface FoundFile {
  path: string;
  /** The engine's message: not found, ignored though named; or a read error (check-files.ts). */
  unreadable?: string;
}

/**
 * The files under `inputs`, as the engine listed them: sorted by path, once each (a file named twice,
 * «plan.md» and «*.md», is listed once). A file that cannot be checked at all (not found, ignored yet
 * named) carries the engine's message.
 */
export async function findFiles(inputs: readonly string[], cwd: string): Promise<FoundFile[]> {
  return (await findVFiles(inputs, cwd)).map((f) =>
    // The engine neither read nor processed a file with a fatal message, and named it by its first message.
    f.messages.some((m) => m.fatal === true) ? { path: f.path, unreadable: f.messages[0]?.reason ?? '' } : { path: f.path },
  );
}

function findVFiles(inputs: readonly string[], cwd: string): Promise<VFile[]> {
  return new Promise((resolve, reject) => {
    finder(
      [...inputs],
      {
        cwd,
        extensions: EXTENSIONS,
        ignore: new Ignore({ cwd, detectIgnore: true, ignoreName: IGNORE_NAME, ignorePath: undefined, ignorePathResolveFrom: 'dir' }),
        ignorePatterns: [],
        silentlyIgnore: false,
      },
      (error, result) => {
        if (!result) reject(error ?? new Error('unified-engine: no files'));
        else {
          // The engine's order (its file-system step): by path, as compared by `<`.
          const sorted = result.files.sort((a, b) => (a.path < b.path ? -1 : 1));
          const seen = new Set<string>();
          resolve(sorted.filter((f) => !seen.has(f.path) && seen.add(f.path)));
        }
        return undefined;
      },
    );
  });
}
