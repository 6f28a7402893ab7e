import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// Behaviour from PowerShell-Docs Read-Host.md: the prompt gets a colon and a space.
describe('Read-Host', () => {
  it('shows the prompt with ": " and returns the line', async () => {
    const r = await runScript("$age = Read-Host 'Please enter your age'\n\"age=$age\"", { answers: ['42'] });
    expect(r.host.prompts).toEqual(['Please enter your age: ']);
    expect(r.stdout).toBe('age=42\n');
  });

  it('without -Prompt shows no text', async () => {
    const r = await runScript('Read-Host', { answers: ['typed'] });
    expect(r.host.prompts).toEqual(['']);
    expect(r.stdout).toBe('typed\n');
  });

  it('-AsSecureString returns a SecureString that never prints its text', async () => {
    const r = await runScript([
      "$pwd_secure_string = Read-Host 'Enter a Password' -AsSecureString",
      '$pwd_secure_string',
      '$pwd_secure_string | ConvertFrom-SecureString -AsPlainText',
    ].join('\n'), { answers: ['s3cret'] });
    expect(r.stdout).toBe('System.Security.SecureString\ns3cret\n');
  });

  it('fails clearly when there is no input to read', async () => {
    const r = await runScript("Read-Host 'Name'\n'after'");
    expect(r.stderr).toContain('Read-Host');
    expect(r.stderr).toContain('No more scripted input');
    expect(r.stdout).toBe('after\n');
  });
});
