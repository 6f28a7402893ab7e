import { badArgument } from '../errors.js';
import { resolveRecipient } from '../model/directory.js';
import type { Tenant } from '../model/tenant.js';

const WELL_KNOWN = ['NT AUTHORITY\\SELF', 'Default', 'Anonymous'];

/** A security principal (-User, -Trustee) as the service displays it: a mailbox's UPN, a group's name, or a well-known principal. */
export function principalName(t: Tenant, input: string): string {
  const known = WELL_KNOWN.find((w) => w.toLowerCase() === input.toLowerCase());
  if (known) return known;
  const ref = resolveRecipient(t, input);
  if (ref.kind === 'mailbox') return t.mailbox(ref.index).obj.UserPrincipalName as string;
  if (ref.kind === 'group') return ref.group.name;
  return input;
}

/** Canonical enum values, or the service's conversion error. */
export function enumValues(values: string[], allowed: readonly string[], param: string, type: string): string[] {
  return values.map((v) => {
    const c = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (!c)
      throw badArgument(
        `Cannot process argument transformation on parameter '${param}'. Cannot convert value "${v}" to type "${type}". Error: "Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again: ${allowed.join(', ')}"`,
      );
    return c;
  });
}
