/**
 * Writing CSV the way pwsh 7 does: columns from the first object (its
 * properties, or a dictionary's keys), values by .NET ToString(), every field
 * quoted by default (-UseQuotes AsNeeded/Never and -QuoteFields change that),
 * $null as an empty unquoted field.
 */
import type { CmdletContext } from '../types.js';
import { hashtableEntries, hashtableLookup, isHashtable } from './hashtable.js';
import { typeNameOf } from './type-name.js';
import { memberValue, propertyNames, toDotNetString, toPSString } from './values.js';

export type QuoteKind = 'Always' | 'AsNeeded' | 'Never';

export interface CsvWriteOptions {
  delimiter: string;
  quote: QuoteKind;
  /** When given, only these columns are quoted (case-insensitive). */
  quoteFields?: Set<string>;
}

export const CSV_WRITE_PARAMETERS = [
  { name: 'Delimiter', type: 'string' as const, position: 1, parameterSets: ['Delimiter'] },
  { name: 'UseCulture', type: 'switch' as const, parameterSets: ['UseCulture'] },
  { name: 'IncludeTypeInformation', type: 'switch' as const, aliases: ['ITI'] },
  { name: 'NoTypeInformation', type: 'switch' as const, aliases: ['NTI'] },
  { name: 'QuoteFields', type: 'string[]' as const, aliases: ['QF'] },
  { name: 'UseQuotes', type: 'string' as const, aliases: ['UQ'], validateSet: ['Never', 'Always', 'AsNeeded'] },
  { name: 'NoHeader', type: 'switch' as const },
];

/** Reads -Delimiter/-UseCulture/-UseQuotes/-QuoteFields, with pwsh's checks. */
export function csvWriteOptions(ctx: CmdletContext): CsvWriteOptions {
  if (ctx.boundNames.has('QuoteFields') && ctx.boundNames.has('UseQuotes')) {
    ctx.fail('You must specify either the -UseQuotes or -QuoteFields parameters, but not both.',
      { errorId: 'CannotSpecifyQuoteFieldsAndUseQuotes', category: 'InvalidData' });
  }
  const quote = ctx.boundNames.has('UseQuotes') ? canonicalQuote(String(ctx.params.UseQuotes)) : 'Always';
  const quoteFields = ctx.boundNames.has('QuoteFields')
    ? new Set(toList(ctx.params.QuoteFields).map((f) => toPSString(f).toLowerCase()))
    : undefined;
  return { delimiter: delimiterOf(ctx), quote, quoteFields };
}

export function delimiterOf(ctx: CmdletContext): string {
  if (ctx.boundNames.has('Delimiter')) {
    const d = toPSString(ctx.params.Delimiter);
    if (d.length !== 1) {
      ctx.fail(`Cannot bind parameter 'Delimiter'. Cannot convert value "${d}" to type "System.Char". Error: "String must be exactly one character long."`,
        { errorId: 'CannotConvertArgumentNoMessage', category: 'InvalidArgument' });
    }
    return d;
  }
  // en-US's list separator, which -UseCulture selects.
  return ',';
}

function canonicalQuote(text: string): QuoteKind {
  const lower = text.toLowerCase();
  return lower === 'never' ? 'Never' : lower === 'asneeded' ? 'AsNeeded' : 'Always';
}

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** Includes the #TYPE line only when asked (pwsh 7's default is no type line). */
export function wantsTypeLine(ctx: CmdletContext): boolean {
  return ctx.params.IncludeTypeInformation === true && ctx.params.NoTypeInformation !== true;
}

export function typeLine(obj: unknown): string {
  let name = typeNameOf(obj);
  if (name.toLowerCase().startsWith('csv:')) name = name.slice(4);
  return `#TYPE ${name}`;
}

export function columnsOf(obj: unknown): string[] {
  if (isHashtable(obj)) return hashtableEntries(obj).map(([k]) => toPSString(k));
  return propertyNames(obj);
}

export function headerLine(columns: string[], options: CsvWriteOptions): string {
  return columns.map((c) => field(c, c, options)).join(options.delimiter);
}

export function rowLine(obj: unknown, columns: string[], options: CsvWriteOptions): string {
  return columns.map((c) => {
    const value = cellValue(obj, c);
    return value === null ? '' : field(value, c, options);
  }).join(options.delimiter);
}

function cellValue(obj: unknown, column: string): string | null {
  let value: unknown;
  if (isHashtable(obj)) {
    const hit = hashtableLookup(obj, column);
    value = hit.found ? hit.value : memberValue(obj, column);
  } else {
    value = memberValue(obj, column);
  }
  return value === null || value === undefined ? null : toDotNetString(value);
}

function field(text: string, column: string, options: CsvWriteOptions): string {
  const quoted = options.quoteFields
    ? options.quoteFields.has(column.toLowerCase())
    : options.quote === 'Always' || (options.quote === 'AsNeeded' && needsQuotes(text, options.delimiter));
  return quoted ? `"${text.replace(/"/g, '""')}"` : text;
}

function needsQuotes(text: string, delimiter: string): boolean {
  return text.includes(delimiter) || text.includes('\n') || text.includes('"');
}
