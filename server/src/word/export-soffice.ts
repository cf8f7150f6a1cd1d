/**
 * .docx → PDF through LibreOffice, run headless (`nastavnik export --format pdf`). Where LibreOffice is
 * comes from `findSoffice` (soffice.ts, shared with the import: NASTAVNIK_SOFFICE, PATH, the usual
 * folders). Each run has its own temporary folder and user profile (-env:UserInstallation), so two
 * runs, or a LibreOffice the user has open, never fight over a profile lock; the folder is removed
 * whatever happens, and a run that hangs is killed with its process group.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { runWithTimeout } from './soffice';

export { findSoffice } from './soffice';

/** A conversion takes 2–4 s here; a minute leaves room for a slow machine and a 500-row plan. */
export const PDF_TIMEOUT_MS = 60_000;

export type PdfConversion = { ok: true; pdf: Uint8Array } | { ok: false; reason: 'timeout' | 'failed'; detail: string };

export async function docxToPdf(docx: Uint8Array, soffice: string, timeoutMs = PDF_TIMEOUT_MS): Promise<PdfConversion> {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-export-'));
  try {
    // A plain name: LibreOffice names its output after the input, and a name starting with «-» reads as an option.
    const input = join(dir, 'document.docx');
    writeFileSync(input, docx);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--nologo',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      join(dir, 'out'),
      input,
    ];
    const run = await runWithTimeout(soffice, args, timeoutMs);
    if (run.timedOut) return { ok: false, reason: 'timeout', detail: run.stderr };
    const output = join(dir, 'out', 'document.pdf');
    if (!existsSync(output)) return { ok: false, reason: 'failed', detail: `exit ${run.code}; ${run.stderr.trim()}` };
    const pdf = readFileSync(output);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return { ok: false, reason: 'failed', detail: 'not a PDF' };
    return { ok: true, pdf: new Uint8Array(pdf) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
