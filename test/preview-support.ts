/**
 * The preview as VS Code gets it: the language server in this process answers `nastavnik/preview`,
 * the client keeps the answer (PreviewStore) and the plugin draws it with markdown-it.
 */
import MarkdownIt from 'markdown-it';
import type { PreviewResult } from '../server/src/lsp/preview-protocol';
import { nastavnikPreview } from '../client/src/preview';
import { PreviewStore } from '../client/src/preview-store';
import { TestClient } from './lsp-client';

export const TODAY = '2025-11-20';

export class PreviewServer {
  private opened = 0;
  private constructor(readonly client: TestClient) {}

  static async start(): Promise<PreviewServer> {
    return new PreviewServer(await TestClient.start({ pull: true }));
  }

  /** Opens the text as a new document and returns the server's answer for it. */
  async answer(text: string, locale: 'ru' | 'en' = 'ru'): Promise<PreviewResult> {
    const uri = `untitled:preview-${++this.opened}.md`;
    this.client.open(uri, text);
    return this.client.request<PreviewResult>('nastavnik/preview', { uri, today: TODAY, locale });
  }

  /** Replaces the text of an open document (as a keystroke or a quick fix does) and returns the new answer. */
  async edit(uri: string, version: number, text: string): Promise<PreviewResult> {
    this.client.change(uri, version, [{ text }]);
    return this.client.request<PreviewResult>('nastavnik/preview', { uri, today: TODAY, locale: 'ru' });
  }

  stop(): Promise<void> {
    return this.client.stop();
  }
}

/** As VS Code configures its preview: raw HTML allowed (which is why the plugin neutralises it). */
export function renderWith(store: PreviewStore, text: string, html = true, documentOf?: (src: string) => string | undefined): string {
  const md = new MarkdownIt({ html });
  md.use(nastavnikPreview, { lookup: (src: string) => store.lookup(src, documentOf) });
  return md.render(text);
}

/** The text drawn with this one answer. */
export function renderAnswer(answer: PreviewResult, text: string, html = true): string {
  const store = new PreviewStore();
  store.set(answer);
  return renderWith(store, text, html);
}
