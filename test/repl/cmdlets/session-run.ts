/** Runs a script end to end in a fresh Session over a CaptureHost, optionally in a given directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, type RunResult } from '../../../src/repl/engine/session.js';
import { CaptureHost, type CaptureHostOptions } from '../../../src/repl/host/capture-host.js';

export interface Ran {
  stdout: string;
  stderr: string;
  result: RunResult;
  host: CaptureHost;
}

export async function runScript(script: string, options: CaptureHostOptions & { cwd?: string } = {}): Promise<Ran> {
  const host = new CaptureHost({ width: 120, ...options });
  const session = new Session({ host, cwd: options.cwd });
  const result = await session.run(script);
  return { stdout: host.stdout, stderr: host.stderr, result, host };
}

/** A fresh temporary directory, removed by the returned cleanup function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
