import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExoClient, ModuleFile } from '../../../src/exo/client/exo-client.js';
import { loadCatalog } from '../../../src/exo/catalog/load-catalog.js';
import { BUNDLED_CATALOG } from '../../../src/exo/catalog/bundled.js';

const MODULE_TEXT = `function script:Get-Gadget
{
    [CmdletBinding()]
    param(
    [Parameter(Position=0)]
    [string]
    \${Identity}
    )
}
`;

function client(moduleFile: () => Promise<Partial<ModuleFile>>): ExoClient {
  return { moduleFile } as unknown as ExoClient;
}

const opts = (cacheDir: string) => ({ tenant: 'tid-1', moduleVersion: '3.9.0', cacheDir });

describe('loadCatalog', () => {
  it('takes the exported cmdlets from the service, with metadata from the module text then the bundled catalog, and caches them', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'exosh-cat-')), 'catalog');
    const loaded = await loadCatalog(client(async () => ({ exportedCmdlets: ['Get-Gadget', 'Get-Mailbox', 'Get-Unknown'], moduleText: MODULE_TEXT })), opts(dir));
    expect(loaded.source).toBe('service');
    expect(Object.keys(loaded.catalog)).toEqual(['Get-Gadget', 'Get-Mailbox']);
    expect(loaded.catalog['Get-Mailbox']).toEqual(BUNDLED_CATALOG['Get-Mailbox']);
    expect(loaded.missing).toEqual(['Get-Unknown']);
    const [file] = readdirSync(dir);
    expect(file).toBe('tid-1-3.9.0.json');
    expect(statSync(join(dir, file!)).mode & 0o777).toBe(0o600);

    const offline = await loadCatalog(client(async () => { throw new Error('offline'); }), opts(dir));
    expect(offline.source).toBe('cache');
    expect(Object.keys(offline.catalog)).toEqual(['Get-Gadget', 'Get-Mailbox']);
  });

  it('falls back to the bundled catalog, trimmed by -CommandName', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-cat-'));
    const messages: string[] = [];
    const all = await loadCatalog(client(async () => { throw new Error('offline'); }), { ...opts(dir), verbose: (m) => messages.push(m) });
    expect(all.source).toBe('bundled');
    expect(Object.keys(all.catalog).length).toBe(Object.keys(BUNDLED_CATALOG).length);
    expect(messages[0]).toContain('offline');
    const some = await loadCatalog(client(async () => { throw new Error('offline'); }), { ...opts(dir), commandName: 'Get-Mailbox,Set-Mailbox' });
    expect(Object.keys(some.catalog).sort()).toEqual(['Get-Mailbox', 'Set-Mailbox']);
  });
});
