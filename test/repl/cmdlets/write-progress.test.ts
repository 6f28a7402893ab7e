import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { runScript } from './session-run.js';

class ProgressHost extends CaptureHost {
  readonly records: Array<[string, string, number | undefined, boolean]> = [];
  writeProgress(activity: string, status: string, percent: number | undefined, completed: boolean): void {
    this.records.push([activity, status, percent, completed]);
  }
}

describe('Write-Progress', () => {
  it('prints nothing on a host without a progress display', async () => {
    const r = await runScript("for ($i = 1; $i -le 3; $i++) { Write-Progress -Activity 'Search in Progress' -Status \"$i% Complete:\" -PercentComplete $i }\n'done'");
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe('');
  });

  it('hands each record to the host, with Processing as the default status', async () => {
    const host = new ProgressHost();
    await new Session({ host }).run("Write-Progress 'Copying' -PercentComplete 50\nWrite-Progress 'Copying' -Status 'Half' -PercentComplete 50\nWrite-Progress -Activity 'Copying' -Completed");
    expect(host.records).toEqual([
      ['Copying', 'Processing', 50, false],
      ['Copying', 'Half', 50, false],
      ['Copying', 'Processing', undefined, true],
    ]);
  });

  it('honours $ProgressPreference', async () => {
    const host = new ProgressHost();
    await new Session({ host }).run("$ProgressPreference = 'SilentlyContinue'\nWrite-Progress 'x' -PercentComplete 1");
    expect(host.records).toEqual([]);
  });

  it('rejects a percentage over 100', async () => {
    const r = await runScript("Write-Progress 'x' -PercentComplete 101");
    expect(r.stderr).toContain("The 101 argument is greater than the maximum allowed range of 100.");
  });
});
