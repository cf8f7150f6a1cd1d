/**
 * Keeps the code lenses an editor shows in step with the analyses. An editor asks for lenses when a
 * document's text changes, but not when its analysis changes without an edit of that text (settings,
 * `.nastavnik.json`), and a quick fix's lenses may be asked before the editor has the new
 * diagnostics. So, when the client supports it (`workspace.codeLens.refreshSupport`), the server
 * sends `workspace/codeLens/refresh` whenever a fresh analysis gives a document other lenses than the
 * ones it last served for it, and after every change of settings or config files.
 */
import { type CodeLens, CodeLensRefreshRequest } from 'vscode-languageserver';
import { codeLenses } from './features';
import type { OpenDocument, Session } from './session';

/**
 * What the lenses say, in order. Not where: the editor moves a lens with the text it stands on, so an
 * edit that only shifts lines needs no refresh; a changed number or a lens more or less does.
 */
const keyOf = (lenses: readonly CodeLens[]): string =>
  JSON.stringify(lenses.map((l) => [l.command?.title ?? '', l.command?.arguments ?? []]));

export class LensRefresh {
  /** Per document, the lenses last served to the client (only documents it asked lenses for). */
  private readonly served = new Map<string, string>();
  /** A refresh request not yet answered: another one would ask for the same lenses again. */
  private inFlight = false;
  private again = false;

  constructor(private readonly session: Session) {}

  /** Notes what the client was given for a document, and hands it on. */
  serve(uri: string, lenses: CodeLens[]): CodeLens[] {
    this.served.set(uri, keyOf(lenses));
    return lenses;
  }

  forget(uri: string): void {
    this.served.delete(uri);
  }

  /** A fresh analysis of an open document: if its lenses differ from those the client shows, they are asked for again. */
  analysed(open: OpenDocument): void {
    if (!this.session.client.codeLensRefresh) return;
    const shown = this.served.get(open.document.uri);
    if (shown === undefined) return;
    const uri = open.document.uri;
    const now = codeLenses(open.document, open.analysis, this.session.profilesFor(uri), this.session.localeFor(uri), this.session.today());
    const key = keyOf(now);
    if (key === shown) return;
    // The client is about to be given these: the next analysis with the same lenses asks nothing more.
    this.served.set(uri, key);
    this.refresh();
  }

  /** Settings or config files changed: every lens may have. */
  refreshAll(): void {
    if (this.session.client.codeLensRefresh && this.served.size > 0) this.refresh();
  }

  private refresh(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    // The client asks for the lenses of its visible documents; `serve` then records what it got.
    void this.session.connection
      .sendRequest(CodeLensRefreshRequest.type)
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.refresh();
        }
      });
  }
}
