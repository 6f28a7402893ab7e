/**
 * Get-ChildItem (ls, dir, gci): the items in a directory — directories first,
 * then files, each sorted by name — streamed, recursing after each level
 * with -Recurse/-Depth. Dot files count as hidden and need -Force.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CmdletContext, CmdletDefinition } from './types.js';
import { wildcardToRegExp } from '../values/comparison.js';
import { absolutePath, expandWildcards, hasWildcard, isDirectory, ordinalIgnoreCase, pathArgs, resolveExisting } from './file-system/paths.js';
import { fileSystemItem } from './file-system/item.js';
import { pathProvider } from './file-system/providers.js';

const NAME = 'Get-ChildItem';

interface Listing {
  force: boolean;
  files: boolean;
  directories: boolean;
  names: boolean;
  accept: (name: string) => boolean;
  maxDepth: number;
}

function patterns(value: unknown): RegExp[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((p) => wildcardToRegExp(String(p), true));
}

function childrenOf(ctx: CmdletContext, dir: string, force: boolean): { dirs: string[]; files: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    ctx.writeError(`Access to the path '${dir}' is denied.`, { category: 'PermissionDenied', errorId: `DirUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetChildItemCommand`, targetObject: dir, exceptionType: 'System.UnauthorizedAccessException' });
    return { dirs: [], files: [] };
  }
  const visible = names.filter((n) => force || !n.startsWith('.')).sort(ordinalIgnoreCase);
  const dirs: string[] = [];
  const files: string[] = [];
  for (const n of visible) (isDirectory(join(dir, n)) ? dirs : files).push(join(dir, n));
  return { dirs, files };
}

function* list(ctx: CmdletContext, root: string, dir: string, o: Listing, depth: number): Generator<unknown> {
  const { dirs, files } = childrenOf(ctx, dir, o.force);
  const emit = (path: string) => (o.names ? relative(root, path) : fileSystemItem(path));
  for (const d of dirs) if (o.directories && o.accept(d.slice(d.lastIndexOf('/') + 1))) yield emit(d);
  for (const f of files) if (o.files && o.accept(f.slice(f.lastIndexOf('/') + 1))) yield emit(f);
  if (depth < o.maxDepth) for (const d of dirs) yield* list(ctx, root, d, o, depth + 1);
}

export const getChildItem: CmdletDefinition = {
  name: NAME,
  aliases: ['ls', 'dir', 'gci'],
  synopsis: 'Gets the items and child items in one or more specified locations.',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Items',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Items'], description: 'Directories (or items) to list; wildcards allowed. Default: the current directory.' },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Directories to list, taken exactly as written.' },
    { name: 'Filter', type: 'string', position: 1, description: 'Wildcard the item names must match.' },
    { name: 'Include', type: 'string[]', description: 'Wildcards of names to keep.' },
    { name: 'Exclude', type: 'string[]', description: 'Wildcards of names to leave out.' },
    { name: 'Recurse', type: 'switch', aliases: ['s', 'r'], description: 'List subdirectories too.' },
    { name: 'Depth', type: 'int', description: 'How many levels of subdirectories to list (implies -Recurse).' },
    { name: 'File', type: 'switch', aliases: ['af'], description: 'Files only.' },
    { name: 'Directory', type: 'switch', aliases: ['ad', 'd'], description: 'Directories only.' },
    { name: 'Force', type: 'switch', description: 'Include hidden (dot) items.' },
    { name: 'Name', type: 'switch', description: 'Output names (relative paths) instead of items.' },
  ],
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo', 'System.String'],
  create(ctx) {
    return {
      *process(params) {
        const { paths, literal } = pathArgs(params);
        const filter = patterns(params['Filter']);
        const include = patterns(params['Include']);
        const exclude = patterns(params['Exclude']);
        const onlyFiles = params['File'] === true;
        const onlyDirs = params['Directory'] === true;
        const recurse = params['Recurse'] === true || params['Depth'] !== undefined;
        const listing: Listing = {
          force: params['Force'] === true,
          files: !onlyDirs,
          directories: !onlyFiles,
          names: params['Name'] === true,
          accept: (name) => filter.every((re) => re.test(name))
            && (include.length === 0 || include.some((re) => re.test(name)))
            && !exclude.some((re) => re.test(name)),
          maxDepth: !recurse ? 0 : params['Depth'] !== undefined ? Number(params['Depth']) : Infinity,
        };
        for (const raw of paths.length ? paths : ['.']) {
          const provider = pathProvider(raw);
          if (provider) {
            yield* provider.childItems(ctx, raw, { recurse, names: listing.names, literal });
            continue;
          }
          const full = absolutePath(ctx.cwd, raw);
          const leaf = full.slice(full.lastIndexOf('/') + 1);
          const parent = full.slice(0, full.lastIndexOf('/')) || '/';
          if (recurse && !literal && hasWildcard(leaf) && !hasWildcard(parent)) {
            // `gci *.log -Recurse`: the leaf is a name filter applied at every level, as in pwsh.
            const leafPattern = wildcardToRegExp(leaf, true);
            if (isDirectory(parent)) yield* list(ctx, parent, parent, { ...listing, accept: (n) => leafPattern.test(n) && listing.accept(n) }, 0);
            continue;
          }
          const targets = !literal && hasWildcard(raw) ? expandWildcards(full) : resolveExisting(ctx, NAME, [raw], true);
          for (const target of targets) {
            if (isDirectory(target) && !(hasWildcard(raw) && !literal && !recurse)) {
              yield* list(ctx, target, target, listing, 0);
            } else if (isDirectory(target) ? listing.directories : listing.files) {
              const name = target.slice(target.lastIndexOf('/') + 1);
              if (listing.accept(name)) yield listing.names ? name : fileSystemItem(target);
            }
          }
        }
      },
    };
  },
};
