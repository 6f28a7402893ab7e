/**
 * The prompt text: `PS <location> [<connections>] > `. The location is the
 * current folder's name (`~` at home) so the prompt fits 80 columns; the
 * connections are the connected organisations' short names, with their
 * cmdlet prefix when Connect-ExchangeOnline was given -Prefix.
 */
import { basename, sep } from 'node:path';

export interface ConnectionStatus {
  organization: string;
  userPrincipalName?: string;
  modulePrefix?: string;
}

export function locationName(cwd: string, home: string | undefined): string {
  if (home && cwd === home) return '~';
  return basename(cwd) || sep;
}

/** contoso.onmicrosoft.com → contoso; falls back to the UPN's domain when the organisation is not known yet. */
export function organizationName(c: ConnectionStatus): string {
  const org = c.organization || c.userPrincipalName?.split('@')[1] || '?';
  return org.replace(/\.onmicrosoft\.com$/i, '');
}

export function connectionStatus(connections: readonly ConnectionStatus[]): string {
  if (connections.length === 0) return '';
  return `[${connections.map((c) => organizationName(c) + (c.modulePrefix ? `:${c.modulePrefix}` : '')).join(', ')}]`;
}

export function promptText(cwd: string, home: string | undefined, connections: readonly ConnectionStatus[]): string {
  const status = connectionStatus(connections);
  return `PS ${locationName(cwd, home)}${status ? ` ${status}` : ''} > `;
}
