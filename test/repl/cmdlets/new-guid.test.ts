import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// PowerShell-Docs New-Guid.md
describe('New-Guid', () => {
  it('creates a random GUID in the standard shape', async () => {
    const r = await runScript("$g = New-Guid\n$g -is [guid]\n\"$g\" -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'\n(New-Guid) -eq (New-Guid)");
    expect(r.stdout).toBe('True\nTrue\nFalse\n');
  });

  it('-Empty gives the all-zero GUID', async () => {
    const r = await runScript('"$(New-Guid -Empty)"');
    expect(r.stdout).toBe('00000000-0000-0000-0000-000000000000\n');
  });
});
