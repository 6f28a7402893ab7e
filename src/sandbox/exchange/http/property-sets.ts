/** Get-EXO* property sets (exo-protocol.md §3.4, exo-cmdlets.md §2.2/§2.6); `All` means every property. */
const E = 'ExternalDirectoryObjectId';
const custom = [...Array.from({ length: 15 }, (_, n) => `CustomAttribute${n + 1}`), ...Array.from({ length: 5 }, (_, n) => `ExtensionCustomAttribute${n + 1}`)];
const move = ['MailboxMoveBatchName', 'MailboxMoveFlags', 'MailboxMoveRemoteHostName', 'MailboxMoveSourceMDB', 'MailboxMoveStatus', 'MailboxMoveTargetMDB'];

export const PROPERTY_SETS: Record<string, Record<string, string[]>> = {
  Mailbox: {
    Minimum: ['Alias', 'DisplayName', 'DistinguishedName', 'EmailAddresses', 'ExchangeVersion', E, 'Guid', 'Id', 'Identity', 'Name', 'OrganizationId', 'PrimarySmtpAddress', 'RecipientType', 'RecipientTypeDetails', 'UserPrincipalName'],
    AddressList: ['AddressBookPolicy', 'AddressListMembership', E, 'GeneratedOfflineAddressBooks', 'HiddenFromAddressListsEnabled', 'OfflineAddressBook'],
    Archive: ['ArchiveDatabase', 'ArchiveDomain', 'ArchiveGuid', 'ArchiveName', 'ArchiveQuota', 'ArchiveRelease', 'ArchiveState', 'ArchiveStatus', 'ArchiveWarningQuota', 'AutoExpandingArchiveEnabled', 'DisabledArchiveDatabase', 'DisabledArchiveGuid', E, 'JournalArchiveAddress'],
    Audit: ['AuditAdmin', 'AuditDelegate', 'AuditEnabled', 'AuditLogAgeLimit', 'AuditOwner', 'DefaultAuditSet', E],
    Custom: [...custom, E],
    Delivery: ['AcceptMessagesOnlyFrom', 'AcceptMessagesOnlyFromDLMembers', 'AcceptMessagesOnlyFromSendersOrMembers', 'DeliverToMailboxAndForward', 'DowngradeHighPriorityMessagesEnabled', E, 'ForwardingAddress', 'ForwardingSmtpAddress', 'GrantSendOnBehalfTo', 'MaxBlockedSenders', 'MaxReceiveSize', 'MaxSafeSenders', 'MaxSendSize', 'MessageCopyForSendOnBehalfEnabled', 'MessageCopyForSentAsEnabled', 'MessageRecallProcessingEnabled', 'MessageTrackingReadStatusEnabled', 'RecipientLimits', 'RejectMessagesFrom', 'RejectMessagesFromDLMembers', 'RejectMessagesFromSendersOrMembers', 'RulesQuota'],
    Hold: ['ComplianceTagHoldApplied', 'DelayHoldApplied', E, 'InPlaceHolds', 'InactiveMailboxRetireTime', 'LitigationHoldDate', 'LitigationHoldDuration', 'LitigationHoldEnabled', 'LitigationHoldOwner'],
    Moderation: ['BypassModerationFromSendersOrMembers', E, 'ModeratedBy', 'ModerationEnabled', 'SendModerationNotifications'],
    Move: [E, ...move],
    Policy: ['AddressBookPolicy', 'DataEncryptionPolicy', 'EmailAddressPolicyEnabled', E, 'ManagedFolderMailboxPolicy', 'PoliciesExcluded', 'PoliciesIncluded', 'RemoteAccountPolicy', 'RetentionPolicy', 'RetentionUrl', 'RoleAssignmentPolicy', 'SharingPolicy', 'ThrottlingPolicy'],
    PublicFolder: ['DefaultPublicFolderMailbox', 'EffectivePublicFolderMailbox', E, 'IsExcludedFromServingHierarchy', 'IsHierarchyReady', 'IsHierarchySyncEnabled', 'IsRootPublicFolderMailbox'],
    Quota: ['ArchiveQuota', 'ArchiveWarningQuota', 'CalendarLoggingQuota', E, 'IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota', 'RecoverableItemsQuota', 'RecoverableItemsWarningQuota', 'RulesQuota', 'UseDatabaseQuotaDefaults'],
    Resource: [E, 'IsResource', 'ResourceCapacity', 'ResourceCustom', 'ResourceType', 'RoomMailboxAccountEnabled'],
    Retention: ['EndDateForRetentionHold', E, 'OrphanSoftDeleteTrackingTime', 'RetainDeletedItemsFor', 'RetainDeletedItemsUntilBackup', 'RetentionComment', 'RetentionHoldEnabled', 'RetentionPolicy', 'RetentionUrl', 'SingleItemRecoveryEnabled', 'StartDateForRetentionHold', 'UseDatabaseRetentionDefaults'],
    SCL: ['AntispamBypassEnabled', E, 'SCLDeleteEnabled', 'SCLDeleteThreshold', 'SCLJunkEnabled', 'SCLJunkThreshold', 'SCLQuarantineEnabled', 'SCLQuarantineThreshold', 'SCLRejectEnabled', 'SCLRejectThreshold'],
    SoftDelete: [E, 'IncludeInGarbageCollection', 'IsInactiveMailbox', 'IsSoftDeletedByDisable', 'IsSoftDeletedByRemove', 'WhenSoftDeleted'],
    StatisticsSeed: ['ArchiveDatabaseGuid', 'DatabaseGuid', 'ExchangeGuid', E],
  },
  Recipient: {
    // The documented Minimum set is narrower than what the service returns (exo-cmdlets.md §2.2).
    Minimum: [E, 'Identity', 'Alias', 'EmailAddresses', 'DisplayName', 'Name', 'PrimarySmtpAddress', 'RecipientType', 'RecipientTypeDetails', 'ExchangeVersion', 'DistinguishedName', 'OrganizationId', 'Guid'],
    Archive: ['ArchiveGuid', 'ArchiveStatus', E],
    Custom: [...custom.filter((c) => c.startsWith('CustomAttribute')), E],
    MailboxMove: [E],
    Policy: [E],
  },
  CasMailbox: {
    Minimum: ['ActiveSyncEnabled', 'DisplayName', 'ECPEnabled', 'EmailAddresses', 'EwsEnabled', 'ExchangeVersion', E, 'Guid', 'Identity', 'ImapEnabled', 'MAPIEnabled', 'Name', 'OWAEnabled', 'OrganizationId', 'PopEnabled', 'PrimarySmtpAddress', 'ServerLegacyDN'],
    ActiveSync: ['ActiveSyncAllowedDeviceIDs', 'ActiveSyncBlockedDeviceIDs', 'ActiveSyncEnabled', 'ActiveSyncMailboxPolicy', 'ActiveSyncMailboxPolicyIsDefaulted', 'ActiveSyncSuppressReadReceipt', 'HasActiveSyncDevicePartnership', E, 'Guid', 'Identity', 'Name', 'OrganizationId'],
    Ews: ['EwsAllowMacOutlook', 'EwsAllowOutlook', 'EwsEnabled', E, 'Guid', 'Identity', 'Name', 'OrganizationId'],
    Imap: ['ImapEnableExactRFC822Size', 'ImapEnabled', 'ImapForceICalForCalendarRetrievalOption', 'ImapMessagesRetrievalMimeFormat', 'ImapSuppressReadReceipt', 'ImapUseProtocolDefaults', E, 'Guid', 'Identity', 'Name', 'OrganizationId'],
    Mapi: ['MAPIBlockOutlookExternalConnectivity', 'MAPIBlockOutlookNonCachedMode', 'MAPIBlockOutlookRpcHttp', 'MAPIBlockOutlookVersions', 'MAPIEnabled', 'MapiHttpEnabled', E, 'Guid', 'Identity', 'Name', 'OrganizationId'],
    Pop: ['PopEnableExactRFC822Size', 'PopEnabled', 'PopForceICalForCalendarRetrievalOption', 'PopMessagesRetrievalMimeFormat', 'PopSuppressReadReceipt', 'PopUseProtocolDefaults', E, 'Guid', 'Identity', 'Name', 'OrganizationId'],
    ProtocolSettings: ['ExternalImapSettings', 'ExternalPopSettings', 'ExternalSmtpSettings', 'InternalImapSettings', 'InternalPopSettings', 'InternalSmtpSettings', E, 'Guid', 'Identity', 'Name', 'OrganizationId'],
  },
  MailboxStatistics: {
    Minimum: ['DeletedItemCount', 'DisplayName', 'ItemCount', 'MailboxGuid', 'TotalDeletedItemSize', 'TotalItemSize'],
  },
};
