/** Records kept in tenant state (seeded at start, changed by writes, journaled). */
export type MemberRef = number | string; // mailbox index, or a group id

export interface GroupRecord {
  id: string;
  name: string;
  alias: string;
  displayName: string;
  type: 'Distribution' | 'Security' | 'RoomList';
  members: MemberRef[];
  managedBy: MemberRef[];
  memberJoinRestriction: string;
  memberDepartRestriction: string;
  requireSenderAuthenticationEnabled: boolean;
  hiddenFromAddressListsEnabled: boolean;
  notes: string | null;
  whenCreated: Date;
  whenChanged: Date;
}

export interface MailboxAce {
  user: string;
  accessRights: string[];
  deny: boolean;
  isInherited: boolean;
  inheritanceType: string;
}

export interface RecipientAce {
  trustee: string;
  accessControlType: 'Allow' | 'Deny';
  accessRights: string[];
  isInherited: boolean;
}

export interface FolderAce {
  user: string;
  accessRights: string[];
  sharingPermissionFlags: string | null;
}

export interface TransportRuleRecord {
  id: string;
  name: string;
  priority: number;
  state: 'Enabled' | 'Disabled';
  mode: string;
  comments: string | null;
  stopRuleProcessing: boolean;
  /** Condition, exception and action parameters as given to New-/Set-TransportRule. */
  settings: Record<string, unknown>;
  whenChanged: Date;
  createdBy: string;
}

export type JournalOp =
  | { op: 'init'; tenantId: string; domain: string; mailboxes: number; seed: number; epoch: number }
  | { op: 'mbx.patch'; index: number; patch: Record<string, unknown> }
  | { op: 'mbx.new'; index: number; kind: string; alias: string; displayName: string; firstName: string | null; lastName: string | null; at: Date }
  | { op: 'mbx.remove'; index: number; at: Date }
  | { op: 'mperm'; index: number; aces: MailboxAce[] }
  | { op: 'rperm'; index: number; aces: RecipientAce[] }
  | { op: 'fperm'; key: string; aces: FolderAce[] }
  | { op: 'cas'; index: number; patch: Record<string, unknown> }
  | { op: 'oof'; index: number; patch: Record<string, unknown> }
  | { op: 'dg.put'; group: GroupRecord }
  | { op: 'dg.remove'; id: string }
  | { op: 'tr.put'; rule: TransportRuleRecord }
  | { op: 'tr.remove'; id: string };
