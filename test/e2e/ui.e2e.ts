/**
 * The real UI, the way a methodologist meets it: the packaged .vsix installed into code-server,
 * a roadmap opened, the Problems panel listing Russian messages, a quick fix taken from the light
 * bulb menu, the dashboard opened from the command palette. Screenshots go to test-artifacts/e2e/.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, hasCommand, launchBrowser, openWorkbench, ROOT, startCodeServer, type CodeServer } from './harness';

const skip = !hasCommand(CHROMIUM) ? 'Debian chromium is not installed' : !hasCommand('rg') ? 'Debian ripgrep is not installed' : false;

function packageVsix(): string {
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 5 * 60_000 });
  const vsix = readdirSync(ROOT)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => join(ROOT, f));
  assert.ok(vsix.length > 0, 'npm run package produced a .vsix');
  return vsix[0]!;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `ui-${name}.png`) });
}

describe('VS Code UI with the packaged extension (code-server + Chromium)', { skip, timeout: 10 * 60_000 }, () => {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const vsix = packageVsix();
    server = await startCodeServer({ vsix, settings: { 'nastavnik.locale': 'ru' } });
    assert.ok(
      existsSync(server.extensionsDir) && readdirSync(server.extensionsDir).some((d) => d.startsWith('nastavnik.')),
      'the .vsix is installed',
    );
    browser = await launchBrowser();
    page = await openWorkbench(browser, server);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  });

  after(async () => {
    if (page) await shot(page, 'last').catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  async function command(title: string): Promise<void> {
    await page.keyboard.press('Escape'); // close whatever popup a previous step left open
    await page
      .locator('.monaco-editor')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
  }

  async function openFile(name: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(name); // without ">" the palette is Quick Open
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: name }).first().waitFor({ timeout: 30_000 });
  }

  test("the Problems panel lists the roadmap's defects in Russian", async () => {
    await openFile('003-severodvinsk-college-roadmap.md');
    await page.keyboard.press('Control+Shift+M'); // View: Problems
    const panel = page.locator('.markers-panel');
    await panel.getByText('нет столбца «Сроки»').first().waitFor({ timeout: 60_000 });
    await panel.getByText('нет столбца «Ответственные»').first().waitFor({ timeout: 10_000 });
    await panel.getByText('Не указан период реализации').first().waitFor({ timeout: 10_000 });
    await shot(page, 'problems');
  });

  test('a quick fix from the light bulb removes its problem', async () => {
    const panel = page.locator('.markers-panel');
    const problem = panel.locator('.monaco-list-row', { hasText: 'нет столбца «Сроки»' }).first();
    await problem.click(); // moves the cursor to the diagnostic
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor.focused').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 20_000 });
    await shot(page, 'quick-fix-menu');
    // The first entry is the fix for the problem under the cursor, focused: Enter applies it.
    await menu.locator('.monaco-list-row.focused', { hasText: /Сроки/ }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await panel.getByText('нет столбца «Сроки»').first().waitFor({ state: 'detached', timeout: 30_000 });
    await shot(page, 'after-quick-fix');
  });

  test('the dashboard opens beside the editor', async () => {
    // code-server's UI is English (no Russian language pack offline), so the palette shows the
    // English title from package.nls.json.
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    await command(`${nls['command.category']}: ${nls['command.showDashboard']}`);
    const frame = page.locator('iframe.webview');
    await frame.first().waitFor({ state: 'attached', timeout: 30_000 });
    // The webview's content lives two frames down (VS Code's host frame, then the document).
    const inner = page.frameLocator('iframe.webview').first().frameLocator('iframe').first();
    await inner
      .getByText(/Полнота|Completeness/)
      .first()
      .waitFor({ timeout: 30_000 });
    await shot(page, 'dashboard');
  });
});
