/**
 * The terminal report of `nastavnik check`, written for a methodologist rather than a compiler user:
 * «строка 23», not «23:254-23:260»; one word per severity; a summary whose counts add up; paths
 * relative to the current folder (absolute when that would climb with «../»); messages shortened
 * at a word to the terminal's width (the full text is in JSON, SARIF and with --verbose); and a
 * plain «не проверен: …» for a file that was found but not checked.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Locale, Severity } from '../core/diagnostic';
import type { FileReport } from './file-report';
import { type UncheckedFile, uncheckedMessage } from './unchecked';
import { count, NOUN, SEVERITY_NOUN, SEVERITY_WORD } from './words';

export type ReportEntry = { checked: FileReport } | { unchecked: UncheckedFile };

export interface TextReportOptions {
  locale: Locale;
  color: boolean;
  /** Full messages whatever the width. */
  verbose: boolean;
  /** Leave out the files with nothing to say («замечаний нет»); unchecked files are still named. */
  quiet?: boolean;
  /** Terminal columns; undefined (a pipe, a file) leaves messages whole. */
  width?: number;
  cwd?: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];
const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[34m', hint: '\x1b[34m' };
/** Narrower than this, a shortened message says too little: it is left whole and the terminal wraps it. */
const MIN_MESSAGE = 24;

/** A path as the user can use it from here: relative below the current folder, absolute elsewhere. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (rel === '') return absolute;
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split('\\').join('/');
}

/** `text` cut to `width` characters at a word boundary, with «…»; unchanged when it fits. */
export function shorten(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const head = chars.slice(0, Math.max(1, width - 1)).join('');
  const space = head.lastIndexOf(' ');
  // A word boundary in the last third keeps the cut readable; otherwise cut the long word itself.
  const cut = space > head.length * 0.66 ? head.slice(0, space) : head;
  return cut.replace(/[\s,.;:—–-]+$/u, '') + '…';
}

export function textReport(entries: readonly ReportEntry[], options: TextReportOptions): string {
  return [...textLines(entries, options)].join('\n');
}

/** The report's lines, a file at a time (the totals last); joined with line breaks they are `textReport`. */
export function* textLines(entries: Iterable<ReportEntry>, options: TextReportOptions): Generator<string> {
  const { locale } = options;
  const ru = locale === 'ru';
  const paint = (code: string, text: string, reset = '\x1b[39m') => (options.color ? `${code}${text}${reset}` : text);
  const severityWidth = Math.max(...SEVERITIES.map((s) => SEVERITY_WORD[s][locale].length));
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const entry of entries) {
    if ('unchecked' in entry) {
      yield `${paint('\x1b[4m', displayPath(entry.unchecked.path, options.cwd), '\x1b[24m')}: ${uncheckedMessage(entry.unchecked.reason, locale)}`;
      continue;
    }
    const file = entry.checked;
    const path = paint('\x1b[4m', displayPath(file.path, options.cwd), '\x1b[24m');
    if (file.diagnostics.length === 0) {
      if (!options.quiet) yield `${path}: ${ru ? 'замечаний нет' : 'no problems found'}`;
      continue;
    }
    yield path;
    const lines = file.diagnostics.map((d) => d.range.start.line + 1);
    const placeWidth = Math.max(...lines.map((l) => String(l).length));
    for (const [i, d] of file.diagnostics.entries()) {
      totals[d.severity]++;
      const place = `${ru ? 'строка' : 'line'} ${String(lines[i]).padEnd(placeWidth)}`;
      const word = SEVERITY_WORD[d.severity][locale].padEnd(severityWidth);
      const prefix = `  ${place}  ${word}  `;
      const suffix = `  ${d.code}`;
      let message = d.message[locale].replace(/\s+/g, ' ').trim();
      if (!options.verbose && options.width !== undefined) {
        const room = options.width - prefix.length - suffix.length;
        if (room >= MIN_MESSAGE) message = shorten(message, room);
      }
      yield `  ${place}  ${paint(COLOR[d.severity], word)}  ${message}${paint('\x1b[2m', suffix, '\x1b[22m')}`;
    }
  }
  const total = SEVERITIES.reduce((n, s) => n + totals[s], 0);
  if (total > 0) {
    const parts = SEVERITIES.filter((s) => totals[s] > 0).map((s) => count(totals[s], SEVERITY_NOUN[s], locale));
    yield '';
    yield `${count(total, NOUN.remark, locale)}: ${parts.join(', ')}`;
  }
}
