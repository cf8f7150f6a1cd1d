/**
 * The VS Code client bundle carries no core: the preview and the dashboard draw what the server
 * computed (`nastavnik/preview`, `nastavnik/dashboard`). The client is bundled as scripts/build.mjs
 * bundles dist/client.js (and minified, as `npm run package` ships it), in memory: test files run in
 * parallel and must not rebuild dist/ under each other's feet.
 *
 * Measured when the core left the client: 1.00 MB plain, 464 KB minified (vscode-languageclient is
 * most of it); with the core it was 2.34 MB and 1.16 MB.
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { build, type Metafile } from 'esbuild';

const ROOT = resolve(__dirname, '..');

async function clientBundle(minify: boolean): Promise<{ size: number; metafile: Metafile }> {
  const result = await build({
    entryPoints: [join(ROOT, 'client/src/extension.ts')],
    outfile: join(ROOT, 'dist/client.js'),
    write: false,
    metafile: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify,
    logLevel: 'warning',
    legalComments: 'none',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    absWorkingDir: ROOT,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
  return { size: js.contents.length, metafile: result.metafile };
}

/** Bytes the core and the renderers add to the bundle, per module. */
function coreBytes(metafile: Metafile): Record<string, number> {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined)!;
  return Object.fromEntries(
    Object.entries(output.inputs)
      .filter(([path]) => /^server\/src\/(core|render)\//.test(path))
      .map(([path, input]) => [path, input.bytesInOutput]),
  );
}

test('the shipped client bundle is small: no analysis, no parser, no renderer inside', async () => {
  const { size, metafile } = await clientBundle(true);
  assert.ok(size < 600_000, `the minified client is ${size} bytes (with the core it was 1.16 MB)`);
  const inputs = Object.keys(metafile.inputs);
  for (const module of ['server/src/core/analyze.ts', 'server/src/core/read/parse.ts', 'server/src/core/scores/index.ts'])
    assert.ok(!inputs.includes(module), `${module} is not in the client`);
  assert.ok(!inputs.some((p) => p.startsWith('node_modules/unified/') || p.startsWith('node_modules/remark-')), 'no Markdown parser');
  const core = coreBytes(metafile);
  const total = Object.values(core).reduce((a, b) => a + b, 0);
  assert.ok(total < 8_000, `core and renderer code in the client: ${JSON.stringify(core)}`);
});

test('dist/client.js as `npm run build` makes it is well under the size it had with the core', async () => {
  const { size, metafile } = await clientBundle(false);
  assert.ok(size < 1_300_000, `the client is ${size} bytes (with the core it was 2.34 MB)`);
  assert.ok(Object.keys(metafile.inputs).includes('client/src/preview.ts'), 'the preview plugin is in the bundle');
});
