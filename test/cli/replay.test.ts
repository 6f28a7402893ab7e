import { describe, expect, it } from 'vitest';
import { splitReplayScript } from '../../src/cli/replay.js';

describe('splitReplayScript', () => {
  it('gives one command per top-level statement with its source text intact', () => {
    const text = [
      '# exported by Export-History',
      "Get-EXOMailbox -ResultSize 5 |",
      "  Select-Object DisplayName, Alias",
      '',
      'function Get-Big {',
      '  param($n)',
      '  # a comment inside stays',
      '  $n * 1000',
      '}',
      '<# block',
      'comment #>',
      "$x = 1; $x + 1",
      'Get-Big 3 # trailing comment',
    ].join('\n');
    const r = splitReplayScript(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.commands).toEqual([
      'Get-EXOMailbox -ResultSize 5 |\n  Select-Object DisplayName, Alias',
      'function Get-Big {\n  param($n)\n  # a comment inside stays\n  $n * 1000\n}',
      '$x = 1',
      '$x + 1',
      'Get-Big 3',
    ]);
  });

  it('reports a parse error as pwsh shows it and replays nothing', () => {
    const r = splitReplayScript("'ok'\nif ($true) { 'x'", 'session.ps1');
    expect(r.commands).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toContain('ParserError: session.ps1:2:');
    expect(r.diagnostics[0]).toContain("Missing closing '}'");
  });

  it('refuses a script with a param() block', () => {
    const r = splitReplayScript('param($a)\n$a', 's.ps1');
    expect(r.commands).toEqual([]);
    expect(r.diagnostics[0]).toMatch(/param\(\) block/);
  });

  it('keeps trap statements in source order', () => {
    expect(splitReplayScript("'a'\ntrap { 'caught' }\n'b'").commands).toEqual(["'a'", "trap { 'caught' }", "'b'"]);
  });

  it('an empty or comment-only script has no commands', () => {
    expect(splitReplayScript('# nothing\n\n').commands).toEqual([]);
  });
});
