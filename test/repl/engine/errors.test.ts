import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { testError } from './test-cmdlets.js';
import { out, run } from './run.js';

describe('error view', () => {
  it('a command error at the prompt is one line', async () => {
    const r = await run('Test-Error "it broke"');
    expect(r.stderr).toBe('Test-Error: it broke\n');
  });

  it('an unknown command', async () => {
    const r = await run('Get-Foo');
    expect(r.stderr).toBe("Get-Foo: The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n");
    expect(r.result.exitCode).toBe(1);
  });

  it('errors from a script show the position block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    const file = join(dir, 'x.ps1');
    writeFileSync(file, '"start"\n\nTest-Error \'x\'\n"end"\n');
    const host = new CaptureHost();
    const session = new Session({ host, commands: [testError] });
    const result = await session.runFile(file, []);
    expect(host.stdout).toBe('start\nend\n');
    expect(host.stderr).toBe(`Test-Error: ${file}:3\nLine |\n   3 |  Test-Error 'x'\n     |  ~~~~~~~~~~~~~~\n     | x\n`);
    expect(result.exitCode).toBe(0);
  });

  it('throw in a script: Exception, position, exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    const file = join(dir, 't.ps1');
    writeFileSync(file, 'param([string]$Name = "x")\n"hello $Name"\nthrow "bad $Name"\n"never"\n');
    const host = new CaptureHost();
    const session = new Session({ host });
    const result = await session.runFile(file, ['-Name', 'contoso']);
    expect(host.stdout).toBe('hello contoso\n');
    expect(host.stderr).toBe(`Exception: ${file}:3\nLine |\n   3 |  throw "bad $Name"\n     |  ~~~~~~~~~~~~~~~~~\n     | bad contoso\n`);
    expect(result.exitCode).toBe(1);
  });

  it('exit N from a script file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    const file = join(dir, 'e.ps1');
    writeFileSync(file, '"a"\nexit 7\n');
    const host = new CaptureHost();
    const result = await new Session({ host }).runFile(file, []);
    expect(result.exitCode).toBe(7);
    expect(host.stdout).toBe('a\n');
  });

  it('$PSScriptRoot and $PSCommandPath', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    const file = join(dir, 'p.ps1');
    writeFileSync(file, '$PSScriptRoot\n$PSCommandPath\n');
    const host = new CaptureHost();
    await new Session({ host }).runFile(file, []);
    expect(host.stdout).toBe(`${dir}\n${file}\n`);
  });

  it('dot-sourcing a file runs it in the caller scope; & runs it in its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    writeFileSync(join(dir, 'lib.ps1'), '$libVar = "from lib"\nfunction Get-Lib { "lib function" }\n');
    const host = new CaptureHost();
    const session = new Session({ host, cwd: dir });
    await session.run('& ./lib.ps1; $null -eq $libVar; . ./lib.ps1; $libVar; Get-Lib');
    expect(host.stderr).toBe('');
    expect(host.stdout).toBe('True\nfrom lib\nlib function\n');
  });

  it('a parse error runs nothing', async () => {
    const r = await run('"first"\nif ($x { }');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("ParserError:\nLine |\n   2 |  if ($x { }\n     |         ~\n     | Missing closing ')' after expression in 'if' statement.\n");
    expect(r.result.exitCode).toBe(1);
  });

  it('a runtime error in an expression', async () => {
    const r = await run('1/0; "next"');
    expect(r.stderr).toBe('RuntimeException: Attempted to divide by zero.\n');
    expect(r.stdout).toBe('next\n');
  });

  it('a thrown error at the prompt', async () => {
    const r = await run('throw "boom"');
    expect(r.stderr).toBe('Exception: boom\n');
  });

  it('ErrorAction SilentlyContinue hides, $Error still records, $? is false', async () => {
    expect(await out('Test-Error "quiet" -ErrorAction SilentlyContinue; $?; $Error[0].Exception.Message')).toEqual(['False', 'quiet']);
  });

  it('$? is true after success', async () => {
    expect(await out('Write-Output 1 | Out-Null; $?')).toEqual(['True']);
  });

  it('ErrorAction Ignore leaves $Error alone', async () => {
    expect(await out('Test-Error "gone" -ErrorAction Ignore; $Error.Count')).toEqual(['0']);
  });

  it('$ErrorActionPreference = Stop makes errors terminating', async () => {
    const r = await run('$ErrorActionPreference = "Stop"; Test-Error "halt"; "not reached"');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Test-Error: halt\n');
    expect(r.result.exitCode).toBe(1);
  });

  it('-ErrorVariable collects, + appends', async () => {
    expect(await out('Test-Error "one" -ErrorAction SilentlyContinue -ErrorVariable ev; Test-Error "two" -ErrorAction SilentlyContinue -ErrorVariable +ev; $ev.Count; "$($ev[1])"')).toEqual(['2', 'two']);
  });

  it('2>&1 merges errors into the output', async () => {
    const r = await run('$all = Test-Error "merged" 2>&1; $all.Exception.Message');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('merged\n');
  });

  it('2>$null silences errors but records them', async () => {
    expect(await out('Test-Error "hidden" 2>$null; $Error[0].Exception.Message')).toEqual(['hidden']);
  });

  it('> file writes the output to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    const host = new CaptureHost();
    const session = new Session({ host, cwd: dir });
    await session.run('Write-Output a b > out.txt; Write-Output c >> out.txt; Get-Content out.txt');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('a\nb\nc\n');
  });

  it('the error record exposes category, id and invocation info', async () => {
    expect(await out('try { Test-Error "x" -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId; $_.InvocationInfo.ScriptLineNumber }')).toEqual(['NotSpecified', 'Test.Error', '1']);
  });

  it('typed catch of a wrapped .NET exception', async () => {
    expect(await out('try { 1/0 } catch [System.DivideByZeroException] { "divide" } catch { "other" }')).toEqual(['divide']);
  });
});

describe('stream redirection', () => {
  it('6>$null silences host output only; *>$null silences everything', async () => {
    const r = await run('Write-Note quiet 6>$null; Write-Note loud; Test-Error shown 6>$null; Test-Error hidden *>$null; Write-Output kept');
    expect(r.stdout).toBe('loud\nkept\n');
    expect(r.stderr).toBe('Test-Error: shown\n');
  });
});
