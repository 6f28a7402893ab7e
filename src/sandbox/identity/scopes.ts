import { EXCHANGE_APP_ID, EXCHANGE_RESOURCE } from './tokens.js';

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

/** The first-party public clients Exchange sign-ins use; they exist in every tenant. */
export const FIRST_PARTY_PUBLIC_CLIENTS = new Set([
  'fb78d390-0c51-40cd-8e17-fdbfab77341b', // Microsoft Exchange REST API Based Powershell
  'a0c73c16-a7e3-4564-9a95-2bdf47383716', // Exchange Online PowerShell
]);

export interface ScopeRequest {
  /** The scopes as requested, OIDC ones included. */
  requested: string[];
  /** The resources named (scope minus its permission part). */
  resources: string[];
  wantsRefreshToken: boolean;
  wantsIdToken: boolean;
}

export function parseScopes(scope: string | null | undefined): ScopeRequest {
  const requested = (scope ?? '').split(/\s+/).filter(Boolean);
  const resources = requested.filter((s) => !OIDC_SCOPES.has(s.toLowerCase())).map(resourceOf);
  return {
    requested,
    resources,
    wantsRefreshToken: requested.some((s) => s.toLowerCase() === 'offline_access'),
    wantsIdToken: requested.some((s) => s.toLowerCase() === 'openid'),
  };
}

/** `https://outlook.office365.com/.default` → `https://outlook.office365.com`. */
export function resourceOf(scope: string): string {
  if (!scope.includes('://')) return scope.split('/')[0]!;
  const u = scope.replace(/\/+$/, '');
  const m = /^(https?:\/\/[^/]+)(\/.*)?$/i.exec(u);
  return m ? m[1]! : u;
}

/** Exchange is addressed by its host, its app id, or (through the sandbox) the sandbox's own origin. */
export function isExchangeResource(resource: string, origin: string): boolean {
  const r = resource.replace(/\/+$/, '').toLowerCase();
  return r === EXCHANGE_RESOURCE || r === EXCHANGE_APP_ID || r === 'https://outlook.office.com' || r === origin.toLowerCase();
}

/** The first resource that is not Exchange, if any: the sandbox serves only Exchange. */
export function unknownResource(req: ScopeRequest, origin: string): string | undefined {
  return req.resources.find((r) => !isExchangeResource(r, origin));
}
