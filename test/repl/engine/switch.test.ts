/**
 * The switch statement, with expectations from about_Switch (PowerShell-Docs,
 * reference/7.4/.../about_Switch.md) and pwsh's switch binder: values compare
 * as strings, a $null clause matches only $null, [regex] clauses match as
 * regular expressions, the last of -Regex/-Wildcard/-Exact wins, $switch is
 * the enumerator, and -File reads one file a line at a time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { out, run } from './run.js';
import { tempDir } from '../cmdlets/session-run.js';

describe('switch', () => {
  it('all conditions are tested (about_Switch: "Three again.")', async () => {
    expect(await out('switch (3) { 1 { "It\'s one." } 3 { "It\'s three." } 4 { "It\'s four." } 3 { "Three again." } }')).toEqual(["It's three.", 'Three again.']);
  });

  it('break and continue control the flow over an array (about_Switch example)', async () => {
    const script = 'switch (1,4,-1,3,"Hello",2,1) { {$_ -lt 0} { continue } {$_ -isnot [int32]} { break } {$_ % 2} { "$_ is Odd" } {-not ($_ % 2)} { "$_ is Even" } }';
    expect(await out(script)).toEqual(['1 is Odd', '4 is Even', '3 is Odd']);
  });

  it('values compare as strings: an enum matches its name, not its number', async () => {
    const script = `switch ( ([datetime]'1 Jan 1970').DayOfWeek ) { 4 { 'int' } "4" { 'numeric string' } "Thursday" { 'string' } { 4 -eq $_ } { 'expression' } }`;
    expect(await out(script)).toEqual(['string', 'expression']);
  });

  it('a hashtable is not enumerated; it compares as its type name', async () => {
    expect(await out(`switch -Exact (@{ Test = 'test' }) { 'System.Collections.Hashtable' { 'coercion' } 'test' { 'value' } }`)).toEqual(['coercion']);
  });

  it('numbers compare by their string form', async () => {
    expect(await out('switch (1.0) { 1 { "one" } }; switch ($true) { 1 { "one" } "True" { "true" } }')).toEqual(['one', 'true']);
  });

  it('a $null clause matches only $null', async () => {
    expect(await out('switch ($null) { $null { "null" } "" { "empty" } }; switch ("") { $null { "null" } "" { "empty" } }')).toEqual(['null', 'empty', 'empty']);
  });

  it('an empty array runs no clause, not even default', async () => {
    expect(await out('switch (@()) { default { "d" } }; "after"')).toEqual(['after']);
  });

  it('without -Wildcard a wildcard string is literal; default runs when nothing matches', async () => {
    expect(await out('switch ("fourteen") { 4 { "four"; break } "fo*" { "too many" } default { "No matches" } }')).toEqual(['No matches']);
    expect(await out('switch -Wildcard ("fourteen") { 4 { "four"; break } "fo*" { "too many" } }')).toEqual(['too many']);
  });

  it('-Regex sets $Matches for the clause (about_Switch example)', async () => {
    const script = `switch -Regex ('https://bing.com') { '^ftp\\://.*$' { "ftp"; break } '^(http[s]?)\\://.*$' { "$_ is a web address that uses $($Matches[1])"; break } }`;
    expect(await out(script)).toEqual(['https://bing.com is a web address that uses https']);
  });

  it('a [regex] clause matches as a regular expression without -Regex', async () => {
    expect(await out(`switch ('abc123') { ([regex]'\\d+$') { 'digits' } }`)).toEqual(['digits']);
  });

  it('the last of -Regex, -Wildcard and -Exact wins', async () => {
    expect(await out('switch -Regex -Exact ("a.c") { "a.c" { "hit" } }; switch -Regex -Exact ("abc") { "a.c" { "hit" } default { "miss" } }')).toEqual(['hit', 'miss']);
    expect(await out('switch -Exact -Wildcard ("abc") { "a*" { "wild" } }')).toEqual(['wild']);
  });

  it('-CaseSensitive applies to exact, wildcard and regex matching', async () => {
    expect(await out('switch -CaseSensitive -Wildcard ("ABC") { "a*" { "lower" } "A*" { "upper" } }; switch -CaseSensitive -Regex ("ABC") { "^a" { "lower" } "^A" { "upper" } }')).toEqual(['upper', 'upper']);
  });

  it('$switch is the enumerator: MoveNext() and Current skip values', async () => {
    const script = 'switch ("-name", "alice", "-id", "7", "x") { "-name" { [void]$switch.MoveNext(); "name=$($switch.Current)" } "-id" { [void]$switch.MoveNext(); "id=$($switch.Current)" } default { "other=$_" } }';
    expect(await out(script)).toEqual(['name=alice', 'id=7', 'other=x']);
  });

  it('$switch is gone after the switch', async () => {
    expect(await out('switch (1) { 1 { $switch.GetType().Name -ne $null } }; $null -eq $switch')).toEqual(['True', 'True']);
  });

  it('break inside switch inside a loop leaves only the switch; a labelled break leaves the loop', async () => {
    expect(await out('foreach ($i in 1..2) { switch ($i) { default { "s$_"; break } }; "after $i" }')).toEqual(['s1', 'after 1', 's2', 'after 2']);
    expect(await out(':outer foreach ($i in 1..3) { switch ($i) { 2 { break outer } default { "s$_" } } }')).toEqual(['s1']);
  });

  it('variables set in a condition block stay in its scope; variables set in an action are visible', async () => {
    expect(await out('switch (1) { { $c = 5; $true } { $a = 6 } }; $null -eq $c; $a')).toEqual(['True', '6']);
  });

  describe('-File', () => {
    const { dir, cleanup } = tempDir();
    afterAll(cleanup);
    writeFileSync(join(dir, 'README.md'), '# Title\r\nintro line\nmore intro\n## Section\nbody\n');
    writeFileSync(join(dir, 'a1.log'), 'x');
    writeFileSync(join(dir, 'a2.log'), 'y');

    it('reads the file a line at a time; break stops early (about_Switch README example)', async () => {
      expect(await out("switch -Regex -File ./README.md { '^##\\s' { break } default { $_; continue } }", { cwd: dir })).toEqual(['# Title', 'intro line', 'more intro']);
    });

    it('accepts a wildcard that matches one file', async () => {
      expect(await out('switch -Wildcard -File ./READ* { "*intro*" { "intro: $_" } }', { cwd: dir })).toEqual(['intro: intro line', 'intro: more intro']);
    });

    it('matches case-insensitively unless -CaseSensitive', async () => {
      expect(await out('switch -File ./README.md { "BODY" { "found" } }; switch -CaseSensitive -File ./README.md { "BODY" { "found" } }', { cwd: dir })).toEqual(['found']);
    });

    it('$switch.MoveNext() reads the next line', async () => {
      expect(await out('switch -File ./README.md { "## Section" { [void]$switch.MoveNext(); "section body: $($switch.Current)" } }', { cwd: dir })).toEqual(['section body: body']);
    });

    it('a missing file, no match, or several matches are errors', async () => {
      const missing = await run('switch -File ./nope.txt { default { $_ } }; "next"', { cwd: dir });
      expect(missing.stdout).toBe('next\n');
      expect(missing.stderr).toContain(`Cannot find path '${join(dir, 'nope.txt')}' because it does not exist.`);
      expect((await run('switch -File ./*.none { default { $_ } }', { cwd: dir })).stderr).toContain("No files matching './*.none' were found.");
      expect((await run('switch -File ./a*.log { default { $_ } }', { cwd: dir })).stderr).toContain('The path resolved to more than one file; can only process one file.');
    });
  });
});
