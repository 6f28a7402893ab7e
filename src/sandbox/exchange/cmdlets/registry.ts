import { getMailbox } from './mailbox-get.js';
import { setMailbox } from './mailbox-set.js';
import { newMailbox } from './mailbox-new.js';
import { removeMailbox } from './mailbox-remove.js';
import { getRecipient } from './recipient-get.js';
import { getMailboxFolderStatistics, getMailboxStatistics } from './statistics.js';
import { addMailboxPermission, getMailboxPermission, removeMailboxPermission } from './mailbox-permission.js';
import { addRecipientPermission, getRecipientPermission, removeRecipientPermission } from './recipient-permission.js';
import { addMailboxFolderPermission, getMailboxFolderPermission } from './folder-permission.js';
import { getCasMailbox, setCasMailbox } from './cas-mailbox.js';
import { getDistributionGroup, newDistributionGroup, removeDistributionGroup } from './distribution-group.js';
import { addDistributionGroupMember, getDistributionGroupMember, removeDistributionGroupMember } from './distribution-group-member.js';
import { getUnifiedGroup } from './unified-group.js';
import { getMobileDevice } from './mobile-device.js';
import { getAcceptedDomain, getOrganizationConfig } from './organization.js';
import { disableTransportRule, enableTransportRule, getTransportRule, newTransportRule, removeTransportRule, setTransportRule } from './transport-rule.js';
import { getInboxRule } from './inbox-rule.js';
import { getMailboxAutoReplyConfiguration, setMailboxAutoReplyConfiguration } from './auto-reply.js';
import { getMessageTraceV2 } from './message-trace.js';
import type { ServerCmdlet } from './types.js';

const ALL: ServerCmdlet[] = [
  getMailbox, setMailbox, newMailbox, removeMailbox, getRecipient, getMailboxStatistics, getMailboxFolderStatistics,
  getMailboxPermission, addMailboxPermission, removeMailboxPermission, getRecipientPermission, addRecipientPermission, removeRecipientPermission,
  getMailboxFolderPermission, addMailboxFolderPermission, getCasMailbox, setCasMailbox, getDistributionGroup, newDistributionGroup, removeDistributionGroup,
  getDistributionGroupMember, addDistributionGroupMember, removeDistributionGroupMember, getUnifiedGroup, getMobileDevice, getOrganizationConfig,
  getAcceptedDomain, getTransportRule, newTransportRule, setTransportRule, removeTransportRule, enableTransportRule, disableTransportRule, getInboxRule, getMailboxAutoReplyConfiguration,
  setMailboxAutoReplyConfiguration, getMessageTraceV2,
];

const BY_NAME = new Map(ALL.map((c) => [c.name.toLowerCase(), c]));

/** The server-side cmdlet for a name (case-insensitive), if the sandbox implements it. */
export function findCmdlet(name: string): ServerCmdlet | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function implementedCmdlets(): ServerCmdlet[] {
  return ALL;
}
