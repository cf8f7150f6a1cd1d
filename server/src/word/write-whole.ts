/**
 * Writing a converted document: whole or not at all, and never over an existing file unless asked.
 * Shared by `nastavnik import / export` and the editor's Word commands (lsp/word-requests.ts).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Without `replace`, a new file only (fails with EEXIST if one is there, with no window between a
 * check and the write); with it, through a temporary file beside the target, renamed over it, so a
 * failed write never leaves half a document where a whole one was. Throws Node's error otherwise.
 */
export function writeWhole(target: string, data: string | Uint8Array, replace: boolean): void {
  if (!replace) {
    writeFileSync(target, data, { flag: 'wx' });
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}
