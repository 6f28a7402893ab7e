/** Writing an exported file: the path resolved against the session, errors as pwsh reports them, the FileInfo out. */
import { existsSync, writeFileSync } from 'node:fs';
import { absolutePath } from '../../../repl/cmdlets/file-system/paths.js';
import { fileSystemItem } from '../../../repl/cmdlets/file-system/item.js';
import type { CmdletContext, ParameterDefinition } from '../../../repl/cmdlets/types.js';
import type { PSObject } from '../../../repl/values/psobject.js';

/** The overwrite switches every Export-*Certificate cmdlet takes; -NoClobber feeds ExportOptions.noClobber. */
export const overwriteParameters: ParameterDefinition[] = [
  { name: 'NoClobber', type: 'switch', description: 'Do not overwrite an existing file.' },
  { name: 'Force', type: 'switch', description: 'Accepted for compatibility.' },
];

export interface ExportOptions {
  noClobber?: boolean;
  /** File mode for new files: 0600 for anything holding a private key. */
  mode?: number;
}

export function writeExport(ctx: CmdletContext, cmdlet: string, filePath: unknown, data: Buffer, o: ExportOptions = {}): PSObject {
  const errorClass = `Microsoft.CertificateServices.Commands.${cmdlet.replace('-', '')}Command`;
  const full = absolutePath(ctx.cwd, String(filePath));
  if (o.noClobber && existsSync(full)) {
    ctx.fail(`The file '${full}' already exists.`, { category: 'ResourceExists', errorId: `NoClobber,${errorClass}`, targetObject: full, exceptionType: 'System.IO.IOException' });
  }
  try {
    writeFileSync(full, data, o.mode === undefined ? undefined : { mode: o.mode });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'Could not find a part of the path.' : code === 'EACCES' ? 'Access to the path is denied.' : (e as Error).message;
    ctx.fail(`Cannot write the file '${full}': ${reason}`, { category: 'WriteError', errorId: `ExportFileWriteError,${errorClass}`, targetObject: full, exceptionType: 'System.IO.IOException' });
  }
  return fileSystemItem(full);
}
