/**
 * Session history entries as the HistoryInfo objects Get-History emits and Add-History
 * takes back, with pwsh 7's default table (Id, Duration, CommandLine).
 */
import { PSObject } from '../../values/psobject.js';
import { DateTime, TimeSpan } from '../../values/datetime.js';
import { registerView } from '../../format/views.js';
import type { ExecutionStatus, HistoryEntry } from '../../history/index.js';

export const HISTORY_INFO_TYPE = 'Microsoft.PowerShell.Commands.HistoryInfo';

export function historyInfo(entry: HistoryEntry): PSObject {
  const start = entry.StartExecutionTime.getTime();
  const end = entry.EndExecutionTime.getTime();
  const info = new PSObject({
    Id: entry.Id,
    CommandLine: entry.CommandLine,
    ExecutionStatus: entry.ExecutionStatus,
    StartExecutionTime: DateTime.fromInstant(start),
    EndExecutionTime: DateTime.fromInstant(end),
    Duration: TimeSpan.fromMilliseconds(end - start),
  }, [HISTORY_INFO_TYPE, 'System.Object']);
  info.addMethod('ToString', () => entry.CommandLine);
  return info;
}

const STATUSES: Record<string, ExecutionStatus> = { completed: 'Completed', failed: 'Failed', stopped: 'Stopped' };

/** Add-History's input: any object with CommandLine, ExecutionStatus and the two times (a HistoryInfo, or one read back from CSV/JSON). */
export function entryFromObject(value: unknown): Omit<HistoryEntry, 'Id'> | undefined {
  if (!(value instanceof PSObject)) return undefined;
  const commandLine = value.get('CommandLine');
  const status = STATUSES[String(value.get('ExecutionStatus') ?? '').toLowerCase()];
  const start = toDate(value.get('StartExecutionTime'));
  const end = toDate(value.get('EndExecutionTime'));
  if (typeof commandLine !== 'string' || !status || !start || !end) return undefined;
  return { CommandLine: commandLine, ExecutionStatus: status, StartExecutionTime: start, EndExecutionTime: end };
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof DateTime) return value.toJSDate();
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms);
  }
  return undefined;
}

/** The Duration column as pwsh 7 shows it: seconds.milliseconds, then m:ss.fff, then h:mm:ss. */
export function formatDuration(d: TimeSpan): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const ms = pad(d.milliseconds, 3);
  if (d.totalHours >= 1) return `${Math.floor(d.totalHours)}:${pad(d.minutes)}:${pad(d.seconds)}`;
  if (d.totalMinutes >= 1) return `${d.minutes}:${pad(d.seconds)}.${ms}`;
  return `${d.seconds}.${ms}`;
}

registerView(HISTORY_INFO_TYPE, {
  kind: 'table',
  columns: [
    { property: 'Id', width: 4, align: 'right' },
    { label: 'Duration', width: 12, align: 'right', expression: (o) => (o instanceof PSObject && o.get('Duration') instanceof TimeSpan ? formatDuration(o.get('Duration') as TimeSpan) : '') },
    { property: 'CommandLine' },
  ],
});
