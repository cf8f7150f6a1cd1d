/** What a template is, and the example year every template starts with. */
import type { Message } from '../../diagnostic';
import type { TableKind } from '../../model';

export interface Template {
  /** Stable Latin key. */
  id: string;
  /** What the user types: Russian first, then Latin. */
  prefix: string[];
  /** Short name (the completion label's description). */
  title: Message;
  /** One sentence: what it inserts and where it fits. */
  description: Message;
  /** LSP snippet syntax, lines joined by '\n'. */
  body: string;
  kind: 'document' | 'stage-row' | 'table';
  profile?: string;
  stageId?: string;
  /** For table templates: the kind the core must read the table as. */
  tableKind?: TableKind;
}

/** The example period the templates start with; the period's tab stops change it everywhere. */
export const TEMPLATE_YEAR = 2025;
