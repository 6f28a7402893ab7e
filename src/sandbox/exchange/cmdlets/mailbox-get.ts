import { listMailboxObjects } from './listing.js';
import type { ServerCmdlet } from './types.js';

export const getMailbox: ServerCmdlet = {
  name: 'Get-Mailbox',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const filterable = Object.keys(t.mailbox(0).obj);
    return listMailboxObjects(ctx, (i) => t.mailbox(i).obj, filterable);
  },
};
