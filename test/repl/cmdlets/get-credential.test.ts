import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

describe('Get-Credential', () => {
  it('without a terminal fails with a message that says what to do instead', async () => {
    const r = await runScript("$c = Get-Credential\n'after'");
    expect(r.stderr).toContain('Get-Credential: ');
    expect(r.stderr).toContain('Cannot prompt for a credential: no terminal is attached. Pass a PSCredential built with New-Object System.Management.Automation.PSCredential(');
    expect(r.stdout).toBe('after\n');
  });

  it('on a terminal asks for user and password, as the console host does', async () => {
    const r = await runScript("$c = Get-Credential\n$c.UserName\n$c.GetNetworkCredential().Password", { interactive: true, answers: ['admin@contoso.com', 'P@ss'] });
    expect(r.host.prompts).toEqual(['User: ', 'Password for user admin@contoso.com: ']);
    expect(r.stdout).toBe('PowerShell credential request\nEnter your credentials.\nadmin@contoso.com\nP@ss\n');
  });

  it('a positional user name is asked only for the password; -Message and -Title replace the header', async () => {
    const r = await runScript("(Get-Credential 'User01').UserName", { interactive: true, answers: ['pw'] });
    expect(r.host.prompts).toEqual(['Password for user User01: ']);
    expect(r.stdout).toBe('PowerShell credential request\nEnter your credentials.\nUser01\n');
    const m = await runScript("$c = Get-Credential -UserName u -Message 'Enter the admin password' -Title 'Tenant sign-in'", { interactive: true, answers: ['pw'] });
    expect(m.stdout).toBe('Tenant sign-in\nEnter the admin password\n');
  });

  it('passes a credential through unchanged', async () => {
    const r = await runScript([
      "$pw = ConvertTo-SecureString 'x' -AsPlainText -Force",
      "$c = New-Object System.Management.Automation.PSCredential ('me', $pw)",
      '(Get-Credential $c).UserName',
    ].join('\n'));
    expect(r.stdout).toBe('me\n');
    expect(r.stderr).toBe('');
  });
});
