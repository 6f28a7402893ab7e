/**
 * Start-Transcript: records this session's commands and everything they print to a text
 * file, in pwsh's layout, secrets masked. Without -Path the file goes to $Transcript if
 * set, else to the user's data folder as PowerShell_transcript.<host>.<random>.<time>.txt.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CmdletContext, CmdletDefinition } from '../cmdlets/types.js';
import { engineOf } from '../engine/cmdlets/engine-access.js';
import type { Engine } from '../engine/runtime.js';
import { checkOutputFile, writeOutputFile } from '../cmdlets/file-system/output-file.js';
import { userDataDir } from '../history/index.js';
import { PSHashtable } from '../values/hashtable.js';
import { toPSString } from '../values/to-string.js';
import { transcriptRecorder } from './recorder.js';
import { TranscriptFile, transcriptHeader, transcriptTimestamp } from './transcript-file.js';

const COMMAND = 'Microsoft.PowerShell.Commands.StartTranscriptCommand';
const VERSION_KEYS = ['PSVersion', 'PSEdition', 'GitCommitId', 'OS', 'Platform', 'PSCompatibleVersions', 'PSRemotingProtocolVersion', 'SerializationVersion', 'WSManStackVersion'];

export const startTranscript: CmdletDefinition = {
  name: 'Start-Transcript',
  synopsis: 'Creates a record of all or part of a PowerShell session to a text file.',
  module: 'Microsoft.PowerShell.Host',
  supportsShouldProcess: true,
  defaultParameterSet: 'ByPath',
  outputType: ['System.String'],
  parameters: [
    { name: 'Path', type: 'string', position: 0, parameterSets: ['ByPath'], description: 'The transcript file.' },
    { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: ['ByLiteralPath'], description: 'The transcript file, taken exactly as typed.' },
    { name: 'OutputDirectory', type: 'string', parameterSets: ['ByOutputDirectory'], description: 'A folder for a transcript with the default file name.' },
    { name: 'Append', type: 'switch', description: 'Adds to the end of an existing file.' },
    { name: 'Force', type: 'switch', description: 'Writes to the file even when it is read-only.' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'], description: 'Refuses to replace an existing file.' },
    { name: 'IncludeInvocationHeader', type: 'switch', description: 'Stamps each command with its start time.' },
    { name: 'UseMinimalHeader', type: 'switch', description: 'Writes only the start time in the header.' },
  ],
  create(ctx) {
    return {
      async *process(params) {
        const engine = engineOf(ctx);
        const path = transcriptPath(ctx, params);
        const append = params['Append'] === true;
        checkOutputFile(ctx, path, { noClobber: params['NoClobber'] === true, append, command: COMMAND });
        const recorder = transcriptRecorder(engine, engine.host, engine.history);
        if (recorder.isRecording(path)) {
          return ctx.fail(`Transcription file is already in use: ${path}`, { category: 'InvalidOperation', errorId: `CannotStartTranscription,${COMMAND}`, targetObject: path });
        }
        if (!(await ctx.shouldProcess(path, 'Start-Transcript'))) return;
        // -Force writes to a read-only file, as pwsh's does.
        if (params['Force'] === true && existsSync(path)) chmodSync(path, statSync(path).mode | 0o200);
        const header = transcriptHeader({ start: new Date(), versions: versionFacts(engine), minimal: params['UseMinimalHeader'] === true });
        writeOutputFile(ctx, path, header.map((l) => `${l}\n`).join(''), { append, command: COMMAND });
        const file = new TranscriptFile(path, params['IncludeInvocationHeader'] === true);
        recorder.start(file);
        yield `Transcript started, output file is ${path}`;
      },
    };
  },
};

function transcriptPath(ctx: CmdletContext, params: Record<string, unknown>): string {
  const given = (params['Path'] ?? params['LiteralPath']) as string | undefined;
  if (given !== undefined) return resolve(ctx.cwd, given);
  const preference = ctx.getVariable('Transcript');
  if (typeof preference === 'string' && preference) return resolve(ctx.cwd, preference);
  const folder = params['OutputDirectory'] !== undefined ? resolve(ctx.cwd, String(params['OutputDirectory'])) : userDataDir();
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const random = randomBytes(6).toString('base64url').slice(0, 8);
  return join(folder, `PowerShell_transcript.${hostname()}.${random}.${transcriptTimestamp(new Date())}.txt`);
}

function versionFacts(engine: Engine): Array<[string, string]> {
  const table = engine.globalScope.lookup('psversiontable')?.value;
  if (!(table instanceof PSHashtable)) return [];
  return VERSION_KEYS.filter((k) => table.containsKey(k)).map((k) => {
    const v = table.get(k);
    return [k, Array.isArray(v) ? v.map((x) => toPSString(x)).join(', ') : toPSString(v)];
  });
}
