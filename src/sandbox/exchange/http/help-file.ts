/**
 * `GET /AdminApi/beta/{tenant}/EXOHelpFile?Version=…` with a `HelpFileNames`
 * header (exo-protocol.md §4.5, step 5): what Connect-ExchangeOnline
 * -LoadCmdletHelp downloads for Get-Help. One entry per requested file, each
 * the MAML help of the caller's cmdlets (RBAC-trimmed like the module file).
 */
import type { CallerIdentity, SandboxRequest, SandboxResponse } from '../../http/types.js';
import { catalogFor } from '../catalog.js';
import { CMDLET_SYNOPSES } from '../data/cmdlet-synopses.js';
import { accessDenied } from '../errors.js';
import type { Tenant } from '../model/tenant.js';
import { errorResponse, requestIdOf, serviceHeaders } from './responses.js';

/** The help file names the sandbox's module file lists in `$HelpFileNames`. */
export const HELP_FILE_NAMES = ['Microsoft.Exchange.RecipientTasks-Help.xml'];

const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function commandHelp(name: string): string {
  const [verb, noun] = name.split('-');
  const synopsis = CMDLET_SYNOPSES[name] ?? `Use the ${name} cmdlet in Exchange Online.`;
  return [
    '<command:command xmlns:maml="http://schemas.microsoft.com/maml/2004/10" xmlns:command="http://schemas.microsoft.com/maml/dev/command/2004/10" xmlns:dev="http://schemas.microsoft.com/maml/dev/2004/10">',
    `<command:details><command:name>${xml(name)}</command:name><command:verb>${xml(verb ?? '')}</command:verb><command:noun>${xml(noun ?? '')}</command:noun>`,
    `<maml:description><maml:para>${xml(synopsis)}</maml:para></maml:description></command:details>`,
    `<maml:description><maml:para>This cmdlet is available only in the cloud-based service. ${xml(synopsis)}</maml:para></maml:description>`,
    '</command:command>',
  ].join('\n');
}

export function mamlFor(names: string[]): string {
  return ['<?xml version="1.0" encoding="utf-8"?>', '<helpItems schema="maml" xmlns="http://msh">', ...names.map(commandHelp), '</helpItems>', ''].join('\n');
}

export function helpFile(req: SandboxRequest, caller: CallerIdentity, tenant: Tenant): SandboxResponse {
  const requestId = requestIdOf(req.headers);
  if (caller.exchangeRole === 'none') return errorResponse(accessDenied('Get-HelpFiles', true), tenant.ctx, requestId);
  const names = catalogFor(caller.exchangeRole === 'read-only').map(([n]) => n);
  const wanted = (req.headers['helpfilenames'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const files = wanted.filter((w) => HELP_FILE_NAMES.some((h) => h.toLowerCase() === w.toLowerCase()));
  return {
    status: 200,
    headers: serviceHeaders(tenant.ctx, requestId),
    body: {
      '@odata.context': `${req.origin}/AdminApi/beta/${tenant.ctx.tenantId}/$metadata#EXOHelpFile`,
      value: files.map((fileName) => ({ fileName, helpFileContent: mamlFor(names) })),
    },
  };
}
