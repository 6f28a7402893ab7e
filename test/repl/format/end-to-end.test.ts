/**
 * The formatting cmdlets driven by real script text through the engine
 * (Session + CaptureHost), with expectations from the PowerShell docs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';

async function run(script: string, cwd?: string): Promise<string> {
  const host = new CaptureHost({ width: 120 });
  await new Session({ host, cwd }).run(script);
  expect(host.stderr).toBe('');
  return host.stdout;
}

describe('formatting through the engine', () => {
  // about_PSCustomObject.
  it('prints a custom object as a table', async () => {
    expect(await run("[pscustomobject]@{ Name = 'Kevin'; Language = 'PowerShell'; State = 'Texas' }")).toBe(
      '\nName  Language   State\n----  --------   -----\nKevin PowerShell Texas\n\n');
  });

  // about_Hash_Tables.
  it('prints a hashtable as Name/Value', async () => {
    expect(await run('[ordered]@{ Number = 1; Shape = "Square" }')).toBe(
      '\nName                           Value\n----                           -----\nNumber                         1\nShape                          Square\n\n');
  });

  it('runs Format-List with a calculated property', async () => {
    expect(await run("[pscustomobject]@{ Name = 'a'; Bytes = 2048 } | Format-List Name, @{ Label = 'KB'; Expression = { $_.Bytes / 1KB } }")).toBe(
      '\nName : a\nKB   : 2\n\n');
  });

  it('labels a script-block column with its text', async () => {
    expect(await run("[pscustomobject]@{ A = 2 } | Format-Table A, { $_.A * 10 }")).toBe(
      '\nA  $_.A * 10 \n- -----------\n2          20\n\n');
  });

  it('returns Out-String text as one string and -Stream as lines', async () => {
    expect(await run("$s = [pscustomobject]@{ a = 1 } | Out-String; $s.Length; ([pscustomobject]@{ a = 1 } | Out-String -Stream).Count")).toBe('8\n5\n');
  });

  it('writes Out-File relative to the current directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-e2e-'));
    expect(await run("'hello', 'world' | Out-File out.txt", dir)).toBe('');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('hello\nworld\n');
  });

  it('discards with Out-Null', async () => {
    expect(await run('1, 2 | Out-Null; 3')).toBe('3\n');
  });
});
