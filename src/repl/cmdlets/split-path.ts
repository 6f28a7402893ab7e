/**
 * Split-Path: the parent (default), leaf, leaf base, extension or qualifier of
 * a path, or whether it is absolute — text operations on the path as given.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { absolutePath, expandWildcards, pathNotFound } from './file-system/paths.js';

const ID = 'Microsoft.PowerShell.Commands.SplitPathCommand';
const QUALIFIER = /^([A-Za-z][\w.]*:)(?!:)/;

function trimTrailing(path: string): string {
  return path.length > 1 ? path.replace(/[\\/]+$/, '') || path[0]! : path;
}

function lastSeparator(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}

function parentOf(path: string): string {
  const p = trimTrailing(path);
  const i = lastSeparator(p);
  if (i < 0) return '';
  if (i === 0) return p.length > 1 ? p[0]! : '';
  return p.slice(0, i);
}

function leafOf(path: string): string {
  const p = trimTrailing(path);
  return p.slice(lastSeparator(p) + 1);
}

function extensionOf(leaf: string): string {
  const dot = leaf.lastIndexOf('.');
  // As Path.GetExtension: no dot or a trailing dot means no extension; '.bashrc' is all extension.
  return dot < 0 || dot === leaf.length - 1 ? '' : leaf.slice(dot);
}

function split(ctx: CmdletContext, path: string, params: Readonly<Record<string, unknown>>): unknown {
  if (params['IsAbsolute'] === true) return path.startsWith('/') || path.startsWith('\\') || QUALIFIER.test(path);
  if (params['Leaf'] === true) return leafOf(path);
  if (params['LeafBase'] === true) {
    const leaf = leafOf(path);
    const ext = extensionOf(leaf);
    return ext ? leaf.slice(0, leaf.length - ext.length) : leaf;
  }
  if (params['Extension'] === true) return extensionOf(leafOf(path));
  if (params['Qualifier'] === true || params['NoQualifier'] === true) {
    const m = QUALIFIER.exec(path);
    if (params['NoQualifier'] === true) return m ? path.slice(m[1]!.length) : path;
    if (!m) {
      ctx.writeError(`Cannot parse path because path '${path}' does not have a qualifier specified.`, { category: 'InvalidArgument', errorId: `ParsePathFormatError,${ID}`, targetObject: path, exceptionType: 'System.Management.Automation.ParameterBindingException' });
      return undefined;
    }
    return m[1];
  }
  return parentOf(path);
}

export const splitPath: CmdletDefinition = {
  name: 'Split-Path',
  synopsis: 'Returns the specified part of a path.',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, description: 'The paths to split.' },
    { name: 'Parent', type: 'switch', description: 'The parent container (the default).' },
    { name: 'Leaf', type: 'switch', description: 'The last element.' },
    { name: 'LeafBase', type: 'switch', description: 'The last element without its extension.' },
    { name: 'Extension', type: 'switch', description: "The last element's extension, with its dot." },
    { name: 'Qualifier', type: 'switch', description: 'The drive or provider qualifier.' },
    { name: 'NoQualifier', type: 'switch', description: 'The path without its qualifier.' },
    { name: 'IsAbsolute', type: 'switch', description: 'Whether the path is absolute.' },
    { name: 'Resolve', type: 'switch', description: 'Split the existing paths a wildcard path names.' },
  ],
  outputType: ['System.String', 'System.Boolean'],
  create(ctx) {
    return {
      *process(params) {
        const raw = params['Path'];
        for (const given of (Array.isArray(raw) ? raw : [raw]).map((p) => String(p ?? ''))) {
          let paths = [given];
          if (params['Resolve'] === true) {
            const full = absolutePath(ctx.cwd, given);
            paths = expandWildcards(full);
            if (paths.length === 0) ctx.writeError(...pathNotFound(full, 'Split-Path'));
          }
          for (const path of paths) {
            const part = split(ctx, path, params);
            if (part !== undefined) yield part;
          }
        }
      },
    };
  },
};
