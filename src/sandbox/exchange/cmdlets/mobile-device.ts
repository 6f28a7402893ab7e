import { notFound } from '../errors.js';
import { resolveMailbox } from '../model/directory.js';
import { mobileDevices } from '../model/mailbox-data.js';
import { filterPredicate } from './listing.js';
import { arrayResults, type ServerCmdlet } from './types.js';

const CLIENTS: Record<string, string> = { activesync: 'EAS', owafordevices: 'OWA', restapi: 'REST', universaloutlook: 'Outlook' };

export const getMobileDevice: ServerCmdlet = {
  name: 'Get-MobileDevice',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const mailbox = ctx.params.string('Mailbox');
    const identity = ctx.params.string('Identity');
    const clients = Object.entries(CLIENTS).filter(([sw]) => ctx.params.switch(sw)).map(([, c]) => c);
    let predicate: ReturnType<typeof filterPredicate>;
    const keep = (o: Record<string, unknown>) =>
      (clients.length === 0 || clients.includes(o.ClientType as string) || clients.some((c) => (o.Identity as string).includes(`\\${c}\u00a7`))) && (!predicate || predicate(o));
    if (mailbox !== undefined || (identity !== undefined && !identity.includes('\\ExchangeActiveSyncDevices\\'))) {
      const index = resolveMailbox(t, mailbox ?? identity!);
      const devices = mobileDevices(t, index);
      predicate = filterPredicate(ctx, Object.keys(devices[0] ?? { DeviceId: null, DeviceOS: null, DeviceType: null, FriendlyName: null, ClientType: null }));
      return arrayResults(devices.filter(keep));
    }
    if (identity !== undefined) {
      const owner = identity.slice(0, identity.indexOf('\\ExchangeActiveSyncDevices\\'));
      const index = resolveMailbox(t, owner);
      const device = mobileDevices(t, index).find((d) => (d.Identity as string).toLowerCase().endsWith(identity.slice(owner.length).toLowerCase()));
      if (!device) throw notFound(identity, t.ctx.dc);
      return [device];
    }
    return {
      *from(position) {
        for (const index of t.mailboxIndexes(Math.floor(position / 4))) {
          const devices = mobileDevices(t, index);
          if (!predicate && devices[0]) predicate = filterPredicate(ctx, Object.keys(devices[0]));
          for (let k = index * 4 >= position ? 0 : position - index * 4; k < devices.length; k++) if (keep(devices[k]!)) yield [index * 4 + k, devices[k]!];
        }
      },
    };
  },
};
