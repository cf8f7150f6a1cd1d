/**
 * The bundles the tests run as processes (`node cli.js …`, `node server.js --stdio`).
 *
 * dist/cli.js and dist/server.js are used when they are newer than every source they are built from:
 * `npm test` builds first, so every test file shares them and none builds. Run alone after an edit, a
 * test file bundles what it needs once, with esbuild, as scripts/build.mjs does — into a folder of its
 * own, never into dist/: test files run in parallel, and one rebuilding dist/ would change the bundle
 * under another that is running it. The folder is under test-artifacts/ (ignored by git and by the
 * .vsix) because the bundle finds package.json and docs/rules/ by looking upward from itself.
 *
 * NASTAVNIK_CLI / NASTAVNIK_SERVER name a given bundle instead (e.g. a minified one).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BuildOptions, buildSync } from 'esbuild';

export const ROOT = resolve(__dirname, '..');

/** What the bundles are built from: the server's sources and the settings schema they inline. */
const SOURCES = [join(ROOT, 'server', 'src'), join(ROOT, 'schemas')];

const ENTRIES = {
  cli: 'server/src/cli/cli.ts',
  server: 'server/src/lsp/server.ts',
} as const;

type Bundle = keyof typeof ENTRIES;

/** As scripts/build.mjs: the CLI's Word commands are word-commands.js beside cli.js, loaded only by `import`/`export`. */
const WORD_COMMANDS = 'word-commands';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

let own: string | undefined;
const built = new Map<Bundle, string>();

/** A fresh folder for this process's bundles, removed when the process ends. */
function ownFolder(): string {
  if (own) return own;
  const parent = join(ROOT, 'test-artifacts', 'bundles');
  mkdirSync(parent, { recursive: true });
  own = mkdtempSync(join(parent, `${process.pid}-`));
  const folder = own;
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function bundle(name: Bundle, override: string | undefined): string {
  if (override) return resolve(override);
  const done = built.get(name);
  if (done) return done;
  const dist = join(ROOT, 'dist', `${name}.js`);
  let path = dist;
  const sources = Math.max(...SOURCES.map(newest));
  const stale = (file: string) => !existsSync(file) || statSync(file).mtimeMs < sources;
  if (stale(dist) || (name === 'cli' && stale(join(ROOT, 'dist', `${WORD_COMMANDS}.js`)))) {
    path = join(ownFolder(), `${name}.js`);
    const options: BuildOptions = {
      entryPoints: [join(ROOT, ENTRIES[name])],
      outfile: path,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
      legalComments: 'none',
      // As scripts/build.mjs: jsonc-parser's UMD entry uses dynamic require(); its ESM build bundles cleanly.
      mainFields: ['module', 'main'],
    };
    if (name === 'cli') {
      const folder = ownFolder();
      buildSync({
        ...options,
        entryPoints: [join(ROOT, 'server/src/cli', `${WORD_COMMANDS}.ts`)],
        outfile: join(folder, `${WORD_COMMANDS}.js`),
      });
      options.external = [`./${WORD_COMMANDS}.js`];
    }
    buildSync(options);
  }
  built.set(name, path);
  return path;
}

/** The CLI bundle under test: dist/cli.js when up to date, else one built for this test process. */
export function cliBundle(): string {
  return bundle('cli', process.env.NASTAVNIK_CLI);
}

/** The language server bundle under test: dist/server.js when up to date, else one built for this test process. */
export function serverBundlePath(): string {
  return bundle('server', process.env.NASTAVNIK_SERVER);
}
