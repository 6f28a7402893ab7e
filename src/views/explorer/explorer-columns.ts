/**
 * The explorer's columns and per-row cells: the same column choice the text
 * formatter makes (Out-Default), so the interactive table shows what pwsh
 * would print. Objects without properties (scalars) get one `Value` column.
 */
import { chooseColumns } from '../../repl/format/column-choice.js';
import { cellText, toText } from '../../repl/format/display.js';
import { getProperty, propertyNames } from '../../repl/format/properties.js';

export interface ExplorerColumn {
  label: string;
  align: 'left' | 'right';
  value(obj: unknown): unknown;
  text(obj: unknown): string;
}

export function columnsFor(first: unknown): ExplorerColumn[] {
  const choice = chooseColumns(first);
  if (!choice || choice.columns.length === 0) {
    return [{ label: 'Value', align: 'left', value: (obj) => obj, text: (obj) => toText(obj) }];
  }
  return choice.columns.map((c) => ({
    label: c.label,
    align: c.align === 'right' ? 'right' : 'left',
    value: c.value,
    // Cells are one line: embedded newlines shown as `n, as Out-ConsoleGridView does.
    text: (obj) => c.text(obj).replace(/\r?\n/g, '`n'),
  }));
}

/** Every property of a row as `Name : value` lines, like `Format-List *`. */
export function detailLines(obj: unknown): string[] {
  const names = propertyNames(obj);
  if (names.length === 0 || typeof obj !== 'object' || obj === null) return [toText(obj)];
  const pad = Math.max(...names.map((n) => n.length));
  const lines: string[] = [];
  for (const name of names) {
    const text = cellText(getProperty(obj, name)).split(/\r?\n/);
    lines.push(`${name.padEnd(pad)} : ${text[0]}`);
    for (const more of text.slice(1)) lines.push(`${' '.repeat(pad + 3)}${more}`);
  }
  return lines;
}
