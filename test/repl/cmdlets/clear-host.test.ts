import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { runScript } from './session-run.js';

class ClearingHost extends CaptureHost {
  clears = 0;
  clear(): void { this.clears++; }
}

describe('Clear-Host', () => {
  it('asks the host to clear, under its name and the cls and clear aliases', async () => {
    const host = new ClearingHost();
    await new Session({ host }).run('Clear-Host\ncls\nclear');
    expect(host.clears).toBe(3);
  });

  it('does nothing on a host that cannot clear', async () => {
    const r = await runScript("Clear-Host\n'after'");
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toBe('');
  });
});
