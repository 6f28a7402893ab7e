import { badArgument } from '../errors.js';
import { messageTraces } from '../model/organization.js';
import { likeToRegExp } from '../util/wildcard.js';
import type { ServerCmdlet } from './types.js';

const DAY = 86_400_000;
const STATUSES = ['Delivered', 'Expanded', 'Failed', 'FilteredAsSpam', 'GettingStatus', 'Pending', 'Quarantined'];

/** Get-MessageTraceV2: last 48 h by default, at most 10 days per query, 90 days back, ResultSize 1–5000. */
export const getMessageTraceV2: ServerCmdlet = {
  name: 'Get-MessageTraceV2',
  write: false,
  run(ctx) {
    const p = ctx.params;
    const end = p.date('EndDate') ?? ctx.now;
    const start = p.date('StartDate') ?? new Date(end.getTime() - 2 * DAY);
    if (start > end) throw badArgument('The StartDate value must be earlier than the EndDate value.');
    if (end.getTime() - start.getTime() > 10 * DAY) throw badArgument('The time range between StartDate and EndDate can\'t exceed 10 days.');
    if (start.getTime() < ctx.now.getTime() - 90 * DAY) throw badArgument('The StartDate value can\'t be older than 90 days.');
    const size = p.resultSize(1000);
    if (size < 1 || size > 5000) throw badArgument('The ResultSize value must be between 1 and 5000.');
    const senders = p.list('SenderAddress')?.map((s) => likeToRegExp(s));
    const recipients = p.list('RecipientAddress')?.map((s) => s.toLowerCase());
    const statuses = p.list('Status')?.map((s) => {
      const c = STATUSES.find((x) => x.toLowerCase() === s.toLowerCase());
      if (!c) throw badArgument(`Invalid Status value '${s}'. Valid values are: ${STATUSES.join(', ')}.`);
      return c;
    });
    const subject = p.string('Subject');
    const subjectType = (p.string('SubjectFilterType') ?? 'Contains').toLowerCase();
    const messageId = p.string('MessageId');
    const traceId = p.string('MessageTraceId')?.toLowerCase();
    const startingRecipient = p.string('StartingRecipientAddress')?.toLowerCase();
    const out: Record<string, unknown>[] = [];
    for (const r of messageTraces(ctx.tenant, start, end)) {
      const s = String(r.SenderAddress);
      const rcpt = String(r.RecipientAddress).toLowerCase();
      const subj = String(r.Subject).toLowerCase();
      if (senders && !senders.some((re) => re.test(s))) continue;
      if (recipients && !recipients.includes(rcpt)) continue;
      if (statuses && !statuses.includes(r.Status as string)) continue;
      if (messageId && r.MessageId !== messageId) continue;
      if (traceId && r.MessageTraceId !== traceId) continue;
      if (startingRecipient && rcpt <= startingRecipient) continue;
      if (subject) {
        const want = subject.toLowerCase();
        const ok = subjectType === 'startswith' ? subj.startsWith(want) : subjectType === 'endswith' ? subj.endsWith(want) : subj.includes(want);
        if (!ok) continue;
      }
      out.push(r);
      if (out.length >= size) break;
    }
    return out;
  },
};
