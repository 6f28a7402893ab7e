/**
 * Out-String, Out-File, Out-Host, Out-Default and Out-Null, with
 * expectations from their reference pages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { outString } from '../../../src/repl/cmdlets/out-string.js';
import { outFile } from '../../../src/repl/cmdlets/out-file.js';
import { outHost } from '../../../src/repl/cmdlets/out-host.js';
import { outNull } from '../../../src/repl/cmdlets/out-null.js';
import { formatList } from '../../../src/repl/cmdlets/format-list.js';
import { formatCmdlets } from '../../../src/repl/cmdlets/index-format.js';
import { runCmdlet } from './helpers.js';

const obj = (props: Record<string, unknown>) => new PSObject(props);

describe('Out-String', () => {
  it('returns one string with a newline after every line', async () => {
    expect((await runCmdlet(outString, {}, ['a', 'b'])).output).toEqual(['a\nb\n']);
    expect((await runCmdlet(outString, {}, [obj({ a: 1 })])).output).toEqual(['\na\n-\n1\n\n']);
  });

  it('returns each line as its own string with -Stream', async () => {
    expect((await runCmdlet(outString, { Stream: true }, [obj({ a: 1 })])).output).toEqual(['', 'a', '-', '1', '']);
  });

  it('joins the lines without newlines with -NoNewline', async () => {
    expect((await runCmdlet(outString, { NoNewline: true }, ['a', 'b'])).output).toEqual(['ab']);
  });

  it('refuses a -Width below 2', async () => {
    await expect(runCmdlet(outString, { Width: 1 }, ['a'])).rejects.toThrow(
      "Cannot validate argument on parameter 'Width'. The 1 argument is less than the minimum allowed range of 2.");
  });

  it('formats -InputObject as given', async () => {
    expect((await runCmdlet(outString, { InputObject: 'x' })).output).toEqual(['x\n']);
  });

  // Out-String example 3: without -Width a table is cut to the host's width; -Width avoids it.
  it('truncates a wide table to the host width unless -Width is given', async () => {
    const h = new PSHashtable(false, [['TestKey', 'x'.repeat(200)]]);
    const narrow = (await runCmdlet(outString, { Stream: true }, [h], { width: 80 })).output as string[];
    expect(narrow[3]).toBe(`TestKey                        ${'x'.repeat(48)}\u2026`);
    const wide = (await runCmdlet(outString, { Stream: true, Width: 250 }, [h], { width: 80 })).output as string[];
    expect(wide[3]).toBe(`TestKey                        ${'x'.repeat(200)}`);
  });

  // Out-String example 1: a CultureInfo-like object at -Width 100 wraps its long value under the value column.
  it('wraps list values at -Width', async () => {
    const culture = obj({
      Parent: 'en', LCID: 1033, KeyboardLayoutId: 1033, Name: 'en-US', ThreeLetterWindowsLanguageName: 'ENU',
      OptionalCalendars: ['System.Globalization.GregorianCalendar', 'System.Globalization.GregorianCalendar'],
      UseUserOverride: true,
    });
    const lines = (await runCmdlet(outString, { Stream: true, Width: 100 }, [culture])).output;
    expect(lines).toEqual([
      '',
      'Parent                         : en',
      'LCID                           : 1033',
      'KeyboardLayoutId               : 1033',
      'Name                           : en-US',
      'ThreeLetterWindowsLanguageName : ENU',
      'OptionalCalendars              : {System.Globalization.GregorianCalendar, ',
      '                                 System.Globalization.GregorianCalendar}',
      'UseUserOverride                : True',
      '',
    ]);
  });

  it('prints Format-List output verbatim', async () => {
    const formatted = (await runCmdlet(formatList, {}, [obj({ a: 1 })])).output;
    expect((await runCmdlet(outString, {}, formatted)).output).toEqual(['\na : 1\n\n']);
  });
});

describe('Out-File', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-outfile-'));

  it('writes the formatted text, UTF-8 without BOM, relative to the current directory', async () => {
    await runCmdlet(outFile, { FilePath: 'a.txt' }, [obj({ a: 1 }), 'x'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('\na\n-\n1\nx\n\n');
  });

  it('appends with -Append', async () => {
    writeFileSync(join(dir, 'b.txt'), 'first\n');
    await runCmdlet(outFile, { FilePath: 'b.txt', Append: true }, ['second'], { cwd: dir });
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('first\nsecond\n');
  });

  it('concatenates without newlines with -NoNewline', async () => {
    await runCmdlet(outFile, { FilePath: 'c.txt', NoNewline: true }, ['a', 'b', 'c'], { cwd: dir });
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('abc');
  });

  it('writes a byte-order mark for -Encoding utf8BOM and unicode', async () => {
    await runCmdlet(outFile, { FilePath: 'd.txt', Encoding: 'utf8BOM' }, ['é'], { cwd: dir });
    expect([...readFileSync(join(dir, 'd.txt'))]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0a]);
    await runCmdlet(outFile, { FilePath: 'e.txt', Encoding: 'unicode' }, ['a'], { cwd: dir });
    expect([...readFileSync(join(dir, 'e.txt'))]).toEqual([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]);
  });

  it('fails clearly when the directory does not exist', async () => {
    await expect(runCmdlet(outFile, { FilePath: 'nope/x.txt' }, ['a'], { cwd: dir })).rejects.toThrow(
      `Could not find a part of the path '${join(dir, 'nope', 'x.txt')}'.`);
  });

  it('refuses to replace a file with -NoClobber', async () => {
    writeFileSync(join(dir, 'f.txt'), 'keep');
    await expect(runCmdlet(outFile, { FilePath: 'f.txt', NoClobber: true }, ['a'], { cwd: dir })).rejects.toThrow(
      `The file '${join(dir, 'f.txt')}' already exists.`);
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('keep');
  });
});

// PowerShell's test/powershell/Modules/Microsoft.PowerShell.Utility/Out-File.Tests.ps1.
describe('pwsh Out-File.Tests.ps1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-outfile-pwsh-'));
  const inObject = obj({ text: 'some test text' });
  const lines = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n');

  it('Should be able to be called without error (and creates the file)', async () => {
    await runCmdlet(outFile, { FilePath: 'empty.txt' }, undefined, { cwd: dir });
    expect(readFileSync(join(dir, 'empty.txt'), 'utf8')).toBe('');
  });

  it('Should be able to accept string input via the InputObject switch', async () => {
    await runCmdlet(outFile, { FilePath: 's.txt', InputObject: 'some test text' }, undefined, { cwd: dir });
    expect(lines('s.txt')[0]).toBe('some test text');
  });

  it('Should Append a new line when the append switch is used', async () => {
    await runCmdlet(outFile, { FilePath: 'o.txt', InputObject: inObject }, undefined, { cwd: dir });
    await runCmdlet(outFile, { FilePath: 'o.txt', InputObject: inObject, Append: true }, undefined, { cwd: dir });
    const actual = lines('o.txt');
    expect(actual.slice(0, 11)).toEqual(['', 'text', '----', 'some test text', '', '', 'text', '----', 'some test text', '', '']);
  });

  it('Should limit each line to the specified number of characters when the width switch is used on objects', async () => {
    await runCmdlet(outFile, { FilePath: 'w.txt', Width: 10, InputObject: inObject }, undefined, { cwd: dir });
    expect(lines('w.txt').slice(0, 4)).toEqual(['', 'text', '----', 'some test\u2026']);
  });
});

describe('Out-Host, Out-Null and the index', () => {
  it('Out-Host writes Out-Default text to the host and passes nothing on', async () => {
    const { output, host } = await runCmdlet(outHost, {}, [obj({ a: 1 })], { width: 80 });
    expect(output).toEqual([]);
    expect(host.output).toEqual(['', 'a', '-', '1', '']);
  });

  it('Out-Null swallows its input', async () => {
    const { output, host } = await runCmdlet(outNull, {}, [1, 'a']);
    expect(output).toEqual([]);
    expect(host.output).toEqual([]);
  });

  it('exports every formatting cmdlet once', () => {
    expect(formatCmdlets.map((c) => c.name).sort()).toEqual([
      'Format-List', 'Format-Table', 'Format-Wide', 'Out-ConsoleGridView', 'Out-Default', 'Out-File', 'Out-GridView', 'Out-Host', 'Out-Null', 'Out-String',
    ]);
  });
});
