import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { StreamHost } from '../../../src/repl/host/stream-host.js';
import { runScript } from './session-run.js';

/** A stand-in for process.stdout that records what is written. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, columns: 100, text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

async function throughStreamHost(script: string, isTTY: boolean): Promise<string> {
  const out = fakeStream(isTTY);
  const host = new StreamHost({ stdout: out, stderr: fakeStream(false), interactive: false });
  await new Session({ host }).run(script);
  return out.text;
}

describe('Write-Host', () => {
  // Examples from MicrosoftDocs/PowerShell-Docs reference/7.4/Microsoft.PowerShell.Utility/Write-Host.md
  it('joins remaining arguments with spaces', async () => {
    expect((await runScript("Write-Host 'a' 'b' 3")).stdout).toBe('a b 3\n');
  });

  it('-NoNewline runs two writes together', async () => {
    const r = await runScript('Write-Host "no newline test " -NoNewline\nWrite-Host "second string"');
    expect(r.stdout).toBe('no newline test second string\n');
  });

  it('-Separator goes between the items of a collection', async () => {
    const r = await runScript('Write-Host (2,4,6,8,10,12) -Separator ", +2= "');
    expect(r.stdout).toBe('2, +2= 4, +2= 6, +2= 8, +2= 10, +2= 12\n');
  });

  it('is not pipeline output', async () => {
    const r = await runScript("$captured = Write-Host 'shown'\n$null -eq $captured");
    expect(r.stdout).toBe('shown\nTrue\n');
  });

  it('prints each piped object on its own line', async () => {
    expect((await runScript("'x', 'y' | Write-Host")).stdout).toBe('x\ny\n');
  });

  it('prints a date as the current culture shows it, not the invariant form', async () => {
    expect((await runScript("Write-Host (Get-Date -Date '2024-03-19')")).stdout).toBe('3/19/2024 12:00:00 AM\n');
  });

  it('-InformationAction Ignore prints nothing', async () => {
    const r = await runScript("Write-Host \"I won't print\" -InformationAction Ignore\n'done'");
    expect(r.stdout).toBe('done\n');
  });

  it('-InformationAction SilentlyContinue and $InformationPreference do not silence it', async () => {
    const r = await runScript("Write-Host 'one' -InformationAction SilentlyContinue\n$InformationPreference = 'SilentlyContinue'\nWrite-Host 'two'");
    expect(r.stdout).toBe('one\ntwo\n');
  });

  it('rejects a colour that is not a ConsoleColor', async () => {
    const r = await runScript("Write-Host 'x' -ForegroundColor Purple");
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cannot validate argument on parameter \'ForegroundColor\'. The argument "Purple" does not belong to the set');
  });

  describe('colour is the host\'s decision', () => {
    const saved = process.env['NO_COLOR'];
    afterEach(() => {
      if (saved === undefined) delete process.env['NO_COLOR'];
      else process.env['NO_COLOR'] = saved;
    });

    it('writes ANSI colours on a terminal', async () => {
      delete process.env['NO_COLOR'];
      const text = await throughStreamHost("Write-Host 'Red on white text.' -ForegroundColor red -BackgroundColor white", true);
      expect(text).toBe('\x1b[91;107mRed on white text.\x1b[0m\n');
    });

    it('writes plain text when NO_COLOR is set, even on a terminal', async () => {
      process.env['NO_COLOR'] = '1';
      const text = await throughStreamHost("Write-Host 'Red on white text.' -ForegroundColor red -BackgroundColor white", true);
      expect(text).toBe('Red on white text.\n');
    });

    it('writes plain text when output is not a terminal', async () => {
      delete process.env['NO_COLOR'];
      const text = await throughStreamHost("Write-Host (2,4,6) -Separator ', -> ' -ForegroundColor DarkGreen", false);
      expect(text).toBe('2, -> 4, -> 6\n');
    });
  });
});
