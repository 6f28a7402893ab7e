import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';
import { sexpr } from './sexpr.js';

const SEED_DIR = '/work/shared/seed/scripts';
const scripts = readdirSync(SEED_DIR).filter((f) => f.endsWith('.ps1')).sort();

describe('seed scripts', () => {
  it('are all present', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(9);
  });

  it.each(scripts)('%s parses with no diagnostics', (file) => {
    const { ast, diagnostics } = parseScript(readFileSync(join(SEED_DIR, file), 'utf8'), file);
    expect(diagnostics).toEqual([]);
    expect(ast.endBlock!.statements.length).toBeGreaterThan(0);
  });

  it('parse the template script to the expected shape', () => {
    const { ast } = parseScript(readFileSync(join(SEED_DIR, '08-script-template.ps1'), 'utf8'));
    expect(ast.paramBlock!.parameters.map((p) => p.name.name)).toEqual(['AppId', 'CertificateThumbprint', 'Organization', 'LogDirectory']);
    const kinds = ast.endBlock!.statements.map((s) => s.kind);
    expect(kinds).toEqual(['Pipeline', 'AssignmentStatement', 'FunctionDefinition', 'TryStatement']);
    const logFile = sexpr(ast.endBlock!.statements[1]);
    expect(logFile).toBe(
      '(= $LogFile (expand $LogDirectory "/ExchangeScript_" ($ (cmd Get-Date -Format "yyyyMMdd_HHmmss")) ".log"))',
    );
  });

  it('parse the runbook string expansions and statistics call', () => {
    const source = readFileSync(join(SEED_DIR, '05-managed-identity-runbook.ps1'), 'utf8');
    const rendered = sexpr(parseScript(source).ast);
    expect(rendered).toContain('($ (call:: [math] Round (call (. (. $Stats TotalItemSize) Value) ToMB) 2))');
    expect(rendered).toContain('(= $InactiveDate (call (paren (cmd Get-Date)) AddDays -90))');
    expect(rendered).toContain('(cmd Connect-ExchangeOnline -ManagedIdentity -Organization $Organization -ShowBanner:$false -ErrorAction Stop)');
  });
});
