/**
 * The link of a diagnostic's code (`codeDescription.href`), per client. VS Code's extension says in
 * `initializationOptions.ruleDocsCommand` which of its commands opens a rule's page (the one shipped
 * inside the extension, in the Markdown preview); VS Code opens `command:` links from the Problems
 * panel and the hover. Every other editor gets the page's address (environment/rule-docs.ts): the
 * repository's page when package.json names one, else the `file://` URI of the page shipped with the server.
 */
import { ruleDocUri } from '../environment/rule-docs';
import type { ClientInfo } from './client-info';

/** A command id as VS Code writes them; anything else is not put into a link. */
const COMMAND_ID = /^[A-Za-z][\w.-]*$/;

/** The command the client named, if it is a plain command id. */
export function readRuleDocsCommand(initializationOptions: unknown): string | undefined {
  const value = (initializationOptions as { ruleDocsCommand?: unknown } | null | undefined)?.ruleDocsCommand;
  return typeof value === 'string' && COMMAND_ID.test(value) ? value : undefined;
}

export function ruleLink(client: Pick<ClientInfo, 'ruleDocsCommand'>, code: string): string {
  if (client.ruleDocsCommand) return `command:${client.ruleDocsCommand}?${encodeURIComponent(JSON.stringify([code]))}`;
  return ruleDocUri(code);
}
