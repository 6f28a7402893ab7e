import { parameterNotFound } from '../errors.js';
import { resolveMailbox } from '../model/directory.js';
import { casObject } from '../model/mailbox-data.js';
import { listMailboxObjects } from './listing.js';
import { editList, type Params, type ServerCmdlet } from './types.js';

export const getCasMailbox: ServerCmdlet = {
  name: 'Get-CASMailbox',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    return listMailboxObjects(ctx, (i) => casObject(t, i), Object.keys(casObject(t, 0)));
  },
};

const BOOLS = ['ActiveSyncEnabled', 'OWAEnabled', 'OWAforDevicesEnabled', 'ECPEnabled', 'PopEnabled', 'ImapEnabled', 'MAPIEnabled', 'MapiHttpEnabled', 'EwsEnabled', 'EwsAllowOutlook', 'EwsAllowMacOutlook', 'OutlookMobileEnabled', 'MacOutlookEnabled', 'OneWinNativeOutlookEnabled', 'UniversalOutlookEnabled', 'SmtpClientAuthenticationDisabled', 'ActiveSyncSuppressReadReceipt', 'PopUseProtocolDefaults', 'ImapUseProtocolDefaults', 'MAPIBlockOutlookNonCachedMode', 'MAPIBlockOutlookRpcHttp', 'MAPIBlockOutlookExternalConnectivity'];
const STRINGS = ['OwaMailboxPolicy', 'ActiveSyncMailboxPolicy', 'EwsApplicationAccessPolicy', 'PopMessagesRetrievalMimeFormat', 'ImapMessagesRetrievalMimeFormat', 'MAPIBlockOutlookVersions'];
const LISTS = ['ActiveSyncAllowedDeviceIDs', 'ActiveSyncBlockedDeviceIDs', 'EwsAllowList', 'EwsBlockList'];
const IGNORED = new Set(['identity', 'confirm', 'whatif', 'erroraction', 'warningaction', 'verbose', 'debug', 'errorvariable', 'warningvariable', 'outvariable', 'outbuffer', 'informationaction', 'informationvariable', 'pipelinevariable']);

export const setCasMailbox: ServerCmdlet = {
  name: 'Set-CASMailbox',
  write: true,
  target: (p: Params) => p.string('Identity') ?? '',
  run(ctx) {
    const t = ctx.tenant;
    const index = resolveMailbox(t, ctx.params.required('Identity'));
    const current = casObject(t, index);
    const patch: Record<string, unknown> = {};
    for (const name of ctx.params.names()) {
      const key = name.toLowerCase();
      if (IGNORED.has(key)) continue;
      const find = (l: string[]) => l.find((p) => p.toLowerCase() === key);
      let prop: string | undefined;
      if ((prop = find(BOOLS))) patch[prop] = ctx.params.bool(name) ?? null;
      else if ((prop = find(STRINGS))) patch[prop] = ctx.params.string(name) ?? null;
      else if ((prop = find(LISTS))) patch[prop] = editList((current[prop] as string[] | null) ?? [], ctx.params.raw(name));
      else throw parameterNotFound(name);
    }
    if (Object.keys(patch).length === 0) {
      ctx.warnings.push(`The command completed successfully but no settings of '${current.Name}' have been modified.`);
      return;
    }
    t.commit({ op: 'cas', index, patch });
  },
};
