/**
 * User and group names for the numeric ids stat() gives, from /etc/passwd and
 * /etc/group (read once), falling back to the number as `ls -l` does.
 */
import { readFileSync } from 'node:fs';

function table(path: string): Map<number, string> {
  const names = new Map<number, string>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return names;
  }
  for (const line of text.split('\n')) {
    const [name, , id] = line.split(':');
    if (name && id !== undefined && !names.has(Number(id))) names.set(Number(id), name);
  }
  return names;
}

let users: Map<number, string> | undefined;
let groups: Map<number, string> | undefined;

export function userName(uid: number): string {
  users ??= table('/etc/passwd');
  return users.get(uid) ?? String(uid);
}

export function groupName(gid: number): string {
  groups ??= table('/etc/group');
  return groups.get(gid) ?? String(gid);
}
