/**
 * LibreOffice, run headless, as a converter: .doc/.odt/.rtf → .docx on import, HTML → .docx/.doc
 * when fixtures are made. Each run gets its own temporary folder and its own user profile
 * (-env:UserInstallation): two runs at once, or a LibreOffice the user has open, never share a
 * profile lock. The folder is removed afterwards whatever happens, and a run that hangs is killed
 * with its whole process group when the time limit passes.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WordImportError } from './import-error';

/** Measured here: 2–4 s a file; a minute leaves room for a slow machine and a big document. */
export const SOFFICE_TIMEOUT_MS = 60_000;

/** Filters by target: the names LibreOffice's --convert-to takes. */
export const SOFFICE_FILTERS = {
  docx: 'docx:MS Word 2007 XML',
  doc: 'doc:MS Word 97',
  odt: 'odt:writer8',
  txt: 'txt:Text (encoded):UTF8',
} as const;

export type SofficeTarget = keyof typeof SOFFICE_FILTERS;

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where LibreOffice is: NASTAVNIK_SOFFICE when set (also how tests pretend it is missing), else
 * `soffice` or `libreoffice` on PATH, else the usual install folders. Undefined when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const forced = env.NASTAVNIK_SOFFICE;
  if (forced !== undefined) return forced !== '' && executable(forced) ? forced : undefined;
  const exe = process.platform === 'win32' ? '.exe' : '';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice']) {
      const p = join(dir, name + exe);
      if (executable(p)) return p;
    }
  }
  return CANDIDATES.find(executable);
}

export interface SofficeOptions {
  /** The soffice to run; found with findSoffice() when not given. */
  soffice?: string;
  timeoutMs?: number;
}

/**
 * Converts one file with LibreOffice and returns the bytes of the result. The input is copied into
 * the temporary folder under a plain name first: LibreOffice names its output after the input, and a
 * name starting with «-» would be read as an option.
 */
export async function sofficeConvert(input: string, target: SofficeTarget, options: SofficeOptions = {}): Promise<Buffer> {
  const soffice = options.soffice ?? findSoffice();
  if (!soffice) throw sofficeMissing(input);
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-soffice-'));
  } catch (error) {
    throw new WordImportError(
      'conversionFailed',
      {
        ru:
          `Не удалось создать временную папку для LibreOffice в «${tmpdir()}»: проверьте, что она существует ` +
          'и в неё можно писать (или задайте другую переменной TMPDIR), либо сохраните файл в Word как .docx.',
        en:
          `Could not create a temporary folder for LibreOffice in «${tmpdir()}»: check that it ` +
          'exists and is writable (or set TMPDIR to another), or save the file in Word as .docx.',
      },
      error instanceof Error ? error.message : String(error),
    );
  }
  try {
    const source = join(dir, `source${extname(input).toLowerCase() || '.bin'}`);
    copyFileSync(input, source);
    const outDir = join(dir, 'out');
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--nologo',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to',
      SOFFICE_FILTERS[target],
      '--outdir',
      outDir,
      source,
    ];
    const run = await runWithTimeout(soffice, args, options.timeoutMs ?? SOFFICE_TIMEOUT_MS);
    const output = join(outDir, `source.${target}`);
    if (run.timedOut) {
      throw new WordImportError(
        'conversionFailed',
        {
          ru:
            `LibreOffice не успел преобразовать «${input}» за ${Math.round((options.timeoutMs ?? SOFFICE_TIMEOUT_MS) / 1000)} ` +
            'с и был остановлен. Откройте файл в Word или LibreOffice и сохраните его как .docx, затем повторите импорт.',
          en:
            `LibreOffice did not convert «${input}» within ${Math.round((options.timeoutMs ?? SOFFICE_TIMEOUT_MS) / 1000)} ` +
            's and was stopped. Open the file in Word or LibreOffice, save it as .docx and import that.',
        },
        run.stderr,
      );
    }
    if (!existsSync(output)) {
      throw new WordImportError(
        'conversionFailed',
        {
          ru:
            `LibreOffice не смог открыть «${input}»: файл повреждён или защищён паролем. Откройте его в Word, ` +
            'снимите пароль (Файл → Сведения → Защита документа) и сохраните как .docx, затем повторите импорт.',
          en:
            `LibreOffice could not open «${input}»: the file is damaged or protected with a password. Open it ` +
            'in Word, remove the password (File → Info → Protect Document), save it as .docx and import that.',
        },
        `exit ${run.code}; ${run.stderr.trim()}`,
      );
    }
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function sofficeMissing(input: string): WordImportError {
  return new WordImportError('usage', {
    ru:
      `Чтобы импортировать «${input}», нужен LibreOffice (он переводит .doc, .odt и .rtf в .docx), но он не найден. Установите ` +
      'LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; Windows и macOS: libreoffice.org) или ' +
      'откройте файл в Word и сохраните его как .docx («Файл → Сохранить как → Документ Word»), затем повторите импорт.',
    en:
      `Importing «${input}» needs LibreOffice (it turns .doc, .odt and .rtf into .docx), and it was not ` +
      'found. Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; Windows ' +
      'and macOS: libreoffice.org) or open the file in Word and save it as .docx, then import that.',
  });
}

export interface RunResult {
  code: number | null;
  stderr: string;
  timedOut: boolean;
}

/** Runs soffice in its own process group; one that outlives `timeoutMs` is killed with its children. */
export function runWithTimeout(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
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
      killGroup(child.pid);
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

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid, 'SIGKILL');
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
