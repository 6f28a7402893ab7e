import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// Behaviour from PowerShell-Docs New-Object.md and about_Object_Creation.md
describe('New-Object', () => {
  it('PSObject with -Property shows as a table in the hashtable order', async () => {
    const r = await runScript('$o = New-Object -TypeName psobject -Property ([ordered]@{one=1; two=2})\n$o');
    expect(r.stdout).toBe('\none two\n--- ---\n  1   2\n\n');
  });

  it('an empty PSObject, and one with a property', async () => {
    const r = await runScript("$o = New-Object PSObject\n$o -is [psobject]\n(New-Object PSObject -Property @{Name = 'x'}).Name");
    expect(r.stdout).toBe('True\nx\n');
  });

  it('PSCredential from a user name and a SecureString', async () => {
    const r = await runScript([
      "$pw = ConvertTo-SecureString 'secret' -AsPlainText -Force",
      "$cred = New-Object System.Management.Automation.PSCredential ('admin@contoso.com', $pw)",
      '$cred.UserName',
      '$cred.GetNetworkCredential().Password',
    ].join('\n'));
    expect(r.stdout).toBe('admin@contoso.com\nsecret\n');
  });

  it('PSCredential with -ArgumentList', async () => {
    const r = await runScript("$c = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'u', (ConvertTo-SecureString 'p' -AsPlainText)\n$c.UserName");
    expect(r.stdout).toBe('u\n');
  });

  it('a generic list', async () => {
    const r = await runScript("$list = New-Object -TypeName 'System.Collections.Generic.List[string]'\n$list -is [System.Collections.Generic.List[string]]\n@($list).Count");
    expect(r.stdout).toBe('True\n0\n');
  });

  it('a DateTime from year, month and day', async () => {
    const r = await runScript("Get-Date -Date (New-Object DateTime 2024, 2, 29) -Format 'yyyy-MM-dd'");
    expect(r.stdout).toBe('2024-02-29\n');
  });

  it('a hashtable', async () => {
    const r = await runScript('$h = New-Object System.Collections.Hashtable\n$h["k"] = 1\n$h["k"]');
    expect(r.stdout).toBe('1\n');
  });

  it('an unknown type is pwsh\'s TypeNotFound error', async () => {
    const r = await runScript("New-Object Does.Not.Exist\n'after'");
    expect(r.stderr).toContain('New-Object: ');
    expect(r.stderr).toContain('Cannot find type [Does.Not.Exist]: verify that the assembly containing this type is loaded.');
    expect(r.stdout).toBe('after\n');
  });

  it('a PSCredential without a SecureString fails with the cast message', async () => {
    const r = await runScript("New-Object System.Management.Automation.PSCredential ('u', 'plain')");
    expect(r.stderr).toContain('Cannot convert argument "password", with value: "plain", for "PSCredential" to type "System.Security.SecureString".');
  });
});
