/**
 * Why an import stopped, with the exit code the CLI returns for it. Every reason has its own code so
 * that a script (or a test) can tell «this file is damaged» from «LibreOffice is missing»; the codes
 * are listed in docs/word.md and must not change.
 */
import type { Message } from '../core/diagnostic';

export const IMPORT_EXIT = {
  /** Imported (warnings, if any, on stderr). */
  ok: 0,
  /** Wrong arguments, file not found, a format Nastavnik does not import, LibreOffice missing. */
  usage: 2,
  /** The .md already exists and --force was not given. */
  outputExists: 3,
  /** The file is over MAX_INPUT_BYTES. */
  tooLarge: 4,
  /** Not a Word document or a damaged one: not a zip, a truncated zip, a zip with no Word text in it. */
  damaged: 5,
  /** The Word text inside is broken XML. */
  brokenXml: 6,
  /** Protected with a password (encrypted). */
  encrypted: 7,
  /** Unpacks to far more than a document can hold (a «zip bomb»). */
  zipBomb: 8,
  /** LibreOffice could not convert the .doc/.odt/.rtf, or took longer than the time limit. */
  conversionFailed: 9,
  /** The .md could not be written (no such folder, no permission). */
  writeFailed: 10,
  /** A fault in Nastavnik itself while reading the file (a bug: the message asks to report it). */
  internal: 11,
} as const;

export type ImportFailure = Exclude<keyof typeof IMPORT_EXIT, 'ok'>;

/** An import that cannot go on: a reason, its exit code and a message in both languages that says what to do. */
export class WordImportError extends Error {
  readonly exitCode: number;
  constructor(
    readonly reason: ImportFailure,
    readonly text: Message,
    /** The technical cause (a library's own words), for --format json and bug reports; never shown alone. */
    readonly detail?: string,
  ) {
    super(text.en);
    this.name = 'WordImportError';
    this.exitCode = IMPORT_EXIT[reason];
  }
}
