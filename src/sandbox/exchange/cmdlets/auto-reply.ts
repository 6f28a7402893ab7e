import { badArgument, parameterNotFound } from '../errors.js';
import { resolveMailbox } from '../model/directory.js';
import { autoReplyObject } from '../model/mailbox-data.js';
import type { Params, ServerCmdlet } from './types.js';

export const getMailboxAutoReplyConfiguration: ServerCmdlet = {
  name: 'Get-MailboxAutoReplyConfiguration',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    return [autoReplyObject(t, resolveMailbox(t, ctx.params.required('Identity')))];
  },
};

const ENUMS: Record<string, string[]> = { AutoReplyState: ['Disabled', 'Enabled', 'Scheduled'], ExternalAudience: ['None', 'Known', 'All'] };
const BOOLS = ['AutoDeclineFutureRequestsWhenOOF', 'CreateOOFEvent', 'DeclineAllEventsForScheduledOOF', 'DeclineEventsForScheduledOOF'];
const STRINGS = ['InternalMessage', 'ExternalMessage', 'DeclineMeetingMessage', 'OOFEventSubject'];
const DATES = ['StartTime', 'EndTime'];
const IGNORED = new Set(['identity', 'confirm', 'whatif', 'erroraction', 'warningaction', 'verbose', 'debug', 'errorvariable', 'warningvariable', 'outvariable', 'outbuffer', 'informationaction', 'informationvariable', 'pipelinevariable', 'ignoredefaultscope']);

export const setMailboxAutoReplyConfiguration: ServerCmdlet = {
  name: 'Set-MailboxAutoReplyConfiguration',
  write: true,
  target: (p: Params) => p.string('Identity') ?? '',
  run(ctx) {
    const t = ctx.tenant;
    const index = resolveMailbox(t, ctx.params.required('Identity'));
    const patch: Record<string, unknown> = {};
    for (const name of ctx.params.names()) {
      const key = name.toLowerCase();
      if (IGNORED.has(key)) continue;
      const find = (l: string[]) => l.find((p) => p.toLowerCase() === key);
      const enumName = Object.keys(ENUMS).find((e) => e.toLowerCase() === key);
      let prop: string | undefined;
      if (enumName) {
        const v = ctx.params.required(name);
        const c = ENUMS[enumName]!.find((x) => x.toLowerCase() === v.toLowerCase());
        if (!c) throw badArgument(`Cannot process argument transformation on parameter '${enumName}'. Cannot convert value "${v}" to type "${enumName === 'AutoReplyState' ? 'Microsoft.Exchange.InfoWorker.Common.OOF.OofState' : 'Microsoft.Exchange.InfoWorker.Common.OOF.ExternalAudience'}". Error: "Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again: ${ENUMS[enumName]!.join(', ')}"`);
        patch[enumName] = c;
      } else if ((prop = find(BOOLS))) patch[prop] = ctx.params.bool(name) ?? false;
      else if ((prop = find(STRINGS))) patch[prop] = ctx.params.string(name) ?? null;
      else if ((prop = find(DATES))) patch[prop] = ctx.params.date(name) ?? null;
      else throw parameterNotFound(name);
    }
    const merged = { ...autoReplyObject(t, index), ...patch };
    if (merged.AutoReplyState === 'Scheduled' && (merged.EndTime as Date) <= (merged.StartTime as Date))
      throw badArgument('The end time must be later than the start time.');
    t.commit({ op: 'oof', index, patch });
  },
};
