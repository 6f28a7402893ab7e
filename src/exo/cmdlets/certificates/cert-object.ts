/**
 * The X509Certificate2 objects the certificate cmdlets emit, with the
 * Cert: provider's PS* properties, and their default table view
 * (Certificate.format.ps1xml "ThumbprintTable": grouped by PSParentPath,
 * Thumbprint 41 wide, Subject 20 wide, the EKU friendly names).
 */
import { X509Certificate } from 'node:crypto';
import { registerView } from '../../../repl/format/views.js';
import { DateTime } from '../../../repl/values/datetime.js';
import { PSObject } from '../../../repl/values/psobject.js';
import { storeProviderPath, STORE_NAME, type StoreLocation } from './cert-paths.js';

export const X509_TYPE = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.4.1.311.80.1': 'Document Encryption',
};

/** .NET writes distinguished names most specific first ("CN=x, O=y"), the reverse of the encoded order. */
function dotNetName(name: string): string {
  return name.split('\n').filter((l) => l !== '').reverse().join(', ');
}

function ekuList(x: X509Certificate): PSObject[] {
  return (x.keyUsage ?? []).map((oid) => new PSObject([['FriendlyName', EKU_NAMES[oid] ?? ''], ['ObjectId', oid]], ['Microsoft.PowerShell.Commands.EnhancedKeyUsageRepresentation', 'System.Object']));
}

function dnsNames(x: X509Certificate): string[] {
  const san = x.subjectAltName ?? '';
  return san.split(/,\s*/).filter((e) => e.startsWith('DNS:')).map((e) => e.slice(4));
}

export interface CertificateFacts {
  certificatePem: string;
  hasPrivateKey: boolean;
  location: StoreLocation;
  friendlyName?: string;
}

export function certificateObject(f: CertificateFacts): PSObject {
  const x = new X509Certificate(f.certificatePem);
  const thumbprint = x.fingerprint.replaceAll(':', '');
  const parent = storeProviderPath(f.location);
  const obj = new PSObject([
    ['PSPath', `${parent}\\${thumbprint}`],
    ['PSParentPath', parent],
    ['PSChildName', thumbprint],
    ['PSDrive', 'Cert'],
    ['PSProvider', 'Microsoft.PowerShell.Security\\Certificate'],
    ['PSIsContainer', false],
    ['EnhancedKeyUsageList', ekuList(x)],
    ['DnsNameList', dnsNames(x)],
    ['FriendlyName', f.friendlyName ?? ''],
    ['HasPrivateKey', f.hasPrivateKey],
    ['Issuer', dotNetName(x.issuer)],
    ['NotAfter', DateTime.fromInstant(Date.parse(x.validTo), 'Local')],
    ['NotBefore', DateTime.fromInstant(Date.parse(x.validFrom), 'Local')],
    ['SerialNumber', x.serialNumber.toUpperCase()],
    ['Subject', dotNetName(x.subject)],
    ['Thumbprint', thumbprint],
    ['Version', 3],
    ['RawData', [...x.raw]],
  ], [X509_TYPE, 'System.Security.Cryptography.X509Certificates.X509Certificate', 'System.Object']);
  obj.addMethod('GetRawCertData', () => [...x.raw]);
  obj.addMethod('GetCertHashString', () => thumbprint);
  // X509Certificate.ToString(): what "$cert" gives in pwsh.
  obj.addMethod('ToString', () => [
    ['Subject', obj.get('Subject')], ['Issuer', obj.get('Issuer')], ['Serial Number', obj.get('SerialNumber')],
    ['Not Before', String(obj.get('NotBefore'))], ['Not After', String(obj.get('NotAfter'))], ['Thumbprint', thumbprint],
  ].map(([label, value]) => `[${label}]\n  ${value}\n`).join('\n'));
  return obj;
}

/** The X509Store objects Get-ChildItem lists under a location (`Cert:\CurrentUser`). */
export function storeObject(location: StoreLocation): PSObject {
  return new PSObject([
    ['PSPath', `Microsoft.PowerShell.Security\\Certificate::${location}\\${STORE_NAME}`],
    ['PSParentPath', `Microsoft.PowerShell.Security\\Certificate::${location}`],
    ['PSChildName', STORE_NAME],
    ['PSIsContainer', true],
    ['Name', STORE_NAME],
    ['Location', location],
  ], ['System.Security.Cryptography.X509Certificates.X509Store', 'System.Object']);
}

/** The X509StoreLocation objects under `Cert:\`. */
export function locationObject(location: StoreLocation): PSObject {
  return new PSObject([
    ['PSPath', `Microsoft.PowerShell.Security\\Certificate::${location}`],
    ['PSChildName', location],
    ['PSIsContainer', true],
    ['Location', location],
    ['StoreNames', [STORE_NAME]],
  ], ['Microsoft.PowerShell.Commands.X509StoreLocation', 'System.Object']);
}

function ekuFriendlyNames(obj: unknown): unknown {
  const list = obj instanceof PSObject ? obj.get('EnhancedKeyUsageList') : undefined;
  return Array.isArray(list) ? list.map((e) => (e instanceof PSObject ? e.get('FriendlyName') : e)) : undefined;
}

registerView(X509_TYPE, {
  kind: 'table',
  groupBy: { property: 'PSParentPath' },
  columns: [
    { property: 'Thumbprint', width: 41 },
    { property: 'Subject', width: 20 },
    { label: 'EnhancedKeyUsageList', expression: ekuFriendlyNames },
  ],
});
registerView(X509_TYPE, {
  kind: 'list',
  columns: ['Subject', 'Issuer', 'Thumbprint', 'FriendlyName', 'NotBefore', 'NotAfter'].map((property) => ({ property })),
});
registerView('Microsoft.PowerShell.Commands.X509StoreLocation', { kind: 'list', columns: [{ property: 'Location' }, { property: 'StoreNames' }] });
registerView('System.Security.Cryptography.X509Certificates.X509Store', { kind: 'list', columns: [{ property: 'Name' }] });
