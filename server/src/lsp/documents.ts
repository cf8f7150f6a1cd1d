/**
 * Analyses per open document, cached by version: every feature (diagnostics, hover, symbols…) of one
 * version reads one analysis. A newer version drops the older result.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, analyze } from '../core/analyze';
import type { WorkspaceConfig } from '../core/config';
import type { SeveritySetting } from '../core/diagnostic';

export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();

  constructor(private readonly settings: () => { config: WorkspaceConfig; severities: Record<string, SeveritySetting> }) {}

  get(document: TextDocument, configFor: (uri: string) => WorkspaceConfig): Analysis {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version) return hit.analysis;
    const { severities } = this.settings();
    const analysis = analyze(document.getText(), { config: configFor(document.uri), severities });
    this.entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
