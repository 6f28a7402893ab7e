/**
 * FileInfo / DirectoryInfo as PSObjects: the properties scripts read from
 * Get-ChildItem, Get-Item and New-Item output, with the provider's PS* notes.
 */
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { DateTime } from '../../values/datetime.js';
import { PSObject } from '../../values/psobject.js';
import { groupName, userName } from './owners.js';

export const FILE_INFO = 'System.IO.FileInfo';
export const DIRECTORY_INFO = 'System.IO.DirectoryInfo';
const PROVIDER_PREFIX = 'Microsoft.PowerShell.Core\\FileSystem::';

function unixMode(stats: Stats, link: boolean): string {
  const kind = link ? 'l' : stats.isDirectory() ? 'd' : '-';
  const bits = stats.mode & 0o777;
  const rwx = ['r', 'w', 'x'];
  let out = kind;
  for (let i = 8; i >= 0; i--) out += bits & (1 << i) ? rwx[(8 - i) % 3] : '-';
  return out;
}

/** The item for a path known to exist. */
export function fileSystemItem(fullPath: string): PSObject {
  const link = lstatSync(fullPath).isSymbolicLink();
  const stats = statSync(fullPath);
  const isDir = stats.isDirectory();
  const name = fullPath === '/' ? '/' : basename(fullPath);
  const parent = fullPath === '/' ? '' : dirname(fullPath);
  const ext = isDir ? '' : extname(name);
  const item = new PSObject(undefined, [isDir ? DIRECTORY_INFO : FILE_INFO, 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object']);
  item.set('PSPath', PROVIDER_PREFIX + fullPath);
  item.set('PSParentPath', parent ? PROVIDER_PREFIX + parent : '');
  item.set('PSChildName', name);
  item.set('PSIsContainer', isDir);
  item.set('Mode', `${link ? 'l' : isDir ? 'd' : '-'}----`);
  item.set('UnixMode', unixMode(stats, link));
  item.set('User', userName(stats.uid));
  item.set('Group', groupName(stats.gid));
  item.set('Size', stats.size);
  item.set('Name', name);
  item.set('FullName', fullPath);
  item.set('Extension', ext);
  item.set('BaseName', isDir ? name : name.slice(0, name.length - ext.length));
  if (isDir) {
    item.set('Parent', parent || null);
    item.set('Root', '/');
  } else {
    item.set('Length', stats.size);
    item.set('DirectoryName', parent);
    item.set('IsReadOnly', (stats.mode & 0o200) === 0);
  }
  item.set('Exists', true);
  item.set('CreationTime', DateTime.fromInstant(stats.birthtimeMs || stats.ctimeMs, 'Local'));
  item.set('LastWriteTime', DateTime.fromInstant(stats.mtimeMs, 'Local'));
  item.set('LastAccessTime', DateTime.fromInstant(stats.atimeMs, 'Local'));
  item.set('LinkType', link ? 'SymbolicLink' : null);
  item.set('Target', link ? readlinkSync(fullPath) : null);
  // FileSystemInfo.ToString() is the path it was created with; the provider creates it with the full path.
  item.addMethod('ToString', () => fullPath);
  return item;
}
