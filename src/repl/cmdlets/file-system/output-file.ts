/** Writing a cmdlet's file as pwsh does: the folder must exist, -NoClobber refuses an existing file, refusals are PowerShell errors. */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CmdletContext } from '../types.js';

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

/** Writes (or, with `append`, adds to) the file, turning a refusal from the system into pwsh's error. */
export function writeOutputFile(ctx: CmdletContext, path: string, text: string, o: { append: boolean; command: string }): void {
  try {
    if (o.append) appendFileSync(path, text);
    else writeFileSync(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const denied = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
    ctx.fail(new Error(denied ? `Access to the path '${path}' is denied.` : `Could not write '${path}': ${(e as Error).message}`),
      { category: denied ? 'PermissionDenied' : 'WriteError', errorId: `FileOpenFailure,${o.command}`, exceptionType: denied ? 'System.UnauthorizedAccessException' : 'System.IO.IOException', targetObject: path });
  }
}
