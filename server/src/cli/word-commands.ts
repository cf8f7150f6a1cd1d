/**
 * `nastavnik import` and `nastavnik export`: the Word code (mammoth, docx, jszip…) is a third of the CLI,
 * so it is a bundle of its own (dist/word-commands.js, scripts/build.mjs) that cli.ts loads only for these two
 * commands; every other run starts without reading it.
 */
export { runExport } from './export-command';
export { runImport } from './import-command';
