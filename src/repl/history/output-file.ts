/** The checks pwsh makes before a cmdlet writes a file: the folder exists, -NoClobber refuses an existing file. */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CmdletContext } from '../cmdlets/types.js';

export function checkOutputFile(ctx: CmdletContext, path: string, o: { noClobber: boolean; append: boolean; command: string }): void {
  if (!existsSync(dirname(path))) {
    ctx.fail(new Error(`Could not find a part of the path '${path}'.`),
      { category: 'OpenError', errorId: `FileOpenFailure,${o.command}`, exceptionType: 'System.IO.DirectoryNotFoundException', targetObject: path });
  }
  if (o.noClobber && !o.append && existsSync(path)) {
    ctx.fail(new Error(`The file '${path}' already exists.`),
      { category: 'ResourceExists', errorId: `NoClobber,${o.command}`, exceptionType: 'System.IO.IOException', targetObject: path });
  }
}
