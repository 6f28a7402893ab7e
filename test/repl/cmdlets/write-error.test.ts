import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// Behaviour from MicrosoftDocs/PowerShell-Docs reference/7.4/Microsoft.PowerShell.Utility/Write-Error.md
describe('Write-Error', () => {
  it('writes the message to the error stream, not the output', async () => {
    const r = await runScript('Write-Error -Message "Error: Too many input values." -Category InvalidArgument');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Write-Error: Error: Too many input values.\n');
  });

  it('is non-terminating: the script goes on', async () => {
    const r = await runScript("Write-Error 'first'\n'after'");
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toBe('Write-Error: first\n');
  });

  it('sets category, error id and target object on the record', async () => {
    const r = await runScript([
      "Write-Error 'bad input' -Category InvalidData -ErrorId 'My.Error' -TargetObject 42 -ErrorAction SilentlyContinue",
      '$e = $Error[0]',
      '$e.FullyQualifiedErrorId',
      '$e.CategoryInfo.Category',
      '$e.TargetObject',
      '$e.Exception.Message',
    ].join('\n'));
    expect(r.stdout).toBe('My.Error\nInvalidData\n42\nbad input\n');
  });

  it('without -ErrorId uses the WriteErrorException id', async () => {
    const r = await runScript("Write-Error 'x' -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId");
    expect(r.stdout).toBe('Microsoft.PowerShell.Commands.WriteErrorException\n');
  });

  it('-ErrorAction Stop makes it catchable', async () => {
    const r = await runScript("try { Write-Error 'boom' -ErrorAction Stop } catch { \"caught: $($_.Exception.Message)\" }");
    expect(r.stdout).toBe('caught: boom\n');
  });

  it('rewrites a caught ErrorRecord with -ErrorRecord', async () => {
    const r = await runScript("try { throw 'inner' } catch { Write-Error -ErrorRecord $_ }\n'next'");
    expect(r.stdout).toBe('next\n');
    expect(r.stderr).toContain('inner');
  });

  it('a caught error passed positionally becomes the message (as the seed scripts do)', async () => {
    expect((await runScript("try { throw 'bad thing' } catch { Write-Error $_ }")).stderr).toBe('Write-Error: bad thing\n');
    expect((await runScript("try { throw 'x' } catch { Write-Error \"An error occurred: $_\" }")).stderr).toBe('Write-Error: An error occurred: x\n');
  });

  it('takes its message from the pipeline', async () => {
    const r = await runScript("'piped' | Write-Error -ErrorAction SilentlyContinue\n$Error[0].Exception.Message");
    expect(r.stdout).toBe('piped\n');
  });
});
