import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// PowerShell-Docs ConvertTo-SecureString.md: "Starting in PowerShell 7, the Force parameter is not
// required when using the AsPlainText parameter."
describe('ConvertTo-SecureString and ConvertFrom-SecureString', () => {
  it('a SecureString prints only its type', async () => {
    const r = await runScript("$Secure = ConvertTo-SecureString -String 'P@ssw0rd' -AsPlainText -Force\n$Secure\n\"$Secure\"");
    expect(r.stdout).toBe("System.Security.SecureString\nSystem.Security.SecureString\n");
  });

  it('-AsPlainText works without -Force in PowerShell 7', async () => {
    const r = await runScript("ConvertTo-SecureString 'abc' -AsPlainText | ConvertFrom-SecureString -AsPlainText");
    expect(r.stdout).toBe('abc\n');
    expect(r.stderr).toBe('');
  });

  it('the standard string round-trips and does not contain the plain text', async () => {
    const r = await runScript([
      "$std = ConvertTo-SecureString 'Secret1' -AsPlainText | ConvertFrom-SecureString",
      "$std -like '*Secret1*'",
      '$std | ConvertTo-SecureString | ConvertFrom-SecureString -AsPlainText',
    ].join('\n'));
    expect(r.stdout).toBe('False\nSecret1\n');
  });

  it('rejects text that is not a standard string', async () => {
    const r = await runScript("ConvertTo-SecureString 'not-hex'\n'after'");
    expect(r.stderr).toContain('ConvertTo-SecureString: Input string was not in a correct format.');
    expect(r.stdout).toBe('after\n');
  });

  it('ConvertFrom-SecureString needs a SecureString', async () => {
    const r = await runScript("ConvertFrom-SecureString -SecureString 'plain'");
    expect(r.stderr).toContain("Cannot bind parameter 'SecureString'");
  });
});
