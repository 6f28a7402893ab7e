/**
 * .NET enum values (DayOfWeek, DateTimeKind, StringComparison, …): they print
 * as their name and compare and convert as their number, as in PowerShell
 * (`[int](Get-Date).DayOfWeek`, `$d.DayOfWeek -eq 'Monday'`).
 */
export class PSEnumValue {
  constructor(
    /** Full type name, e.g. 'System.DayOfWeek'. */
    readonly typeName: string,
    readonly name: string,
    readonly value: number,
  ) {}

  toString(): string { return this.name; }
}

/** Names and values of the enums the value layer knows, by full type name. */
export const ENUM_DEFS: Record<string, readonly (readonly [string, number])[]> = {
  'System.DayOfWeek': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((n, i) => [n, i] as const),
  'System.DateTimeKind': [['Unspecified', 0], ['Utc', 1], ['Local', 2]],
  'System.MidpointRounding': [['ToEven', 0], ['AwayFromZero', 1], ['ToZero', 2], ['ToNegativeInfinity', 3], ['ToPositiveInfinity', 4]],
  'System.StringSplitOptions': [['None', 0], ['RemoveEmptyEntries', 1], ['TrimEntries', 2]],
  'System.StringComparison': [
    ['CurrentCulture', 0], ['CurrentCultureIgnoreCase', 1], ['InvariantCulture', 2], ['InvariantCultureIgnoreCase', 3], ['Ordinal', 4], ['OrdinalIgnoreCase', 5],
  ],
  'System.Text.RegularExpressions.RegexOptions': [
    ['None', 0], ['IgnoreCase', 1], ['Multiline', 2], ['ExplicitCapture', 4], ['Compiled', 8], ['Singleline', 16],
    ['IgnorePatternWhitespace', 32], ['RightToLeft', 64], ['ECMAScript', 256], ['CultureInvariant', 512],
  ],
};

const FLAGS = new Set(['System.Text.RegularExpressions.RegexOptions', 'System.StringSplitOptions']);

function defsOf(typeName: string): readonly (readonly [string, number])[] | undefined {
  return ENUM_DEFS[typeName];
}

export function isKnownEnum(typeName: string): boolean {
  return defsOf(typeName) !== undefined;
}

/** The enum value with this name (case-insensitive) or number; undefined when there is none. */
export function enumValue(typeName: string, nameOrValue: string | number): PSEnumValue | undefined {
  const defs = defsOf(typeName);
  if (!defs) return undefined;
  if (typeof nameOrValue === 'number') {
    const hit = defs.find(([, v]) => v === nameOrValue);
    if (hit) return new PSEnumValue(typeName, hit[0], hit[1]);
    if (FLAGS.has(typeName)) {
      const names = defs.filter(([, v]) => v !== 0 && (nameOrValue & v) === v).map(([n]) => n);
      return new PSEnumValue(typeName, names.join(', ') || String(nameOrValue), nameOrValue);
    }
    return new PSEnumValue(typeName, String(nameOrValue), nameOrValue);
  }
  // Flags may be written 'IgnoreCase, Multiline'.
  const parts = nameOrValue.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0) return undefined;
  let value = 0;
  const names: string[] = [];
  for (const part of parts) {
    const hit = defs.find(([n]) => n.toLowerCase() === part);
    if (!hit) return undefined;
    value |= hit[1];
    names.push(hit[0]);
  }
  return new PSEnumValue(typeName, names.join(', '), value);
}

export function enumNames(typeName: string): string[] {
  return (defsOf(typeName) ?? []).map(([n]) => n);
}
