import { release, type as osType } from 'node:os';

/**
 * Request headers as the V3 module sends them (exo-protocol.md §2.2, §3.1,
 * §4.2). Names are written as the module writes them; HTTP does not care
 * about case, but logs and captures are easier to compare.
 */

export const CLIENT_APPLICATION = 'ExoManagementModule';
/** The app-only / external-token routing mailbox (exo-protocol.md §2.13). */
export const SYSTEM_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';

export interface CommonHeaderInput {
  token: string;
  requestId: string;
  connectionId: string;
  moduleVersion: string;
  anchorMailbox: string;
}

let culture: string | undefined;
const agents = new Map<string, string>();

/** Resolved once: building an Intl.DateTimeFormat costs milliseconds, and every request carries the culture. */
export function uiCulture(): string {
  return (culture ??= Intl.DateTimeFormat().resolvedOptions().locale || 'en-US');
}

export function userAgent(moduleVersion: string): string {
  let agent = agents.get(moduleVersion);
  if (agent === undefined) {
    agent = `Mozilla/5.0 (${osType()}; ${release()}; ${uiCulture()}) exosh/${moduleVersion} Node.js/${process.versions.node}`;
    agents.set(moduleVersion, agent);
  }
  return agent;
}

/** `UPN:<user>` for a signed-in user, the system mailbox of the tenant otherwise; a value that already has a prefix is kept. */
export function routingHint(anchorMailbox: string | undefined, tenant: string): string {
  if (!anchorMailbox) return `APP:${SYSTEM_MAILBOX}@${tenant}`;
  return /^[A-Za-z]+:/.test(anchorMailbox) ? anchorMailbox : `UPN:${anchorMailbox}`;
}

function common(h: CommonHeaderInput): Record<string, string> {
  return {
    Authorization: `Bearer ${h.token}`,
    'client-request-id': h.requestId,
    'connection-id': h.connectionId,
    'X-AnchorMailbox': h.anchorMailbox,
    'Accept-Language': uiCulture(),
    'Accept-Encoding': 'gzip',
    'User-Agent': userAgent(h.moduleVersion),
  };
}

/** `POST …/InvokeCommand` headers. */
export function invokeHeaders(h: CommonHeaderInput & { cmdlet: string; pageSize: number; warningAction?: string }): Record<string, string> {
  return {
    Accept: 'application/json',
    'Accept-Charset': 'UTF-8',
    'Content-Type': 'application/json',
    'X-CmdletName': h.cmdlet,
    WarningAction: h.warningAction ?? '',
    Prefer: `odata.maxpagesize=${h.pageSize}`,
    ...common(h),
    // JSON rather than the module's CLIXML default: the service accepts both and JSON needs no PowerShell deserializer.
    'X-ResponseFormat': 'json',
    'X-SerializationLevel': 'Partial',
    'X-ClientModuleVersion': h.moduleVersion,
    'X-ClientApplication': CLIENT_APPLICATION,
  };
}

/** `GET …/<EntitySet>` headers of the Get-EXO* cmdlets. */
export function entitySetHeaders(h: CommonHeaderInput & { cmdlet: string; pageSize: number }): Record<string, string> {
  return {
    Accept: 'application/json',
    Prefer: `odata.maxpagesize=${h.pageSize};`,
    'X-CmdletName': h.cmdlet,
    'client-process-id': String(process.pid),
    ...common(h),
    'X-ClientModuleVersion': h.moduleVersion,
    'X-ClientApplication': CLIENT_APPLICATION,
  };
}

/** Connect-time calls (EXOModuleFile, EXOBanner). */
export function connectHeaders(h: CommonHeaderInput & { commandName?: string }): Record<string, string> {
  return {
    Accept: 'application/json',
    ...common(h),
    'client-process-id': String(process.pid),
    'ps-version': '7.4.6',
    'exomodule-version': h.moduleVersion,
    'os-version': `${osType()} ${release()}`,
    'is-cloud-shell-environment': 'false',
    'X-InitializeConnectionContextObjectIdDynamic': 'true',
    CommandName: h.commandName ?? '*',
    'X-ClientApplication': CLIENT_APPLICATION,
  };
}
