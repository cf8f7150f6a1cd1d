/**
 * .docx → PDF through LibreOffice, run headless (`nastavnik export --format pdf`). Where LibreOffice is
 * comes from `findSoffice` (soffice.ts, shared with the import: NASTAVNIK_SOFFICE, PATH, the usual
 * folders). Each run has its own temporary folder and user profile (-env:UserInstallation), so two
 * runs, or a LibreOffice the user has open, never fight over a profile lock; the folder is removed
 * whatever happens, and a run that hangs is killed with its process group.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
      '--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to', 'pdf:writer_pdf_Export', '--outdir', join(dir, 'out'), input,
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

interface RunResult { code: number | null; stderr: string; timedOut: boolean }

function runWithTimeout(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    // Its own process group: soffice starts soffice.bin as a child, and a hung run is ended whole.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    let timedOut = false;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < 8_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stderr: error.message, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}
