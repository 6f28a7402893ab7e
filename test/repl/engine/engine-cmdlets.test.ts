import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { out, run } from './run.js';

describe('engine cmdlets', () => {
  it('Get-Command finds cmdlets, functions and aliases', async () => {
    expect(await out('(Get-Command Write-Output).CommandType; function Get-Thing {}; (Get-Command Get-Thing).CommandType; (Get-Command echo).Definition')).toEqual(['Cmdlet', 'Function', 'Write-Output']);
  });

  it('Get-Command wildcards, -Verb and -Noun', async () => {
    expect(await out('Get-Command *-Variable -CommandType Cmdlet | ForEach-Object { $_.Name }')).toEqual(['Clear-Variable', 'Get-Variable', 'New-Variable', 'Remove-Variable', 'Set-Variable']);
    expect(await out('(Get-Command -Verb Invoke | Where-Object { $_.Source -eq "Microsoft.PowerShell.Core" }).Name')).toEqual(['Invoke-Command', 'Invoke-History']);
    expect(await out('(Get-Command -Noun History).Name')).toEqual(['Add-History', 'Clear-History', 'Export-History', 'Get-History', 'Invoke-History']);
  });

  it('Get-Command of an unknown name', async () => {
    const r = await run('Get-Command Get-Nothing');
    expect(r.stderr).toBe("Get-Command: The term 'Get-Nothing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n");
  });

  it('Get-Help shows the synopsis and the syntax from the definition', async () => {
    const lines = await out('Get-Help Write-Output');
    expect(lines.slice(0, 10)).toEqual(['', 'NAME', '    Write-Output', '', 'SYNOPSIS', '    Writes the specified objects to the pipeline.', '', '', 'SYNTAX', '    Write-Output [-InputObject] <Object[]> [-NoEnumerate] [<CommonParameters>]']);
    expect(lines).toContain('    echo, write');
  });

  it('Get-Help syntax has one line per parameter set', async () => {
    const lines = await out('Get-Help Test-Binding');
    const syntax = lines.filter((l) => l.startsWith('    Test-Binding '));
    expect(syntax).toEqual([
      '    Test-Binding [[-Name] <string>] [-PassThru] [-Count <int>] [-Color <string>] [-Force] [<CommonParameters>]',
      '    Test-Binding [-Path] <string> [-PassThru] [-Count <int>] [-Color <string>] [-Force] [<CommonParameters>]',
      '    Test-Binding [-PassThru] [-Count <int>] [-Color <string>] [-Force] -Id <int> [<CommonParameters>]',
    ]);
  });

  it('variables cmdlets', async () => {
    expect(await out('Set-Variable -Name v1 -Value 10; $v1; (Get-Variable v1).Value; Get-Variable v1 -ValueOnly')).toEqual(['10', '10', '10']);
    expect(await out('New-Variable n1 5; Clear-Variable n1; $null -eq $n1; Remove-Variable n1; (Get-Variable n* | Where-Object Name -eq n1) -eq $null')).toEqual(['True', 'True']);
    expect(await out('function f { Set-Variable -Name fromf -Value 1 -Scope Global }; f; $fromf')).toEqual(['1']);
  });

  it('Get-Variable of an unknown name', async () => {
    const r = await run('Get-Variable nope');
    expect(r.stderr).toBe("Get-Variable: Cannot find a variable with the name 'nope'.\n");
  });

  it('New-Variable refuses an existing name; read-only variables resist change', async () => {
    const r = await run('New-Variable a 1; New-Variable a 2; Set-Variable ro 1 -Option ReadOnly; $ro = 2; $ro');
    expect(r.stderr).toBe("New-Variable: A variable with name 'a' already exists.\nWriteError: Cannot overwrite variable ro because it is read-only or constant.\n");
    expect(r.stdout).toBe('1\n');
  });

  it('Invoke-Expression runs text in the caller scope', async () => {
    expect(await out('$x = 2; Invoke-Expression "`$x * 21"; iex "`$y = 5"; $y')).toEqual(['42', '5']);
  });

  it('history and Invoke-History', async () => {
    const host = new CaptureHost();
    const session = new Session({ host });
    await session.run('"first"');
    await session.run('1 + 1');
    host.reset();
    await session.run('(Get-History).CommandLine');
    expect(host.stdout).toBe('"first"\n1 + 1\n');
    host.reset();
    await session.run('r 2');
    expect(host.stdout).toBe('1 + 1\n2\n');
    // Like pwsh, Invoke-History's line is replaced by the command it ran.
    expect(session.history).toEqual(['"first"', '1 + 1', '(Get-History).CommandLine', '1 + 1']);
  });

  it('Get-Alias', async () => {
    expect(await out('(Get-Alias gcm).Definition; (Get-Alias -Definition Get-History).Name')).toEqual(['Get-Command', 'ghy', 'h', 'history']);
  });

  it('Set-Location and Get-Location', async () => {
    const r = await run('Set-Location /tmp; (Get-Location).Path; "$PWD"; cd /; $PWD.Path');
    expect(r.stdout).toBe('/tmp\n/tmp\n/\n');
  });
});
