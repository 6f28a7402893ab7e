import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// Behaviour from PowerShell-Docs Write-Information.md: the default preference is SilentlyContinue.
describe('Write-Information', () => {
  it('is silent by default', async () => {
    expect((await runScript("Write-Information 'hidden'\n'after'")).stdout).toBe('after\n');
  });

  it('shows with -InformationAction Continue', async () => {
    expect((await runScript("Write-Information -MessageData 'Got your features!' -InformationAction Continue")).stdout).toBe('Got your features!\n');
  });

  it('shows when $InformationPreference is Continue', async () => {
    expect((await runScript("$InformationPreference = 'Continue'\nWrite-Information 'shown'")).stdout).toBe('shown\n');
  });
});
