/**
 * Connect-ExchangeOnline -LoadCmdletHelp: downloads the help files the module
 * file names in `$HelpFileNames` from `GET …/EXOHelpFile?Version=…` (one
 * `HelpFileNames` header), as the module's Get-HelpFiles does, and reads each
 * command's synopsis out of the MAML for Get-Help. Help is a convenience: a
 * failure never fails the connection, the caller only warns.
 */
import { randomUUID } from 'node:crypto';
import { connectHeaders, routingHint } from '../client/headers.js';
import type { TokenSource } from '../client/exo-client.js';

export interface HelpRequest {
  baseUri: string;
  tenant: string;
  connectionId: string;
  moduleVersion: string;
  /** The signed-in user, for the routing hint; absent for app-only connections. */
  anchorMailbox?: string;
  tokens: TokenSource;
  fileNames: string[];
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** `$HelpFileNames = @('a-Help.xml', 'b-Help.xml')` in the module text. */
export function helpFileNamesOf(moduleText: string): string[] {
  const list = /^\s*\$HelpFileNames\s*=\s*@\(([^)]*)\)/im.exec(moduleText)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
}

const unescapeXml = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** Command name → synopsis (the `maml:description` of its `command:details`). */
export function synopsesOf(maml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of maml.matchAll(/<command:details>([\s\S]*?)<\/command:details>/g)) {
    const name = /<command:name>\s*([^<]+?)\s*<\/command:name>/.exec(m[1]!)?.[1];
    const paras = [...(/<maml:description>([\s\S]*?)<\/maml:description>/.exec(m[1]!)?.[1] ?? '').matchAll(/<maml:para>([\s\S]*?)<\/maml:para>/g)].map((p) => unescapeXml(p[1]!.trim()));
    if (name && paras.length) out.set(unescapeXml(name), paras.join(' '));
  }
  return out;
}

export async function downloadHelp(r: HelpRequest): Promise<Map<string, string>> {
  const { token } = await r.tokens.getToken({ ...(r.signal ? { signal: r.signal } : {}) });
  const url = `${r.baseUri.replace(/\/+$/, '')}/AdminApi/beta/${r.tenant}/EXOHelpFile?Version=${encodeURIComponent(r.moduleVersion)}`;
  const headers = {
    ...connectHeaders({ token, requestId: randomUUID(), connectionId: r.connectionId, moduleVersion: r.moduleVersion, anchorMailbox: routingHint(r.anchorMailbox, r.tenant) }),
    HelpFileNames: r.fileNames.join(','),
  };
  const res = await (r.fetch ?? fetch)(url, { headers, ...(r.signal ? { signal: r.signal } : {}) });
  if (!res.ok) throw new Error(`EXOHelpFile answered ${res.status}`);
  const body = (await res.json()) as { value?: Array<{ helpFileContent?: unknown }> };
  const synopses = new Map<string, string>();
  for (const file of body.value ?? []) if (typeof file.helpFileContent === 'string') for (const [k, v] of synopsesOf(file.helpFileContent)) synopses.set(k.toLowerCase(), v);
  return synopses;
}
