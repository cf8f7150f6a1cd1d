/**
 * `npm run try`: the extension as a new user meets it, in minutes. Builds the .vsix, starts
 * code-server (VS Code in the browser, installed into a cache outside the project) on 127.0.0.1
 * with the extension installed and a copy of examples/ open, prints the address, and stays up
 * until Ctrl+C. PORT=8080 npm run try picks the port. Its temporary folder (code-server's profile and
 * the copy of examples/) is removed when it stops, however it stops.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startCodeServer } from '../test/e2e/harness';

async function main(): Promise<void> {
  process.stderr.write('Сборка расширения (.vsix)…\n');
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = readdirSync(ROOT)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => join(ROOT, f))[0];
  if (!vsix) throw new Error('npm run package не создал .vsix');
  process.stderr.write('Запуск VS Code (code-server)…\n');
  const server = await startCodeServer({
    vsix,
    settings: { 'nastavnik.locale': 'ru' },
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
  });
  // Whatever ends the process (Ctrl+C, an error, code-server exiting), the temporary folder goes with it.
  process.on('exit', () => rmSync(server.home, { recursive: true, force: true }));
  const url = `${server.base}/?folder=${encodeURIComponent(server.workspace)}`;
  process.stdout.write(`\nОткройте в браузере: ${url}\n(примеры — копия папки examples/ в ${server.workspace}; Ctrl+C — остановить)\n`);
  const stop = (): void => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Не удалось запустить: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
