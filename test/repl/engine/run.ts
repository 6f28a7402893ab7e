/** Test helper: runs a script in a fresh Session over a CaptureHost. */
import { Session, type RunResult } from '../../../src/repl/engine/session.js';
import { CaptureHost, type CaptureHostOptions } from '../../../src/repl/host/capture-host.js';
import type { CmdletDefinition } from '../../../src/repl/cmdlets/types.js';
import { takeFirst, testBinding, testError, testFail, writeNote } from './test-cmdlets.js';

export interface Ran {
  stdout: string;
  stderr: string;
  result: RunResult;
  session: Session;
  host: CaptureHost;
}

export async function run(script: string, options: CaptureHostOptions & { commands?: CmdletDefinition[]; fileName?: string; cwd?: string } = {}): Promise<Ran> {
  const host = new CaptureHost({ width: 120, ...options });
  const session = new Session({ host, cwd: options.cwd, commands: [testError, testFail, takeFirst, testBinding, writeNote, ...(options.commands ?? [])] });
  const result = await session.run(script, { fileName: options.fileName });
  return { stdout: host.stdout, stderr: host.stderr, result, session, host };
}

/** The lines a script prints to stdout. */
export async function out(script: string, options: Parameters<typeof run>[1] = {}): Promise<string[]> {
  const r = await run(script, options);
  if (r.stderr) throw new Error(`unexpected error output:\n${r.stderr}`);
  return r.stdout.replace(/\n$/, '').split('\n');
}
