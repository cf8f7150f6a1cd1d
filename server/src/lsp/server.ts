/**
 * The server process: `node dist/server.js --stdio` (any editor) or over IPC from the VS Code client.
 * Everything else is in create-server.ts, which the in-process tests call with their own connection.
 */
import { useOracleParse } from '../core/read/fast-parse';
import { createServer, nodeEnvironment } from './create-server';
import { connectionFromArgs } from './transport';

// Bisecting a parse difference: remark alone, as the tests' oracle (core/read/fast-parse.ts).
useOracleParse(process.env.NASTAVNIK_ORACLE_PARSE === '1');
const connection = connectionFromArgs(process.argv);
// A bug outside any handler is logged, not fatal: the editor keeps its diagnostics and features.
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? String(error)}`));
createServer(connection, nodeEnvironment);
