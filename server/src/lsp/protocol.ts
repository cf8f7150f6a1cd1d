/**
 * Nastavnik's own requests on top of LSP, shared by the server, the VS Code client and the tests.
 * Plain names and shapes only (no imports with runtime code), so the client bundle stays small.
 * The Markdown preview's and the dashboard's requests are in preview-protocol.ts, Word's in word-protocol.ts.
 */
import type { DocumentKind } from '../core/model';
import type { Scores } from '../core/scores';
import type { WorkspaceCheckSummary } from './workspace-check';

/** `nastavnik/scores` {uri} → the document's scores (`computeScores`, docs/scores.md) and what it is. */
export const SCORES_REQUEST = 'nastavnik/scores';
export interface ScoresParams {
  uri: string;
}
export interface ScoresResult extends Scores {
  meta: { uri: string; version: number | null; kind: DocumentKind; profile: string | null; period: string | null; title: string | null };
}

/** `nastavnik/checkWorkspace` {} → every Markdown file of the workspace checked; reports `$/progress`. */
export const CHECK_WORKSPACE_REQUEST = 'nastavnik/checkWorkspace';
export interface CheckWorkspaceParams {
  workDoneToken?: string | number;
}
export type CheckWorkspaceResult = WorkspaceCheckSummary;

/** `nastavnik/rules` {} → the rule codes with their one-line titles and doc links, in the server's locale. */
export const RULES_REQUEST = 'nastavnik/rules';
export interface RuleInfo {
  code: string;
  title: string;
  url: string;
}
