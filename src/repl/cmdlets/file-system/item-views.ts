/**
 * The default table for file-system items, as pwsh on Unix shows them
 * (FileSystem_format_ps1xml.cs, view "childrenWithUnixStat"): mode, owner,
 * group, a short write time, size and name.
 */
import { registerView, type ViewDefinition } from '../../format/views.js';
import { DateTime } from '../../values/datetime.js';
import { PSObject } from '../../values/psobject.js';
import { DIRECTORY_INFO, FILE_INFO } from './item.js';

function shortWriteTime(item: unknown): string {
  const time = item instanceof PSObject ? item.get('LastWriteTime') : undefined;
  return time instanceof DateTime ? time.toString('M/d/yyyy HH:mm') : '';
}

// One view object for both types, so files and directories share one table (view identity decides).
const childrenView: ViewDefinition = {
  kind: 'table',
  columns: [
    { property: 'UnixMode', width: 10, align: 'left' },
    { property: 'User', width: 10, align: 'right' },
    { property: 'Group', width: 10, align: 'left' },
    // Width of the longest value, '12/31/9999 23:59', as pwsh computes it.
    { label: 'LastWriteTime', expression: shortWriteTime, width: 16, align: 'right' },
    { property: 'Size', width: 12, align: 'right' },
    { property: 'Name', align: 'left' },
  ],
};

for (const type of [FILE_INFO, DIRECTORY_INFO]) registerView(type, childrenView);

// The list views of the same format data (VersionInfo, a Windows file-version block, is left out).
const times = ['CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target'].map((property) => ({ property }));
registerView(FILE_INFO, { kind: 'list', columns: [{ property: 'Name' }, { property: 'Length' }, ...times] });
registerView(DIRECTORY_INFO, { kind: 'list', columns: [{ property: 'Name' }, ...times] });
