/**
 * Path handling shared by the file cmdlets: `~` expansion, resolution against
 * the session's current directory, wildcard expansion as the FileSystem
 * provider does it, and pwsh's "path not found" error.
 */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { CmdletContext, ErrorDetails } from '../types.js';
import { wildcardToRegExp } from '../../values/comparison.js';
import { hasWildcard } from '../../values/comparison.js';
export { hasWildcard };

export function expandHome(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/') || path.startsWith('~\\')) return join(homedir(), path.slice(2));
  return path;
}

/** A provider-qualified path (an item's PSPath) names the same file. */
const PROVIDER_QUALIFIER = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;

/** An absolute, normalised path for what the user typed. Backslashes work as separators, as in pwsh on Linux. */
export function absolutePath(cwd: string, path: string): string {
  const bare = path.replace(PROVIDER_QUALIFIER, '');
  const expanded = expandHome(sep === '/' ? bare.replace(/\\/g, '/') : bare);
  return isAbsolute(expanded) ? resolve(expanded) : resolve(cwd, expanded);
}


export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Existing paths matching a wildcard path, segment by segment, sorted as pwsh lists them. */
export function expandWildcards(absolute: string): string[] {
  const parts = absolute.split('/').filter((p) => p !== '');
  let current = ['/'];
  for (const part of parts) {
    const next: string[] = [];
    if (!hasWildcard(part)) {
      for (const dir of current) {
        const candidate = join(dir, part);
        if (exists(candidate)) next.push(candidate);
      }
    } else {
      const re = wildcardToRegExp(part, true);
      for (const dir of current) {
        let names: string[];
        try {
          names = readdirSync(dir);
        } catch {
          continue;
        }
        for (const name of names.sort(ordinalIgnoreCase)) if (re.test(name)) next.push(join(dir, name));
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

export function ordinalIgnoreCase(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Cmdlet name to the .NET command class pwsh puts in FullyQualifiedErrorId (Get-Content -> GetContentCommand). */
export function commandClass(cmdlet: string): string {
  return `Microsoft.PowerShell.Commands.${cmdlet.replace(/-/g, '')}Command`;
}

export function pathNotFound(path: string, cmdlet: string): [string, ErrorDetails] {
  return [`Cannot find path '${path}' because it does not exist.`, {
    category: 'ObjectNotFound',
    errorId: `PathNotFound,${commandClass(cmdlet)}`,
    targetObject: path,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  }];
}

/**
 * Resolves -Path (wildcards expand to existing items) or -LiteralPath (taken
 * as written). A path that matches nothing is reported as a non-terminating
 * error and skipped, as pwsh's provider cmdlets do.
 */
export function resolveExisting(ctx: CmdletContext, cmdlet: string, paths: string[], literal: boolean): string[] {
  const out: string[] = [];
  for (const raw of paths) {
    const full = absolutePath(ctx.cwd, raw);
    if (!literal && hasWildcard(raw)) {
      out.push(...expandWildcards(full));
      continue;
    }
    if (exists(full)) out.push(full);
    else ctx.writeError(...pathNotFound(full, cmdlet));
  }
  return out;
}

/** -Path / -LiteralPath as a list of strings, whichever was given. */
export function pathArgs(params: Readonly<Record<string, unknown>>): { paths: string[]; literal: boolean } {
  const literal = params['LiteralPath'] !== undefined;
  const value = literal ? params['LiteralPath'] : params['Path'];
  const list = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return { paths: list.map(String), literal };
}

/**
 * pathArgs for cmdlets that need a path. -Path is not declared mandatory: the
 * binder keeps the parameter set chosen on the command line, so a mandatory
 * -Path would reject items piped in by their PSPath (bound to -LiteralPath).
 */
export function requiredPathArgs(ctx: CmdletContext, params: Readonly<Record<string, unknown>>, cmdlet: string): { paths: string[]; literal: boolean } {
  const args = pathArgs(params);
  if (params['Path'] === undefined && params['LiteralPath'] === undefined) {
    ctx.fail('Cannot process command because of one or more missing mandatory parameters: Path.', { category: 'InvalidArgument', errorId: `MissingMandatoryParameter,${commandClass(cmdlet)}`, exceptionType: 'System.Management.Automation.ParameterBindingException' });
  }
  return args;
}

export function parentOf(path: string): string {
  return dirname(path);
}
