import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs Get-Content.md and PowerShell's Get-Content.Tests.ps1
describe('Get-Content', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'lines.txt'), Array.from({ length: 100 }, (_, i) => `This is Line ${i + 1}`).join('\n') + '\n');
  });
  afterEach(() => cleanup());

  it('returns one string per line, relative to the current directory', async () => {
    writeFileSync(join(dir, 'abc.txt'), 'a\r\nb\nc');
    const r = await runScript("$c = Get-Content abc.txt\n$c.Count\n$c -join '|'", { cwd: dir });
    expect(r.stdout).toBe('3\na|b|c\n');
  });

  it('-TotalCount / -First / -Head read only the first lines', async () => {
    const r = await runScript('Get-Content -Path .\\lines.txt -TotalCount 5\ngc lines.txt -First 1\ncat lines.txt -Head 2 | Select-Object -Last 1', { cwd: dir });
    expect(r.stdout).toBe('This is Line 1\nThis is Line 2\nThis is Line 3\nThis is Line 4\nThis is Line 5\nThis is Line 1\nThis is Line 2\n');
  });

  it('-Tail reads the last lines', async () => {
    const r = await runScript('Get-Content lines.txt -Tail 2\ntype lines.txt -Last 1', { cwd: dir });
    expect(r.stdout).toBe('This is Line 99\nThis is Line 100\nThis is Line 100\n');
  });

  it('-Raw returns the whole text, newlines included, as one string', async () => {
    writeFileSync(join(dir, 'raw.txt'), 'one\ntwo\n');
    const r = await runScript("$r = Get-Content raw.txt -Raw\n@($r).Count\n$r.Length", { cwd: dir });
    expect(r.stdout).toBe('1\n8\n');
  });

  it('streams: a downstream stage that has enough stops the read', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n'));
    const r = await runScript(`Get-Content '${big}' | Select-Object -First 2`);
    expect(r.stdout).toBe('line 0\nline 1\n');
  });

  it('-ReadCount batches lines into arrays; 0 sends them all at once', async () => {
    const r = await runScript("(Get-Content lines.txt -ReadCount 10 | Measure-Object).Count\n(Get-Content lines.txt -ReadCount 0 | Measure-Object).Count", { cwd: dir });
    expect(r.stdout).toBe('10\n1\n');
  });

  it('reads UTF-16 files by their byte-order mark and honours -Encoding', async () => {
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo\nwörld', 'utf16le')]));
    writeFileSync(join(dir, 'latin.txt'), Buffer.from('caf\xe9', 'latin1'));
    const r = await runScript('Get-Content u16.txt\nGet-Content latin.txt -Encoding latin1', { cwd: dir });
    expect(r.stdout).toBe('héllo\nwörld\ncafé\n');
  });

  it('wildcards read every matching file; -LiteralPath does not expand them', async () => {
    writeFileSync(join(dir, 'a.log'), 'A');
    writeFileSync(join(dir, 'b.log'), 'B');
    const r = await runScript("Get-Content *.log\nGet-Content -LiteralPath '*.log'", { cwd: dir });
    expect(r.stdout).toBe('A\nB\n');
    expect(r.stderr).toContain(`Cannot find path '${join(dir, '*.log')}' because it does not exist.`);
  });

  it('a missing file is a non-terminating PathNotFound error', async () => {
    const r = await runScript("Get-Content nope.txt\n'after'\n$Error[0].FullyQualifiedErrorId\n$Error[0].CategoryInfo.Category", { cwd: dir });
    expect(r.stderr).toContain(`Get-Content: Cannot find path '${join(dir, 'nope.txt')}' because it does not exist.`);
    expect(r.stdout).toBe('after\nPathNotFound,Microsoft.PowerShell.Commands.GetContentCommand\nObjectNotFound\n');
  });

  it('a directory is an error that points to Get-ChildItem', async () => {
    const r = await runScript('Get-Content .', { cwd: dir });
    expect(r.stderr).toContain(`Unable to get content because it is a directory: '${dir}'. Please use 'Get-ChildItem' instead.`);
  });

  it('no path at all is the missing-parameter error', async () => {
    const r = await runScript('Get-Content', { cwd: dir });
    expect(r.stderr).toContain('Get-Content: Cannot process command because of one or more missing mandatory parameters: Path.');
  });

  it('an empty file gives nothing, with or without -Raw', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await runScript("@(Get-Content empty.txt).Count\n$null -eq (Get-Content empty.txt -Raw)", { cwd: dir });
    expect(r.stdout).toBe('0\nTrue\n');
  });
});
