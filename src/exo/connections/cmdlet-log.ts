/**
 * The module's cmdlet log (-EnableErrorReporting): one CSV row per Exchange
 * cmdlet run on a connection, in EXOCmdletTelemetry-yyyyMMdd-HHmmss.csv under
 * -LogDirectoryPath (by default <temp>/EXOCmdletTelemetry), as the module's
 * New-CmdletLogger writes it. -LogLevel All adds the cmdlet's warnings;
 * -TrackPerformance adds CPU time and memory. Secrets never reach the file:
 * SecureString and PSCredential values show their type name only, and the
 * value of any parameter named like a password, secret or token is withheld.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { isCredential, SecureString } from '../../repl/values/securestring.js';
import { toPSString } from '../../repl/values/to-string.js';

export type LogLevel = 'Default' | 'All';

export interface CmdletLogOptions {
  directory?: string;
  level?: LogLevel;
  trackPerformance?: boolean;
  now?: () => Date;
}

/** What one cmdlet run contributes to its row. */
export interface CmdletRun {
  cmdlet: string;
  parameters: Record<string, unknown>;
  start: Date;
  end: Date;
  resultCount: number;
  errors: string[];
  warnings: string[];
  cpuMicros?: number;
  rssBytes?: number;
}

const SECRET_NAME = /password|secret|token|credential|privatekey/i;
export const REDACTED = '<redacted>';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** yyyyMMdd-HHmmss in local time, the module's file-name stamp. */
export function fileStamp(d: Date): string {
  return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}

/** A parameter value as it may appear in the log. */
export function loggedValue(name: string, value: unknown): string {
  if (value instanceof SecureString) return 'System.Security.SecureString';
  if (isCredential(value)) return 'System.Management.Automation.PSCredential';
  if (SECRET_NAME.test(name)) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => loggedValue(name, v)).join(',');
  return toPSString(value);
}

/** -Name value pairs, one parameter after another, as the module records the bound parameters. */
export function loggedParameters(parameters: Record<string, unknown>): string {
  return Object.entries(parameters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (v === true ? `-${k}` : `-${k}:${loggedValue(k, v)}`))
    .join(' ');
}

/** Starts measuring one run for -TrackPerformance; the result is its CPU time and the working set at its end. */
export function measure(): () => Pick<CmdletRun, 'cpuMicros' | 'rssBytes'> {
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { cpuMicros: used.user + used.system, rssBytes: process.memoryUsage().rss };
  };
}

export class CmdletLog {
  readonly path: string;
  private readonly level: LogLevel;
  private readonly trackPerformance: boolean;

  constructor(readonly connectionId: string, o: CmdletLogOptions = {}) {
    const directory = o.directory || join(tmpdir(), 'EXOCmdletTelemetry');
    this.level = o.level ?? 'Default';
    this.trackPerformance = o.trackPerformance ?? false;
    mkdirSync(directory, { recursive: true });
    this.path = join(directory, `EXOCmdletTelemetry-${fileStamp((o.now ?? (() => new Date()))())}.csv`);
    const header = ['StartTime', 'EndTime', 'DurationMs', 'ConnectionId', 'CmdletName', 'CmdletParameters', 'ResultCount', 'Errors', 'Warnings'];
    if (this.trackPerformance) header.push('CpuTimeMs', 'WorkingSetMB');
    writeFileSync(this.path, stringify([header]), { flag: 'a', mode: 0o600 });
  }

  get measuresPerformance(): boolean {
    return this.trackPerformance;
  }

  write(run: CmdletRun): void {
    const row: Array<string | number> = [
      run.start.toISOString(),
      run.end.toISOString(),
      run.end.getTime() - run.start.getTime(),
      this.connectionId,
      run.cmdlet,
      loggedParameters(run.parameters),
      run.resultCount,
      run.errors.join(' | '),
      this.level === 'All' ? run.warnings.join(' | ') : '',
    ];
    if (this.trackPerformance) row.push(Math.round((run.cpuMicros ?? 0) / 1000), Math.round((run.rssBytes ?? 0) / 1048576));
    appendFileSync(this.path, stringify([row]));
  }
}
