/**
 * `nastavnik/preview` and `nastavnik/dashboard` (preview-protocol.ts): the HTML of the Markdown
 * preview's blocks and of the dashboard, rendered by render/ from the analysis the server keeps for
 * the open document, so the editor's numbers and the diagnostics come from one analysis.
 */
import { type CancellationToken, ErrorCodes, RequestType, ResponseError } from 'vscode-languageserver';
import type { IsoDate } from '../core/domain/dates';
import type { Locale } from '../core/diagnostic';
import type { Table } from '../core/model';
import { localToday, parseToday } from '../environment/today';
import { rowPoints } from '../render/badge';
import { lineOf, type RenderDoc, renderDoc } from '../render/context';
import { dashboardBody, dashboardPage } from '../render/dashboard';
import { blocksForTable } from '../render/document';
import { escapeHtml } from '../render/escape';
import { inLocale } from '../render/labels';
import {
  DASHBOARD_REQUEST,
  type DashboardParams,
  type DashboardResult,
  PREVIEW_REQUEST,
  type PreviewCell,
  type PreviewParams,
  type PreviewResult,
  type PreviewTable,
  previewTextKey,
} from './preview-protocol';
import { cancelled, type OpenDocument, type Session } from './session';
import type { FolderDiagnostics } from './folder-diagnostics';
import { readPairList } from '../core/workspace/folder-checks';
import { isPersonalProgram } from '../core/workspace/pair-facts';
import { pairOverviewOf, type SchoolPairs } from '../core/workspace/pair-overview';

/** The pairs of the open document's school folder, when it is a list of pairs or a ППН. */
function pairsOf(
  folders: FolderDiagnostics | undefined,
  open: OpenDocument,
  uri: string,
  today: IsoDate | undefined,
): SchoolPairs | undefined {
  const model = open.analysis.model;
  if (!folders || !model.looksRelevant || (!isPersonalProgram(model) && readPairList(model).length === 0)) return undefined;
  const docs = folders.documentsAround(uri, model, open.document.getText());
  return docs[0] ? pairOverviewOf(docs[0].uri, docs, today) : undefined;
}

export function listenToPreviewRequests(session: Session, folders?: FolderDiagnostics): void {
  session.connection.onRequest(new RequestType<PreviewParams, PreviewResult, void>(PREVIEW_REQUEST), (params, token) =>
    answer(session, 'preview', params, token, (open, p) => {
      const doc = renderDoc(open.document.getText(), open.analysis, session.profilesFor(p.uri));
      return {
        uri: p.uri,
        version: open.document.version,
        key: previewTextKey(doc.text),
        relevant: doc.analysis.model.looksRelevant,
        tables: previewTables(doc, localeOf(session, p), todayOf(session, p)),
      };
    }),
  );
  session.connection.onRequest(new RequestType<DashboardParams, DashboardResult, void>(DASHBOARD_REQUEST), (params, token) =>
    answer(session, 'dashboard', params, token, (open, p) => {
      const locale = localeOf(session, p);
      const doc = renderDoc(open.document.getText(), open.analysis, session.profilesFor(p.uri), true);
      const today = todayOf(session, p);
      const pairs = pairsOf(folders, open, p.uri, today);
      const body = dashboardBody(doc, { locale, today, fileName: fileNameOf(p.uri), ...(pairs ? { pairs } : {}) });
      const page =
        p.page && typeof p.page.nonce === 'string' && typeof p.page.cspSource === 'string'
          ? dashboardPage({ body, nonce: p.page.nonce, cspSource: p.page.cspSource, locale })
          : undefined;
      return { uri: p.uri, version: open.document.version, locale, body, ...(page === undefined ? {} : { page }) };
    }),
  );
}

/** One open document's answer; an unknown document is an error the client can tell from a failure. */
async function answer<P extends { uri: string }, R>(
  session: Session,
  what: string,
  params: P | null,
  token: CancellationToken,
  render: (open: OpenDocument, params: P) => R,
): Promise<R> {
  if (token.isCancellationRequested) cancelled();
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  const notOpen = () => new ResponseError(ErrorCodes.InvalidParams, `Документ не открыт: ${String(uri)} / Document is not open`);
  if (!params || !uri || !session.documents.get(uri)) throw notOpen();
  try {
    const open = await session.analysisOf(uri, token);
    if (!open) throw notOpen(); // closed while it was being parsed
    return render(open, params);
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    session.logFailure(what, error);
    throw new ResponseError(ErrorCodes.InternalError, `${what} failed`);
  }
}

function localeOf(session: Session, params: { uri: string; locale?: unknown }): Locale {
  return params.locale === 'ru' || params.locale === 'en' ? params.locale : session.localeFor(params.uri);
}

/** The client's today (its clock is the user's), else the server's (its environment's, else this process's clock). */
function todayOf(session: Session, params: { today?: unknown }): IsoDate {
  const given = typeof params.today === 'string' ? parseToday(params.today) : undefined;
  const own = session.today();
  return given ?? (own === undefined ? undefined : parseToday(own)) ?? localToday();
}

/** The name a document without a title is shown by: the last segment of its URI's path. */
export function fileNameOf(uri: string): string {
  let path = uri;
  try {
    path = new URL(uri).pathname;
  } catch {
    // not a URL: its own last segment
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The blocks and the «Баллы» column of every table, placed by line; none for a document that is not about mentorship. */
export function previewTables(doc: RenderDoc, locale: Locale, today: IsoDate): PreviewTable[] {
  if (!doc.analysis.model.looksRelevant) return [];
  return doc.analysis.model.tables.map((table) => {
    const blocks = blocksForTable(doc, table, { locale, today, idPrefix: 'nv' });
    const out: PreviewTable = {
      line: lineOf(doc, table.span.start),
      end: lineOf(doc, Math.max(table.span.start, table.span.end - 1)) + 1,
      html: blocks ? `<div class="nv-blocks" data-nv-table="${table.index}">${blocks}</div>\n` : '',
    };
    if (table.kind === 'scoring') out.cells = pointsCells(doc, table, locale);
    return out;
  });
}

/** The «Баллы» cells of a scoring table: the header cell on its header line, then each row's points. */
function pointsCells(doc: RenderDoc, table: Table, locale: Locale): PreviewCell[] {
  const header = {
    line: lineOf(doc, table.headerSpan.start),
    html:
      `<th class="nv-points" title="${escapeHtml(inLocale(locale, 'Подсчитано Наставником', 'Computed by Nastavnik'))}">` +
      `${inLocale(locale, 'Баллы', 'Points')}</th>`,
  };
  const score = doc.scores.efficiency.find((e) => e.table === table.index);
  const rows = table.rows.map((row) => {
    const points = score ? rowPoints(score, row.index, locale) : undefined;
    const line = lineOf(doc, row.span.start);
    if (!points) return { line, html: '<td class="nv-points"></td>' };
    const cls = points.points === null ? 'nv-points nv-points-none' : `nv-points nv-points-${points.points}`;
    return {
      line,
      html: `<td class="${cls}" data-nv-points="${points.points ?? ''}" title="${escapeHtml(points.title)}">${escapeHtml(points.text)}</td>`,
    };
  });
  return [header, ...rows];
}
