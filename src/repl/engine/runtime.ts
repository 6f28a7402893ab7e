/**
 * Runtime objects shared by the evaluator: the source a node came from,
 * script blocks as values, the per-call Frame, and Engine (session state:
 * scopes, command table, $Error, $?, the current pipeline's abort signal).
 */
import { homedir } from 'node:os';
import type { ScriptBlockAst } from '../syntax/ast.js';
import type { CmdletDefinition } from '../cmdlets/types.js';
import type { Host } from '../host/host.js';
import { PSObject } from '../values/psobject.js';
import { Scope } from './scope.js';
import { ErrorRecord, type ErrorPosition } from './errors/error-record.js';
import { formatErrorView } from './errors/format-error.js';
import { newHashtable, hashtableSet } from './value-ops.js';
import { registerValueType } from '../values/types.js';
import { SessionHistory } from '../history/session-history.js';

export class Source {
  private lineStarts: number[] | undefined;
  constructor(readonly text: string, readonly fileName?: string) {}

  /** 1-based line/column and the whole line's text for an offset. */
  locate(offset: number): { line: number; column: number; lineText: string } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo]!;
    const next = starts[lo + 1];
    const lineText = this.text.slice(start, next === undefined ? undefined : next).replace(/\r?\n$/, '').replace(/\r$/, '');
    return { line: lo + 1, column: offset - start + 1, lineText };
  }

  position(pos: number, end: number, commandName?: string): ErrorPosition {
    const at = this.locate(pos);
    const length = Math.max(1, Math.min(end, pos + at.lineText.length - at.column + 1) - pos);
    return { fileName: this.fileName, line: at.line, column: at.column, lineText: at.lineText, length, commandName };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** A `{ ... }` value: its AST, where it was written, and its text for ToString(). */
export class ScriptBlock {
  constructor(
    readonly ast: ScriptBlockAst,
    readonly source: Source,
    readonly text: string,
    /** GetNewClosure(): the variables captured when the closure was made. */
    readonly closure?: Scope,
  ) {}

  /** pwsh prints a script block as its text without the outer braces. */
  toString(): string {
    return this.text.startsWith('{') && this.text.endsWith('}') ? this.text.slice(1, -1) : this.text;
  }
}

// So casts, -is and GetType() know script blocks.
registerValueType({ test: (v) => v instanceof ScriptBlock, typeNames: ['System.Management.Automation.ScriptBlock', 'System.Object'] });

export interface ScriptInfo {
  /** Full path of the running script file, for $PSCommandPath and $PSScriptRoot. */
  path: string | undefined;
}

/** What a redirection does with a command's error stream. */
export type ErrorSink = (record: ErrorRecord) => void;

/** The state one evaluation step runs in. Cheap to copy for a call. */
export interface Frame {
  readonly engine: Engine;
  readonly scope: Scope;
  readonly source: Source;
  readonly signal: AbortSignal;
  readonly script: ScriptInfo;
  /** > 0 inside a try block (dynamically): statement-terminating errors then propagate. */
  readonly tryDepth: number;
  /** Set by 2>&1 / 2>$null for the commands it applies to. */
  readonly errorSink?: ErrorSink;
  /** Replaces the session host for commands under `*>$null` (which also silences Write-Host). */
  readonly host?: Host;
  /** The error a catch block is handling, for a bare `throw`. */
  readonly catchRecord?: ErrorRecord;
}

export interface FunctionInfo {
  name: string;
  definition: CmdletDefinition;
  /** Source text of the body, for Get-Command's Definition. */
  text: string;
  isFilter: boolean;
  /** A script file running as a command (not listed by Get-Command). */
  scriptFile?: boolean;
}

export class Engine {
  readonly globalScope = new Scope(undefined, true);
  readonly cmdlets = new Map<string, CmdletDefinition>();
  readonly aliases = new Map<string, string>();
  readonly history = new SessionHistory(() => Number(this.globalScope.lookup('maximumhistorycount')?.value));
  /** $Error, newest first. */
  readonly errors: unknown[] = [];
  /** $? */
  lastStatus = true;
  cwd: string;
  abortController = new AbortController();

  constructor(readonly host: Host, cwd: string) {
    this.cwd = cwd;
    this.initVariables();
  }

  /** The global scope's functions (inner scopes keep their own: see Scope.lookupFunction). */
  get functions(): Map<string, FunctionInfo> {
    return this.globalScope.functionTable();
  }

  private ticks = 0;

  /**
   * Called once per loop iteration and pipeline item: every few thousand calls it
   * yields to the event loop, so timers and Ctrl+C get a chance during tight loops.
   */
  tick(): Promise<void> | undefined {
    if (++this.ticks < 2048) return undefined;
    this.ticks = 0;
    return new Promise((resolve) => setImmediate(resolve));
  }

  registerCmdlet(def: CmdletDefinition): void {
    this.cmdlets.set(def.name.toLowerCase(), def);
    for (const alias of def.aliases ?? []) this.aliases.set(alias.toLowerCase(), def.name);
  }

  /** Removes a cmdlet added at run time; with `def`, only while that definition is still the one registered. */
  unregisterCmdlet(name: string, def?: CmdletDefinition): boolean {
    const key = name.toLowerCase();
    const current = this.cmdlets.get(key);
    if (!current || (def && current !== def)) return false;
    this.cmdlets.delete(key);
    for (const alias of current.aliases ?? []) if (this.aliases.get(alias.toLowerCase()) === current.name) this.aliases.delete(alias.toLowerCase());
    return true;
  }

  setGlobal(name: string, value: unknown): void {
    const existing = this.globalScope.own(name.toLowerCase());
    if (existing) existing.value = value;
    else this.globalScope.define({ name, value });
  }

  /** Records a non-terminating error and shows it unless the sink or preference says otherwise. */
  reportError(record: ErrorRecord, show: boolean, addToErrors = true): void {
    if (addToErrors) {
      this.errors.unshift(record);
      if (this.errors.length > 256) this.errors.length = 256;
    }
    this.lastStatus = false;
    if (show) this.host.writeError(formatErrorView(record, { width: this.host.width }));
  }

  private initVariables(): void {
    const g = (name: string, value: unknown, readOnly = false) => this.globalScope.define({ name, value, readOnly });
    g('Error', this.errors, true);
    g('ErrorActionPreference', 'Continue');
    g('WarningPreference', 'Continue');
    g('VerbosePreference', 'SilentlyContinue');
    g('DebugPreference', 'SilentlyContinue');
    g('InformationPreference', 'SilentlyContinue');
    g('ProgressPreference', 'Continue');
    g('ConfirmPreference', 'High');
    g('WhatIfPreference', false);
    g('HOME', homedir(), true);
    g('PID', process.pid, true);
    g('MaximumHistoryCount', 4096);
    g('FormatEnumerationLimit', 4);
    g('NestedPromptLevel', 0);
    g('IsLinux', process.platform === 'linux', true);
    g('IsMacOS', process.platform === 'darwin', true);
    g('IsWindows', process.platform === 'win32', true);
    g('IsCoreCLR', true, true);
    g('ShellId', 'Microsoft.PowerShell', true);
    const versions = newHashtable(false);
    const version = new PSObject({ Major: 7, Minor: 4, Patch: 6 }, ['System.Management.Automation.SemanticVersion', 'System.Object']);
    version.addMethod('ToString', () => '7.4.6');
    hashtableSet(versions, 'PSVersion', version);
    hashtableSet(versions, 'PSEdition', 'Core');
    hashtableSet(versions, 'GitCommitId', '7.4.6');
    hashtableSet(versions, 'OS', `${process.platform} ${process.version}`);
    hashtableSet(versions, 'Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix');
    hashtableSet(versions, 'PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0']);
    hashtableSet(versions, 'PSRemotingProtocolVersion', '2.3');
    hashtableSet(versions, 'SerializationVersion', '1.1.0.1');
    hashtableSet(versions, 'WSManStackVersion', '3.0');
    g('PSVersionTable', versions, true);
    const ui = new PSObject({ RawUI: new PSObject({ WindowSize: new PSObject({ Width: this.host.width, Height: 50 }) }) });
    g('Host', new PSObject({ Name: 'exosh', Version: version, UI: ui }, ['System.Management.Automation.Internal.Host.InternalHost', 'System.Object']), true);
  }
}

export function pathInfo(path: string): PSObject {
  const info = new PSObject({ Drive: null, Provider: 'Microsoft.PowerShell.Core\\FileSystem', ProviderPath: path, Path: path }, ['System.Management.Automation.PathInfo', 'System.Object']);
  info.addMethod('ToString', () => path);
  return info;
}
