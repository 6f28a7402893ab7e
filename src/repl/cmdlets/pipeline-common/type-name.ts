/**
 * The .NET type name of a value as PowerShell reports it (Select-Object's
 * `Selected.<type>`, Get-Member's TypeName, CSV #TYPE lines).
 */
import { typeOf } from '../../values/types.js';
import { PSObject } from './values.js';

export function typeNameOf(value: unknown): string {
  if (value instanceof PSObject) return value.typeName;
  if (value && (value as object).constructor?.name === 'ScriptBlock') return 'System.Management.Automation.ScriptBlock';
  return typeOf(value)?.fullName ?? 'System.Object';
}
