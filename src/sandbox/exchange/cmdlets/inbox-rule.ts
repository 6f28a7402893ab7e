import { notFound } from '../errors.js';
import { resolveMailbox } from '../model/directory.js';
import { inboxRules } from '../model/mailbox-data.js';
import { arrayResults, type ServerCmdlet } from './types.js';

export const getInboxRule: ServerCmdlet = {
  name: 'Get-InboxRule',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const identity = ctx.params.string('Identity');
    let mailbox = ctx.params.string('Mailbox');
    let ruleKey: string | undefined = identity;
    // `mailbox\ruleId` names both at once.
    if (identity && !mailbox && identity.includes('\\')) {
      mailbox = identity.slice(0, identity.lastIndexOf('\\'));
      ruleKey = identity.slice(identity.lastIndexOf('\\') + 1);
    }
    const index = resolveMailbox(t, mailbox ?? ctx.caller.userPrincipalName ?? `admin@${t.ctx.domain}`);
    let rules = inboxRules(t, index);
    if (ruleKey) {
      rules = rules.filter((r) => String(r.Name).toLowerCase() === ruleKey!.toLowerCase() || r.RuleIdentity === ruleKey);
      if (rules.length === 0) throw notFound(identity!, t.ctx.dc);
    }
    const skip = ctx.params.int('SkipCount') ?? 0;
    return arrayResults(rules.slice(skip));
  },
};
