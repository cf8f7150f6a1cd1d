/**
 * Where a rule's page is, for the links of diagnostics (LSP `codeDescription.href`, the CLI's JSON
 * `href`, SARIF `helpUri`). Every link must lead to a page that exists:
 *
 * - when package.json names the project's repository (`repository`), its page on GitHub or GitLab;
 * - otherwise the page shipped with the program itself, `docs/rules/<code>.md` next to the bundle
 *   (the npm package and the .vsix both carry it), as a `file://` URI: absolute, so it works from any
 *   current folder, and a valid URI, as SARIF requires of `helpUri`.
 *
 * No address is invented: a repository that package.json does not name is not linked to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const RULE_DOCS_FOLDER = 'docs/rules';

/** The package's own package.json: the one named «nastavnik» above the bundle (dist/) or the sources (server/src/…). */
export interface PackageHome {
  root: string;
  repository?: unknown;
}

export function findPackage(from: string = __dirname): PackageHome | undefined {
  for (let dir = from, i = 0; i < 6; dir = dirname(dir), i++) {
    const candidate = join(dir, 'package.json');
    if (!existsSync(candidate)) continue;
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown; repository?: unknown };
      if (pkg.name === 'nastavnik') return { root: dir, repository: pkg.repository };
    } catch {
      // an unreadable package.json: keep looking upward
    }
  }
  return undefined;
}

/**
 * The web address of a file of the repository package.json names, or undefined when it names none that
 * this knows how to link into. `repository` is a string («github:owner/name», «owner/name», a URL) or
 * `{ type, url }`, as npm documents it.
 */
export function repositoryFileUrl(repository: unknown, file: string): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | null | undefined)?.url;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const spec = raw.trim();
  const short = /^(?:(github|gitlab):)?([\w.-]+)\/([\w.-]+)$/.exec(spec);
  let host: string;
  let path: string;
  if (short) {
    host = short[1] === 'gitlab' ? 'gitlab.com' : 'github.com';
    path = `${short[2]}/${short[3]}`;
  } else {
    const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(spec) ?? /^git@([^:]+):(.+)$/.exec(spec);
    if (!url) return undefined;
    host = url[1]!.toLowerCase();
    path = url[2]!;
  }
  path = path.replace(/\.git$/, '').replace(/\/+$/, '');
  if (host === 'github.com') return `https://github.com/${path}/blob/HEAD/${file}`;
  if (host === 'gitlab.com') return `https://gitlab.com/${path}/-/blob/HEAD/${file}`;
  return undefined;
}

/** The page of a rule: the repository's when package.json names one, else the shipped file's `file://` URI. */
export function ruleDocUri(code: string, home: PackageHome | undefined = ownPackage()): string {
  const file = `${RULE_DOCS_FOLDER}/${code}.md`;
  const remote = home && repositoryFileUrl(home.repository, file);
  if (remote) return remote;
  // Without package.json (a stray copy of the bundle), the folder next to it is the best guess left.
  const root = home?.root ?? dirname(__dirname);
  return pathToFileURL(join(root, file)).href;
}

/** The project's home page for SARIF's `informationUri`: the repository, else the rules' index shipped with it. */
export function projectUri(home: PackageHome | undefined = ownPackage()): string {
  const remote = home && repositoryFileUrl(home.repository, 'README.md');
  if (remote) return remote.replace(/\/(?:-\/)?blob\/HEAD\/README\.md$/, '');
  return ruleDocUri('README', home);
}

let cached: PackageHome | undefined | null = null;
function ownPackage(): PackageHome | undefined {
  if (cached === null) cached = findPackage();
  return cached;
}
