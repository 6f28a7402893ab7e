import { resolveMailbox } from '../model/directory.js';
import type { Params, ServerCmdlet } from './types.js';

/** Remove-Mailbox soft-deletes: the mailbox then shows only under -SoftDeletedMailbox. */
export const removeMailbox: ServerCmdlet = {
  name: 'Remove-Mailbox',
  write: true,
  target: (p: Params) => p.string('Identity') ?? '',
  run(ctx) {
    const t = ctx.tenant;
    const permanently = ctx.params.switch('PermanentlyDelete');
    const index = resolveMailbox(t, ctx.params.required('Identity'), permanently);
    t.commit({ op: 'mbx.remove', index, at: ctx.now });
  },
};
