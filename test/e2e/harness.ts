/**
 * End-to-end plumbing: code-server (VS Code's own web build, installed outside the project by
 * scripts/e2e/install-code-server.sh) driven by Debian's Chromium through playwright-core.
 * Everything waits for conditions with time limits; nothing sleeps a fixed time.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { tempDir } from '../temp-dir';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');
export const CHROMIUM = '/usr/bin/chromium';

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Path of the code-server binary, installing it into the cache on first use. */
export function ensureCodeServer(): string {
  const out = execFileSync(join(ROOT, 'scripts/e2e/install-code-server.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 20 * 60_000,
  });
  return out.trim().split('\n').pop()!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

export interface CodeServer {
  port: number;
  base: string;
  /** A copy of examples/ the tests may edit. */
  workspace: string;
  home: string;
  extensionsDir: string;
  logs: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Install this .vsix into the fresh extensions folder first. */
  vsix?: string;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  /** A fixed port (npm run try); a free one otherwise. */
  port?: number;
}

export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  const bin = ensureCodeServer();
  const home = tempDir('nastavnik-e2e-');
  const userData = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  const workspace = join(home, 'examples');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        ...options.settings,
      },
      null,
      2,
    ),
  );
  const env = { ...process.env, XDG_DATA_HOME: join(home, 'xdg-data'), XDG_CONFIG_HOME: join(home, 'xdg-config'), ...options.env };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensionsDir];
  if (options.vsix) execFileSync(bin, [...common, '--install-extension', options.vsix], { env, stdio: 'ignore', timeout: 120_000 });
  const port = options.port ?? (await freePort());
  const logs: string[] = [];
  const child: ChildProcess = spawn(
    bin,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...common,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => logs.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => logs.push(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(
    'code-server to answer',
    async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited: ${logs.join('')}`);
      const response = await fetch(`${base}/healthz`).catch(() => undefined);
      return response?.ok ? true : undefined;
    },
    60_000,
    200,
  );
  return {
    port,
    base,
    workspace,
    home,
    extensionsDir,
    logs,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the workbench on a folder; `payload` adds development/test paths the way @vscode/test-web does. */
export async function openWorkbench(browser: Browser, server: CodeServer, payload?: [string, string][]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let url = `${server.base}/?folder=${encodeURIComponent(server.workspace)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  return page;
}

/** A path on the code-server machine as the workbench addresses it. */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}
