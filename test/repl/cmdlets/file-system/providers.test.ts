import { describe, expect, it } from 'vitest';
import { pathProvider, registerPathProvider, type PathProvider } from '../../../../src/repl/cmdlets/file-system/providers.js';
import { Session } from '../../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../../src/repl/host/capture-host.js';

function recorder(calls: string[]): PathProvider {
  return {
    *childItems(_ctx, path, o) { calls.push(`gci ${path} recurse=${o.recurse}`); yield `child of ${path}`; },
    *items(_ctx, path) { calls.push(`gi ${path}`); yield `item ${path}`; },
    async removeItems(_ctx, path) { calls.push(`rm ${path}`); },
  };
}

describe('path providers', () => {
  const calls: string[] = [];
  registerPathProvider('Fake', 'FakeProvider', recorder(calls));

  it('claims its drive and its provider-qualified paths, not drive letters or the file system', () => {
    expect(pathProvider('fake:\\a\\b')).toBeDefined();
    expect(pathProvider('Some.Module\\FakeProvider::a\\b')).toBeDefined();
    expect(pathProvider('C:\\Certificates\\x.cer')).toBeUndefined();
    expect(pathProvider('/tmp/x')).toBeUndefined();
    expect(pathProvider('FileSystem::/tmp')).toBeUndefined();
    expect(pathProvider('Other:\\x')).toBeUndefined();
  });

  it('Get-ChildItem, Get-Item and Remove-Item route such paths to the provider', async () => {
    const host = new CaptureHost();
    await new Session({ host }).run('Get-ChildItem Fake:\\x -Recurse\nGet-Item Fake:\\y\nRemove-Item Fake:\\z');
    expect(host.stderr).toBe('');
    expect(host.stdout).toBe('child of Fake:\\x\nitem Fake:\\y\n');
    expect(calls).toEqual(['gci Fake:\\x recurse=true', 'gi Fake:\\y', 'rm Fake:\\z']);
  });
});
