import { opathToOData } from './opath-to-odata.js';

/**
 * The URL of a Get-EXO* request (exo-protocol.md §3.2–3.4): the entity set
 * or bound function per cmdlet, identities base64-encoded with
 * `isEncoded=true`, `PropertySet` (always with Minimum), `$select`,
 * `$filter`, `Anr` and the cmdlet's custom query options.
 */

export interface EntitySetRequest {
  cmdlet: string;
  identity?: string;
  propertySets?: string[];
  properties?: string[];
  /** OPATH, translated to OData `$filter`. */
  filter?: string;
  anr?: string;
  resultSize?: number | 'Unlimited';
  /** Further query options, e.g. RecipientTypeDetails, SoftDeletedMailbox, Archive, Trustee, AccessRights, FolderScope. */
  extra?: Record<string, string>;
}

export class EntitySetRequestError extends Error {}

/** Cmdlets whose objects come in property sets, and their entity set. */
const LISTS: Record<string, string> = { 'get-exomailbox': 'Mailbox', 'get-exorecipient': 'Recipient', 'get-exocasmailbox': 'CasMailbox' };

/** Base64 keys can hold `/` and `+`, so they are percent-encoded inside the path. */
const b64 = (s: string) => encodeURIComponent(Buffer.from(s, 'utf8').toString('base64'));
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Returns the path after `…/adminapi/beta/{tenant}/` and its query string. */
export function entitySetPath(r: EntitySetRequest): string {
  const name = r.cmdlet.toLowerCase();
  const q = new URLSearchParams();
  const extra = { ...(r.extra ?? {}) };
  const takeExtra = (key: string): string | undefined => {
    const k = Object.keys(extra).find((x) => x.toLowerCase() === key.toLowerCase());
    if (k === undefined) return undefined;
    const v = extra[k];
    delete extra[k];
    return v;
  };
  const needIdentity = (): string => {
    if (!r.identity) throw new EntitySetRequestError(`Identity is a mandatory value to provide for running ${r.cmdlet}.`);
    return r.identity;
  };
  let path: string;
  const list = LISTS[name];
  if (list) {
    path = r.identity ? `${list}(${quote(b64(r.identity))})` : list;
    if (r.identity) q.set('isEncoded', 'true');
  } else if (name === 'get-exomailboxstatistics') {
    path = `Mailbox(${quote(b64(needIdentity()))})/Exchange.GetMailboxStatistics()`;
    q.set('isEncoded', 'true');
  } else if (name === 'get-exomailboxpermission') {
    path = `Mailbox(${quote(b64(needIdentity()))})/MailboxPermission`;
    q.set('isEncoded', 'true');
  } else if (name === 'get-exorecipientpermission') {
    const trustee = takeExtra('Trustee');
    const rights = takeExtra('AccessRights');
    const arg = (v: string | undefined, encode: boolean) => (v === undefined ? 'null' : quote(encode ? b64(v) : v));
    path = `Recipient/Exchange.GetRecipientPermissionByFilters(identity=${arg(r.identity, true)},trustee=${arg(trustee, true)},accessRights=${arg(rights, false)})`;
    q.set('isEncoded', 'true');
  } else if (name === 'get-exomailboxfolderpermission') {
    const id = needIdentity();
    const sep = id.indexOf(':');
    if (sep <= 0) throw new EntitySetRequestError(`The folder identity '${id}' must have the form <MailboxId>:\\<FolderPath> or <MailboxId>:<FolderId>.`);
    path = `Mailbox(${quote(b64(id.slice(0, sep)))})/MailboxFolder(${quote(b64(id.slice(sep + 1)))})/MailboxFolderPermission`;
    q.set('isEncoded', 'true');
  } else if (name === 'get-exomailboxfolderstatistics') {
    const scope = takeExtra('FolderScope') ?? 'All';
    path = `Mailbox(${quote(b64(needIdentity()))})/MailboxFolder/Exchange.GetMailboxFolderStatistics(folderscope=Exchange.ElcFolderType${quote(scope)})`;
    q.set('isEncoded', 'true');
  } else if (name === 'get-exomobiledevicestatistics') {
    path = `Mailbox(${quote(b64(needIdentity()))})/MobileDevice/Exchange.GetMobileDeviceStatistics()`;
    q.set('IsEncoded', 'True');
  } else {
    throw new EntitySetRequestError(`${r.cmdlet} is not one of the Get-EXO* cmdlets.`);
  }
  if (list || name === 'get-exomailboxstatistics') {
    const sets = ['Minimum', ...(r.propertySets ?? []).filter((s) => s.toLowerCase() !== 'minimum')];
    q.set('PropertySet', sets.join(','));
  }
  if (r.properties?.length) q.set('$select', r.properties.join(','));
  if (r.filter) q.set('$filter', opathToOData(r.filter));
  if (r.anr) q.set('Anr', r.anr);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const query = q.toString().replace(/\+/g, '%20');
  return query ? `${path}?${query}` : path;
}
