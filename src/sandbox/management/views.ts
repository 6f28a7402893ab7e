import type { AppRecord, ManagedIdentityRecord, PartnerRelationship, TenantRecord, UserRecord } from '../identity/model.js';

/** What the management API shows of each record: never password or secret hashes. */

export function tenantView(t: TenantRecord) {
  return { tenantId: t.id, domain: t.domains[0], domains: t.domains, displayName: t.displayName, createdAt: t.createdAt, mailboxes: t.mailboxes, seed: t.seed };
}

export function userView(u: UserRecord) {
  return { objectId: u.objectId, tenantId: u.tenantId, userPrincipalName: u.userPrincipalName, displayName: u.displayName, mfa: u.mfa, exchangeRole: u.exchangeRole };
}

export function appView(a: AppRecord) {
  return {
    appId: a.appId,
    servicePrincipalId: a.servicePrincipalId,
    tenantId: a.tenantId,
    displayName: a.displayName,
    manageAsApp: a.manageAsApp,
    exchangeRole: a.exchangeRole,
    publicClient: a.publicClient,
    certificates: a.certificates.map((c) => ({ thumbprint: c.thumbprintSha1, thumbprintSha256: c.thumbprintSha256, notAfter: c.notAfter })),
    secrets: a.secrets.map((s) => ({ keyId: s.keyId, hint: s.hint })),
  };
}

/** A system-assigned identity also shows the environment a process on its host would have. */
export function managedIdentityView(m: ManagedIdentityRecord, origin: string) {
  return {
    kind: m.kind,
    clientId: m.clientId,
    objectId: m.objectId,
    tenantId: m.tenantId,
    name: m.name,
    resourceId: m.resourceId,
    exchangeRole: m.exchangeRole,
    ...(m.kind === 'system'
      ? {
          environment: {
            IDENTITY_ENDPOINT: `${origin}/msi/token`,
            IDENTITY_HEADER: m.hostSecret,
            AZURE_POD_IDENTITY_AUTHORITY_HOST: `${origin}/_imds/${m.clientId}`,
          },
        }
      : {}),
  };
}

export function partnerView(p: PartnerRelationship) {
  return { partnerTenantId: p.partnerTenantId, customerTenantId: p.customerTenantId, exchangeRole: p.exchangeRole, createdAt: p.createdAt };
}
