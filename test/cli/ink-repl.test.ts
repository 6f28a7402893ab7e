import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInkRepl } from '../../src/cli/ink-repl.js';
import { Session } from '../../src/repl/engine/session.js';
import { loadPalette } from '../../src/views/settings/settings-store.js';

const saved = process.env['XDG_CONFIG_HOME'];
afterEach(() => {
  if (saved === undefined) delete process.env['XDG_CONFIG_HOME'];
  else process.env['XDG_CONFIG_HOME'] = saved;
});

describe('createInkRepl', () => {
  it('Set-PSReadLineOption -Colors recolours the running shell and saves the colour for the next one', async () => {
    const config = mkdtempSync(join(tmpdir(), 'exosh-config-'));
    process.env['XDG_CONFIG_HOME'] = config;
    const repl = createInkRepl({ columns: 80, rows: 24 } as NodeJS.WriteStream);
    const session = new Session({ host: repl.host, commands: repl.commands });
    await session.run("Set-PSReadLineOption -Colors @{ Command = 'Magenta'; ErrorOutput = \"`e[38;2;255;0;0m\"; Nope = 'Red' }");
    repl.store.flush(true);
    expect(repl.store.getSnapshot().palette?.theme.command).toBe('magentaBright');
    expect(repl.store.getSnapshot().palette?.theme.errorOutput).toBe('#ff0000');
    const errors = repl.store.getSnapshot().items.flatMap((i) => i.segments).filter((s) => s.kind === 'error').map((s) => s.text).join('');
    expect(errors).toContain("'Nope' is not a valid color property");
    expect(loadPalette({ cwd: join(config, 'exosh'), env: {} }).theme.command).toBe('magentaBright');
  });
});
