import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { runScript } from './session-run.js';

describe('Start-Sleep', () => {
  it('waits the given milliseconds', async () => {
    const start = Date.now();
    const r = await runScript("Start-Sleep -Milliseconds 120\n'done'");
    expect(Date.now() - start).toBeGreaterThanOrEqual(110);
    expect(r.stdout).toBe('done\n');
  });

  it('takes seconds positionally, fractions included', async () => {
    const start = Date.now();
    await runScript('Start-Sleep 0.1');
    expect(Date.now() - start).toBeGreaterThanOrEqual(90);
  });

  it('takes a TimeSpan with -Duration', async () => {
    const start = Date.now();
    await runScript('Start-Sleep -Duration (New-TimeSpan -Seconds 0)\nStart-Sleep -Duration (New-TimeSpan -Milliseconds 100)');
    expect(Date.now() - start).toBeGreaterThanOrEqual(90);
  });

  it('Ctrl+C ends the wait and stops the pipeline', async () => {
    const host = new CaptureHost();
    const session = new Session({ host });
    const start = Date.now();
    const running = session.run("Start-Sleep -Seconds 30\n'not reached'");
    setTimeout(() => session.abort(), 50);
    const result = await running;
    expect(Date.now() - start).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    expect(host.stdout).toBe('');
    expect(host.stderr).toContain('The pipeline has been stopped.');
  });

  it('a negative time is a validation error', async () => {
    const r = await runScript('Start-Sleep -Seconds -1');
    expect(r.stderr).toContain("Cannot validate argument on parameter 'Seconds'. The -1 argument is less than the minimum allowed range of 0.");
  });
});
