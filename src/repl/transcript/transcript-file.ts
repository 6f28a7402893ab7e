/**
 * One transcript file in pwsh's layout: the `**********************` header with the
 * start time, user, machine, host application, process id and $PSVersionTable, then
 * each command as `PS>command` followed by what it printed, then the footer.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { hostname, release, userInfo } from 'node:os';

export const RULE = '**********************';

/** yyyyMMddHHmmss in local time, as pwsh stamps transcripts. */
export function transcriptTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export interface HeaderFacts {
  start: Date;
  /** $PSVersionTable's entries in order, already as text. */
  versions: Array<[string, string]>;
  minimal: boolean;
}

function currentUser(): string {
  try {
    return `${hostname()}\\${userInfo().username}`;
  } catch {
    return hostname();
  }
}

export function transcriptHeader(f: HeaderFacts): string[] {
  if (f.minimal) return [RULE, 'PowerShell transcript start', `Start time: ${transcriptTimestamp(f.start)}`, RULE];
  const user = currentUser();
  return [
    RULE,
    'PowerShell transcript start',
    `Start time: ${transcriptTimestamp(f.start)}`,
    `Username: ${user}`,
    `RunAs User: ${user}`,
    'Configuration Name: ',
    `Machine: ${hostname()} (${process.platform === 'win32' ? 'Microsoft Windows NT' : 'Unix'} ${release()})`,
    `Host Application: ${['exosh', ...process.argv.slice(2)].join(' ')}`,
    `Process ID: ${process.pid}`,
    ...f.versions.map(([k, v]) => `${k}: ${v}`),
    RULE,
  ];
}

export function transcriptFooter(end: Date): string[] {
  return [RULE, 'PowerShell transcript end', `End time: ${transcriptTimestamp(end)}`, RULE];
}

/**
 * Lines go to the file as they happen (unbuffered writeSync), so a crash loses nothing
 * already shown; the file stays open until close() rather than being reopened per line.
 */
export class TranscriptFile {
  private fd: number | undefined;

  constructor(readonly path: string, private readonly includeInvocationHeader: boolean) {
    this.fd = openSync(path, 'a');
  }

  write(lines: string[]): void {
    if (lines.length && this.fd !== undefined) writeSync(this.fd, lines.map((l) => `${l}\n`).join(''));
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  command(commandLine: string, start: Date): void {
    const header = this.includeInvocationHeader ? [RULE, `Command start time: ${transcriptTimestamp(start)}`, RULE] : [];
    this.write([...header, `PS>${commandLine.split(/\r?\n/).join('\n>> ')}`]);
  }
}
