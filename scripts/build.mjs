// Bundles client, server and CLI into dist/ (CommonJS for Node; ESM-only deps are inlined).
import { build } from 'esbuild';

const minify = process.argv.includes('--minify');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD entry uses dynamic require(); its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

await Promise.all([
  // The CLI's Word commands (mammoth, docx, jszip…) are a bundle of their own that dist/cli.js loads only
  // when `import` or `export` runs (server/src/cli/word-commands.ts): every other run starts without them.
  build({
    ...common,
    entryPoints: ['server/src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    external: ['./word-commands.js'],
  }),
  build({ ...common, entryPoints: ['server/src/cli/word-commands.ts'], outfile: 'dist/word-commands.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
]);
