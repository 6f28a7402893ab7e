/**
 * This session's command history as pwsh keeps it (Get-History's HistoryInfo): ids that
 * only grow (Clear-History does not reuse them), the command line, how it ended and when.
 * A command joins the list once it has run, so Get-History never lists itself; listeners
 * hear of each command as it starts (transcripts write `PS>command` before its output).
 */
export type ExecutionStatus = 'Completed' | 'Failed' | 'Stopped';

export interface HistoryEntry {
  readonly Id: number;
  readonly CommandLine: string;
  readonly ExecutionStatus: ExecutionStatus;
  readonly StartExecutionTime: Date;
  readonly EndExecutionTime: Date;
}

/**
 * How pwsh files a finished command: Stopped by Ctrl+C, Failed only when a terminating
 * (or parse) error ended it; a command that merely wrote errors still Completed.
 */
export function executionStatus(stopped: boolean, terminated: boolean): ExecutionStatus {
  if (stopped) return 'Stopped';
  return terminated ? 'Failed' : 'Completed';
}

/** A command that is running; `end` records it. */
export interface RunningCommand {
  /** Invoke-History replaces its own line with the one it re-runs, as pwsh does. */
  commandLine: string;
  readonly startTime: Date;
  /** Set once the command has its entry (Add-History records it early, so added entries follow it). */
  recorded?: HistoryEntry;
}

export type CommandStartListener = (command: RunningCommand) => void;

/** pwsh's $MaximumHistoryCount default. */
const DEFAULT_CAPACITY = 4096;

export class SessionHistory {
  private list: HistoryEntry[] = [];
  private nextId = 1;
  private readonly listeners = new Set<CommandStartListener>();
  /** The top-level command being run, if any. */
  running: RunningCommand | undefined;

  private readonly capacity: () => number;

  /** `capacity` reads $MaximumHistoryCount each time, so changing the variable takes effect at once. */
  constructor(capacity: () => number = () => DEFAULT_CAPACITY) {
    this.capacity = capacity;
  }

  get entries(): readonly HistoryEntry[] {
    return this.list;
  }

  /** The command lines, oldest first. */
  commandLines(): string[] {
    return this.list.map((e) => e.CommandLine);
  }

  byId(id: number): HistoryEntry | undefined {
    return this.list.find((e) => e.Id === id);
  }

  onCommandStart(listener: CommandStartListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  begin(commandLine: string): RunningCommand {
    const command: RunningCommand = { commandLine, startTime: new Date() };
    this.running = command;
    for (const listener of this.listeners) listener(command);
    return command;
  }

  end(command: RunningCommand, status: ExecutionStatus): HistoryEntry | undefined {
    if (this.running === command) this.running = undefined;
    return this.record(command, status);
  }

  /** Gives the running command its entry now (Completed so far), so entries added while it runs come after it. */
  recordRunning(): void {
    if (this.running) this.record(this.running, 'Completed');
  }

  private record(command: RunningCommand, status: ExecutionStatus): HistoryEntry | undefined {
    if (command.recorded || command.commandLine.trim() === '') return command.recorded;
    command.recorded = this.add({ CommandLine: command.commandLine, ExecutionStatus: status, StartExecutionTime: command.startTime, EndExecutionTime: new Date() });
    return command.recorded;
  }

  /** Add-History: an entry gets the next id whatever id it had. */
  add(entry: Omit<HistoryEntry, 'Id'>): HistoryEntry {
    const added: HistoryEntry = { ...entry, Id: this.nextId++ };
    this.list.push(added);
    const cap = Math.max(1, Math.trunc(this.capacity()) || DEFAULT_CAPACITY);
    if (this.list.length > cap) this.list.splice(0, this.list.length - cap);
    return added;
  }

  /** Clear-History's removals: the entries for which `drop` is true. */
  remove(drop: (entry: HistoryEntry) => boolean): number {
    const before = this.list.length;
    this.list = this.list.filter((e) => !drop(e));
    return before - this.list.length;
  }
}
