/** What parseDocument may be told beyond the text: the workspace's profiles and people, a cache. */
import type { Profile } from '../domain/profiles';
import type { ParseCache } from './incremental';

export interface ParseOptions {
  /** Built-in plus workspace profiles. */
  profiles?: readonly Profile[];
  /** Workspace staff names: known responsibles. */
  staff?: readonly string[];
  /** Workspace role names (`roles` in .nastavnik.json): known responsibles too. */
  roles?: readonly string[];
  /** Forces the profile (CLI `--profile`). */
  profile?: string;
  /** The workspace's default profile for documents that do not say and cannot be guessed. */
  defaultProfile?: string;
  /** Per-document cache of parsed blocks and table rows (language server): only what changed is parsed. */
  cache?: ParseCache;
  /**
   * Parse the text in one piece by remark alone, never block by block nor with the line-level table
   * reader (fast-parse.ts): the oracle the tests hold those to (a big text is parsed block by block
   * even without a cache).
   */
  wholeParse?: boolean;
}
