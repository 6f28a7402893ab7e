/**
 * What Format-* cmdlets emit and Out-* cmdlets consume: a document of
 * start / group / entry / end packets with every cell already rendered to
 * text, as pwsh's FormatStartData, GroupStartData, FormatEntryData, ...
 * Downstream commands other than Out-* see these objects, as in pwsh.
 */
import { registerValueType } from '../values/types.js';
import type { Alignment } from './table-writer.js';

export type Shape = 'table' | 'list' | 'wide' | 'custom';

export interface TableColumnInfo {
  label: string;
  /** 0 = let the writer decide. */
  width: number;
  alignment: Alignment;
  /** False for a view's label that names no property of the object (styled differently in colour). */
  headerMatchesProperty?: boolean;
}

export interface FormatStart {
  type: 'start';
  shape: Shape;
  /** Table only. */
  columns?: TableColumnInfo[];
  hideHeader?: boolean;
  /** Buffer the whole group (Format-Table/Wide -AutoSize) to size the columns. */
  autosize?: boolean;
  /** Format-Wide -Column. */
  wideColumns?: number;
}

export interface GroupStart {
  type: 'group-start';
  /** `Label: value` line shown above the group (-GroupBy). */
  label?: string;
}

export interface GroupEnd {
  type: 'group-end';
}

export interface FormatEnd {
  type: 'end';
}

export type EntryBody =
  | { kind: 'row'; values: string[]; alignments?: (Alignment | undefined)[]; multiLine: boolean }
  | { kind: 'list'; labels: string[]; values: string[] }
  | { kind: 'wide'; value: string }
  | { kind: 'custom'; lines: string[] }
  /** An out-of-band scalar: printed as is. */
  | { kind: 'text'; text: string };

export interface FormatEntry {
  type: 'entry';
  body: EntryBody;
  /** Printed on its own, outside the current table/list (a different kind of object). */
  outOfBand: boolean;
}

export type FormatPacket = FormatStart | GroupStart | GroupEnd | FormatEnd | FormatEntry;

const TYPE_NAMES: Record<FormatPacket['type'], string> = {
  'start': 'Microsoft.PowerShell.Commands.Internal.Format.FormatStartData',
  'group-start': 'Microsoft.PowerShell.Commands.Internal.Format.GroupStartData',
  'group-end': 'Microsoft.PowerShell.Commands.Internal.Format.GroupEndData',
  'end': 'Microsoft.PowerShell.Commands.Internal.Format.FormatEndData',
  'entry': 'Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData',
};

export class FormatOutput {
  constructor(readonly packet: FormatPacket) {}

  /** pwsh's class names, for Get-Member and `-is` on Format-* output. */
  get typeNames(): string[] {
    return [TYPE_NAMES[this.packet.type], 'System.Object'];
  }

  get typeName(): string {
    return TYPE_NAMES[this.packet.type];
  }

  toString(): string {
    return TYPE_NAMES[this.packet.type];
  }
}

// So `-is`, GetType() and Get-Member see pwsh's class names on Format-* output.
for (const [type, name] of Object.entries(TYPE_NAMES)) {
  registerValueType({ test: (v) => v instanceof FormatOutput && v.packet.type === type, typeNames: [name, 'System.Object'] });
}
