import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { executionStatus } from '../../../src/repl/history/session-history.js';

async function statuses(lines: string[]): Promise<string[]> {
  const s = new Session({ host: new CaptureHost({ width: 100 }) });
  for (const line of lines) await s.run(line);
  return s.state.history.entries.map((e) => e.ExecutionStatus);
}

describe('history ExecutionStatus', () => {
  it('is Completed for a command that only wrote non-terminating errors, as in pwsh', async () => {
    expect(await statuses(["Write-Error 'soft'", 'Get-Item /no/such/path', "Write-Error 'a'; 'after'"])).toEqual(['Completed', 'Completed', 'Completed']);
  });

  it('is Failed for a terminating error, including -ErrorAction Stop', async () => {
    expect(await statuses(["throw 'hard'", 'Get-Item /no/such/path -ErrorAction Stop', "Write-Error 'x' -ErrorAction Stop"])).toEqual(['Failed', 'Failed', 'Failed']);
  });

  it('is Completed when the terminating error was caught', async () => {
    expect(await statuses(["try { throw 'x' } catch { 'caught' }"])).toEqual(['Completed']);
  });

  it('is Stopped for Ctrl+C whatever else happened', () => {
    expect(executionStatus(true, true)).toBe('Stopped');
    expect(executionStatus(true, false)).toBe('Stopped');
    expect(executionStatus(false, true)).toBe('Failed');
    expect(executionStatus(false, false)).toBe('Completed');
  });
});
