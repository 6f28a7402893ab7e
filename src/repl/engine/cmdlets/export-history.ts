/**
 * Export-History (exosh's own): saves this session's commands as a script that
 * `exosh -Replay` steps through or `exosh -File` runs unattended. Commands that carry
 * secrets, that do not parse, and Export-History calls themselves are left out.
 */
import { resolve } from 'node:path';
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { isSensitiveHistoryLine, type HistoryEntry } from '../../history/index.js';
import { checkOutputFile, writeOutputFile } from '../../cmdlets/file-system/output-file.js';
import { parseScript } from '../../syntax/index.js';
import { engineOf } from './engine-access.js';

const COMMAND = 'Microsoft.PowerShell.Commands.ExportHistoryCommand';

export const exportHistory: CmdletDefinition = {
  name: 'Export-History',
  synopsis: "Saves this session's commands as a replayable script (exosh -Replay <path>, or -File to run it unattended).",
  module: 'Microsoft.PowerShell.Core',
  supportsShouldProcess: true,
  outputType: ['System.IO.FileInfo'],
  parameters: [
    { name: 'Path', type: 'string', mandatory: true, position: 0, aliases: ['FilePath'], description: 'The script file to write, e.g. session.ps1.' },
    { name: 'Id', type: 'int[]', description: 'Only these history entries.' },
    { name: 'Count', type: 'int', description: 'Only the most recent N entries.' },
    { name: 'ExcludeFailed', type: 'switch', description: 'Leave out commands that failed or were stopped.' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'], description: 'Refuses to replace an existing file.' },
    { name: 'PassThru', type: 'switch', description: 'Returns the path of the script.' },
  ],
  create(ctx) {
    return {
      async *process(params) {
        const path = resolve(ctx.cwd, String(params['Path']));
        checkOutputFile(ctx, path, { noClobber: params['NoClobber'] === true, append: false, command: COMMAND });
        let entries: readonly HistoryEntry[] = engineOf(ctx).history.entries;
        const ids = params['Id'] as number[] | undefined;
        if (ids) entries = entries.filter((e) => ids.includes(e.Id));
        const count = params['Count'] as number | undefined;
        if (count !== undefined) entries = entries.slice(Math.max(0, entries.length - count));
        if (params['ExcludeFailed'] === true) entries = entries.filter((e) => e.ExecutionStatus === 'Completed');
        const script = replayScript(entries);
        if (!(await ctx.shouldProcess(path, 'Export-History'))) return;
        writeOutputFile(ctx, path, script.text, { append: false, command: COMMAND });
        if (script.secrets) ctx.writeWarning(`${script.secrets} command(s) carrying secrets were left out of ${path}.`);
        if (params['PassThru'] === true) yield path;
      },
    };
  },
};

/** The script text: a header saying how to replay it, then each kept command as typed. */
export function replayScript(entries: readonly HistoryEntry[], now = new Date()): { text: string; secrets: number } {
  let secrets = 0;
  const kept: string[] = [];
  for (const e of entries) {
    if (/^\s*Export-History\b/i.test(e.CommandLine)) continue;
    if (isSensitiveHistoryLine(e.CommandLine)) {
      secrets++;
      continue;
    }
    if (parseScript(e.CommandLine).diagnostics.length) continue;
    kept.push(e.CommandLine.trim());
  }
  const header = [
    `# exosh session saved by Export-History on ${now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`,
    '# Replay it one command at a time: exosh -Replay <this file>; run it unattended: exosh -File <this file>',
    ...(secrets ? [`# ${secrets} command(s) carrying secrets (passwords, tokens, client secrets) were left out.`] : []),
    '',
  ];
  return { text: [...header, ...kept].join('\n') + '\n', secrets };
}
