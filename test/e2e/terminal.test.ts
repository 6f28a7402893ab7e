/** The pseudo-terminal harness itself: key bytes, the emulated screen, sizes, exit codes, isolated homes. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyBytes, Terminal } from './terminal.js';
import { run, startShell } from './shell.js';

describe('keyBytes', () => {
  it('spells named keys, Ctrl and Alt chords as a terminal sends them', () => {
    expect(keyBytes('Enter')).toBe('\r');
    expect(keyBytes('Up')).toBe('\u001b[A');
    expect(keyBytes('PageDown')).toBe('\u001b[6~');
    expect(keyBytes('C-c')).toBe('\u0003');
    expect(keyBytes('C-r')).toBe('\u0012');
    expect(keyBytes('C-d')).toBe('\u0004');
    expect(keyBytes('M-f')).toBe('\u001bf');
    expect(() => keyBytes('Hyper' as never)).toThrow('unknown key');
  });
});

describe('Terminal', () => {
  it('runs exosh in a pseudo-terminal of the given size and shows its output on the emulated screen', async () => {
    const t = await Terminal.start({ cols: 200, rows: 50, args: ['-NoProfile', '-Command', "1..3 | ForEach-Object { \"line $_\" }; $env:HOME; exit 3"] });
    try {
      expect(await t.waitForExit()).toBe(3);
      const screen = t.screen();
      expect(screen.split('\n')).toHaveLength(50);
      expect(screen).toMatch(/^line 1\nline 2\nline 3\n/);
      // An isolated home of its own.
      expect(screen).toContain(t.home);
      expect(existsSync(t.home)).toBe(true);
    } finally {
      await t.close();
    }
    expect(existsSync(t.home)).toBe(false);
  });

  it('gives exosh the terminal width, and a resize reaches it', async () => {
    const table = "[pscustomobject]@{ A = 'a' * 300; B = 1 } | Format-Table";
    const widest = (lines: string[]) => Math.max(...lines.filter((l) => l.includes('aaaa')).map((l) => l.length));
    const t = await startShell({ cols: 80, rows: 24 });
    try {
      await run(t, table);
      // pwsh never writes the terminal's last column.
      await t.waitFor(() => widest(t.lines()) === 79);
      t.resize(120, 30);
      expect([t.cols, t.rows]).toEqual([120, 30]);
      await run(t, table);
      await t.waitFor(() => widest(t.lines()) === 119);
    } finally {
      await t.close();
    }
  });

  it('fails a wait with the screen in the message', async () => {
    const t = await Terminal.start({ cols: 80, rows: 24, args: ['-NoProfile', '-Command', "'hello'"] });
    try {
      await t.waitForExit();
      await expect(t.waitFor('never shown', 200)).rejects.toThrow(/timed out after 200 ms[\s\S]*hello/);
    } finally {
      await t.close();
    }
  });
});
