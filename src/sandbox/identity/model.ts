/** The directory's records, as persisted in `<dataDir>/identity/directory.json`. */

export type ExchangeRole = 'admin' | 'read-only' | 'none';

export const EXCHANGE_ROLES: readonly ExchangeRole[] = ['admin', 'read-only', 'none'];

export interface TenantRecord {
  id: string;
  /** The first domain is the initial one; all resolve to the tenant. */
  domains: string[];
  displayName: string;
  createdAt: string;
  mailboxes?: number;
  seed?: number;
}

export interface PasswordHash {
  salt: string;
  hash: string;
}

export interface UserRecord {
  objectId: string;
  tenantId: string;
  userPrincipalName: string;
  displayName: string;
  password: PasswordHash;
  mfa: boolean;
  exchangeRole: ExchangeRole;
}

export interface CertificateCredential {
  thumbprintSha1: string;
  thumbprintSha256: string;
  pem: string;
  notAfter: string;
}

export interface SecretCredential {
  keyId: string;
  /** The first characters, as the portal shows them. */
  hint: string;
  hash: PasswordHash;
}

export interface AppRecord {
  appId: string;
  /** Object id of the app's service principal in its tenant (the token's oid). */
  servicePrincipalId: string;
  tenantId: string;
  displayName: string;
  certificates: CertificateCredential[];
  secrets: SecretCredential[];
  /** Holds the Exchange.ManageAsApp application permission with admin consent. */
  manageAsApp: boolean;
  exchangeRole: ExchangeRole;
  /** Allows public client flows (device code, ROPC, interactive). */
  publicClient: boolean;
}

export interface ManagedIdentityRecord {
  kind: 'system' | 'user';
  clientId: string;
  objectId: string;
  tenantId: string;
  name: string;
  resourceId: string;
  exchangeRole: ExchangeRole;
  /** For a system-assigned identity: the secret its host presents (IDENTITY_HEADER), which also names the host. */
  hostSecret?: string;
}

export interface PartnerRelationship {
  partnerTenantId: string;
  customerTenantId: string;
  /** What the partner's admins may do in the customer's Exchange. */
  exchangeRole: ExchangeRole;
  createdAt: string;
}

export interface DirectoryData {
  version: 1;
  tenants: TenantRecord[];
  users: UserRecord[];
  apps: AppRecord[];
  managedIdentities: ManagedIdentityRecord[];
  partners: PartnerRelationship[];
}
