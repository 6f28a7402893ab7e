/**
 * New-Item (ni): creates a file (with -Value as its content), a directory
 * (parents included) or a symbolic link, and outputs the new item. An
 * existing item is an error unless -Force, as in pwsh.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmdletContext, CmdletDefinition } from './types.js';
import { toPSString } from '../values/to-string.js';
import { absolutePath, commandClass, exists, isDirectory, parentOf } from './file-system/paths.js';
import { fileSystemItem } from './file-system/item.js';

const NAME = 'New-Item';
const ID = commandClass(NAME);
const TYPES: Record<string, 'File' | 'Directory' | 'SymbolicLink'> = {
  file: 'File', directory: 'Directory', symboliclink: 'SymbolicLink',
};

function targetPaths(ctx: CmdletContext, params: Readonly<Record<string, unknown>>): string[] {
  const raw = params['Path'];
  const bases = raw === undefined || raw === null ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  const name = params['Name'] === undefined || params['Name'] === null ? undefined : String(params['Name']);
  if (name !== undefined) return (bases.length ? bases : ['.']).map((b) => join(absolutePath(ctx.cwd, b), name));
  return bases.map((b) => absolutePath(ctx.cwd, b));
}

function createOne(ctx: CmdletContext, path: string, type: 'File' | 'Directory' | 'SymbolicLink', value: unknown, force: boolean): boolean {
  const error = (message: string, id: string, category: string, exceptionType = 'System.IO.IOException') => {
    ctx.writeError(message, { category, errorId: `${id},${ID}`, targetObject: path, exceptionType });
    return false;
  };
  if (type === 'Directory') {
    if (exists(path)) {
      if (force && isDirectory(path)) return true;
      return error(`An item with the specified name ${path} already exists.`, 'DirectoryExist', 'ResourceExists');
    }
    mkdirSync(path, { recursive: true });
    return true;
  }
  if (exists(path) && (!force || isDirectory(path))) {
    return isDirectory(path)
      ? error(`An item with the specified name ${path} already exists.`, 'DirectoryExist', 'ResourceExists')
      : error(`The file '${path}' already exists.`, 'NewItemIOError', 'WriteError');
  }
  if (!isDirectory(parentOf(path))) {
    if (!force) return error(`Could not find a part of the path '${path}'.`, 'NewItemIOError', 'WriteError', 'System.IO.DirectoryNotFoundException');
    mkdirSync(parentOf(path), { recursive: true });
  }
  if (type === 'SymbolicLink') {
    if (value === undefined || value === null) return error('Value cannot be null.', 'ArgumentNull', 'InvalidArgument', 'System.ArgumentNullException');
    symlinkSync(absolutePath(ctx.cwd, toPSString(value)), path);
    return true;
  }
  writeFileSync(path, value === undefined || value === null ? '' : toPSString(value));
  return true;
}

export const newItem: CmdletDefinition = {
  name: NAME,
  aliases: ['ni'],
  synopsis: 'Creates a new item.',
  module: 'Microsoft.PowerShell.Management',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipelineByPropertyName: true, description: 'Where to create the item.' },
    { name: 'Name', type: 'string', valueFromPipelineByPropertyName: true, description: 'Name of the new item, under -Path (or the current directory).' },
    { name: 'ItemType', type: 'string', aliases: ['Type'], valueFromPipelineByPropertyName: true, description: 'File (default), Directory or SymbolicLink.' },
    { name: 'Value', type: 'object', aliases: ['Target'], valueFromPipeline: true, valueFromPipelineByPropertyName: true, description: 'Content of a new file, or the target of a link.' },
    { name: 'Force', type: 'switch', description: 'Overwrite a file, accept an existing directory, create missing parents.' },
  ],
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  create(ctx) {
    return {
      async *process(params) {
        const typeName = String(params['ItemType'] ?? 'File');
        const type = TYPES[typeName.toLowerCase()];
        if (!type) {
          ctx.fail('The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.', { category: 'InvalidArgument', errorId: `Argument,${ID}`, targetObject: typeName, exceptionType: 'System.Management.Automation.PSArgumentException' });
        }
        const paths = targetPaths(ctx, params);
        if (paths.length === 0) {
          ctx.fail("Cannot process command because of one or more missing mandatory parameters: Path.", { category: 'InvalidArgument', errorId: `MissingMandatoryParameter,${ID}` });
        }
        for (const path of paths) {
          const action = type === 'Directory' ? 'Create Directory' : type === 'File' ? 'Create File' : 'Create SymbolicLink';
          if (!(await ctx.shouldProcess(`Destination: ${path}`, action))) continue;
          if (createOne(ctx, path, type, params['Value'], params['Force'] === true)) yield fileSystemItem(path);
        }
      },
    };
  },
};
