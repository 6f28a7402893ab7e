import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// Behaviour from PowerShell-Docs Write-Warning.md, Write-Verbose.md, Write-Debug.md and about_Preference_Variables.md
describe('Write-Warning, Write-Verbose, Write-Debug', () => {
  it('Write-Warning prints WARNING: on the console output', async () => {
    expect((await runScript('Write-Warning "This is only a test warning."')).stdout).toBe('WARNING: This is only a test warning.\n');
  });

  it('Write-Warning honours -WarningAction and $WarningPreference', async () => {
    expect((await runScript("Write-Warning 'hidden' -WarningAction SilentlyContinue\n'after'")).stdout).toBe('after\n');
    expect((await runScript("$WarningPreference = 'SilentlyContinue'\nWrite-Warning 'hidden'\n'after'")).stdout).toBe('after\n');
  });

  it('Write-Warning takes the message from the pipeline', async () => {
    expect((await runScript("'from pipe' | Write-Warning")).stdout).toBe('WARNING: from pipe\n');
  });

  it('Write-Verbose is hidden unless -Verbose or $VerbosePreference says so', async () => {
    expect((await runScript("Write-Verbose 'not shown'\n'visible'")).stdout).toBe('visible\n');
    expect((await runScript('Write-Verbose -Message "Searching the Application Event Log." -Verbose')).stdout)
      .toBe('VERBOSE: Searching the Application Event Log.\n');
    expect((await runScript("$VerbosePreference = 'Continue'\nWrite-Verbose 'now shown'")).stdout).toBe('VERBOSE: now shown\n');
  });

  it('Write-Debug is hidden unless -Debug or $DebugPreference says so', async () => {
    expect((await runScript("Write-Debug 'quiet'\n'x'")).stdout).toBe('x\n');
    expect((await runScript("Write-Debug 'loud' -Debug")).stdout).toBe('DEBUG: loud\n');
    expect((await runScript("$DebugPreference = 'Continue'\nWrite-Debug 'pref'")).stdout).toBe('DEBUG: pref\n');
  });

  it('a missing message is a binding error', async () => {
    const r = await runScript('Write-Warning');
    expect(r.stderr).toContain('Cannot process command because of one or more missing mandatory parameters: Message.');
  });
});
