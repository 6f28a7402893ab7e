/**
 * Function scoping, after about_Scopes ("An item you include in a scope is visible
 * in the scope in which it was created and in any child scope"; "function
 * global:Get-DependentService"; dot sourcing "runs the script in the current scope")
 * and about_Scripts ("functions ... created by the script ... are not available
 * after the script runs" unless dot-sourced).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { out, run } from './run.js';
import { tempDir } from '../cmdlets/session-run.js';

const NOT_FOUND = /The term 'inner' is not recognized/;

describe('function scopes', () => {
  it('a function defined inside a function is local to that call', async () => {
    const r = await run('function outer { function inner { "in" }; inner }; outer; inner');
    expect(r.stdout).toBe('in\n');
    expect(r.stderr).toMatch(NOT_FOUND);
  });

  it('a function defined in a script block is local to the block', async () => {
    const r = await run('& { function inner { "in" }; inner }; inner');
    expect(r.stdout).toBe('in\n');
    expect(r.stderr).toMatch(NOT_FOUND);
  });

  it('child scopes see the functions of their callers (dynamic scoping)', async () => {
    expect(await out('function outer { function helper { "helped" }; callee }; function callee { helper }; outer')).toEqual(['helped']);
  });

  it('an inner definition hides an outer one only inside its scope', async () => {
    expect(await out('function f { "global" }; function g { function f { "local" }; f }; g; f')).toEqual(['local', 'global']);
  });

  it('function global: defines in the global scope from anywhere', async () => {
    expect(await out('function outer { function global:inner { "in" } }; outer; inner')).toEqual(['in']);
  });

  it('function script: defines in the script scope', async () => {
    expect(await out('& { function script:inner { "in" } }; inner')).toEqual(['in']);
  });

  it('dot-sourcing a block defines its functions in the caller scope', async () => {
    expect(await out('. { function inner { "in" } }; inner')).toEqual(['in']);
  });

  it('dot-sourcing inside a function defines into that function only', async () => {
    const r = await run('function f { . { function inner { "in" } }; inner }; f; inner');
    expect(r.stdout).toBe('in\n');
    expect(r.stderr).toMatch(NOT_FOUND);
  });

  it('Invoke-Expression defines in the caller scope; Invoke-Command only with -NoNewScope; ForEach-Object blocks are dot-sourced', async () => {
    const r = await run("function f { Invoke-Expression 'function g { 1 }'; g }; f; g");
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toMatch(/The term 'g' is not recognized/);
    expect((await run('Invoke-Command { function fx { 2 } }; fx')).stderr).toMatch(/The term 'fx' is not recognized/);
    expect(await out('Invoke-Command -NoNewScope { function fx { 2 } }; fx')).toEqual(['2']);
    expect(await out('1..2 | ForEach-Object { function fk { 3 } }; fk')).toEqual(['3']);
  });

  it('Get-Command lists only the functions visible from where it runs', async () => {
    expect(await out('function f { function inner {}; (Get-Command inner).Name }; f; @(Get-Command -CommandType Function inner -ErrorAction SilentlyContinue).Count')).toEqual(['inner', '0']);
  });

  describe('script files', () => {
    const { dir, cleanup } = tempDir();
    afterAll(cleanup);
    writeFileSync(join(dir, 'lib.ps1'), 'function inner { "from lib" }\n$libVar = 1\n');
    writeFileSync(join(dir, 'glob.ps1'), 'function global:fromScript { "global from script" }\n');

    it('a script run by path does not leak its functions', async () => {
      const r = await run('./lib.ps1; inner', { cwd: dir });
      expect(r.stderr).toMatch(NOT_FOUND);
    });

    it('a script run with & does not leak its functions', async () => {
      const r = await run('& ./lib.ps1; inner', { cwd: dir });
      expect(r.stderr).toMatch(NOT_FOUND);
    });

    it('dot-sourcing a script defines its functions and variables in the caller scope', async () => {
      expect(await out('. ./lib.ps1; inner; $libVar', { cwd: dir })).toEqual(['from lib', '1']);
    });

    it('dot-sourcing a script inside a function keeps its functions in that function', async () => {
      const r = await run('function load { . ./lib.ps1; inner }; load; inner', { cwd: dir });
      expect(r.stdout).toBe('from lib\n');
      expect(r.stderr).toMatch(NOT_FOUND);
    });

    it('a script can still define a global function', async () => {
      expect(await out('./glob.ps1; fromScript', { cwd: dir })).toEqual(['global from script']);
    });
  });
});
