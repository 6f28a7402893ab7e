/**
 * The prompt as a person uses it, in the real shell in a pseudo-terminal:
 * completion while typing, Ctrl+C on a line and on a running pipeline, a
 * function typed over several lines, history across two runs with Ctrl+R,
 * resizing, and leaving with Ctrl+D and `exit`.
 */
import { describe, expect, it } from 'vitest';
import { makeHome, type Terminal } from './terminal.js';
import { atPrompt, run, startShell, submit } from './shell.js';

/** The last line with text: the prompt being edited, when the shell waits for input. */
const cursorLine = (t: Terminal) => t.lines().filter((l) => l !== '').pop() ?? '';

/** The lines after the last echo of a command: its output (then the next prompt). */
function outputOf(t: Terminal, command: string): string[] {
  const lines = t.history();
  const at = lines.map((l) => l.endsWith(`> ${command}`)).lastIndexOf(true);
  return at < 0 ? [] : lines.slice(at + 1);
}

describe('the prompt at 80x24', () => {
  it('completes commands and parameters with Tab (a menu for several), cancels a line with Ctrl+C, and runs a function typed over several lines', async () => {
    const t = await startShell({ cols: 80, rows: 24 });
    try {
      t.type('Get-Chil');
      await t.waitFor(/^PS .*> Get-Chil$/m);
      await t.press('Tab');
      await t.waitFor(/^PS .*> Get-ChildItem$/m);
      t.type(' -Pa');
      await t.waitFor(/^PS .*> Get-ChildItem -Pa$/m);
      await t.press('Tab');
      await t.waitFor(/^PS .*> Get-ChildItem -Path$/m);
      // Ctrl+C leaves the line on screen with ^C, runs nothing, and gives a fresh prompt.
      await t.press('C-c');
      await t.waitFor(/^PS .*> Get-ChildItem -Path\^C\nPS .*>$/m);

      // Several candidates: a menu; Tab moves through it, Enter takes the selected one.
      t.type('Get-EXO');
      await t.waitFor(/^PS .*> Get-EXO$/m);
      await t.press('Tab');
      await t.waitFor(/^Get-EXOCasMailbox +Get-EXOMailboxStatistics$/m);
      expect(t.screen()).toMatch(/^Get-EXOMailbox +Get-EXOMobileDeviceStatistics$/m);
      await t.press('Tab');
      await t.waitFor(/^Get-EXOMailbox \(/m);
      await t.press('Enter');
      await t.waitFor(() => /^PS .*> Get-EXOMailbox$/.test(cursorLine(t)));
      expect(t.screen()).not.toContain('Get-EXORecipient');
      await t.press('C-c');
      await t.waitFor(/^PS .*> Get-EXOMailbox\^C\nPS .*>$/m);

      for (const line of ['function Add-Three {', 'param($x)', '$x + 3']) {
        t.type(line);
        await t.waitFor(line);
        await t.press('Enter');
        await t.waitFor(/^>>$/m);
      }
      t.type('}');
      await t.waitFor(/^>> }$/m);
      await t.press('Enter');
      await t.waitFor(() => atPrompt(t));
      expect(t.screen()).toMatch(/^PS .*> function Add-Three \{\n>> param\(\$x\)\n>> \$x \+ 3\n>> }$/m);
      await run(t, 'Add-Three 4');
      await t.waitFor(/^PS .*> Add-Three 4\n7\nPS .*>$/m);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('Ctrl+C stops a long pipeline and returns to the prompt', async () => {
    const t = await startShell({ cols: 80, rows: 24 });
    try {
      await submit(t, '1..100000000 | ForEach-Object { $_ } | Measure-Object');
      await t.waitFor('Ctrl+C stops');
      await t.press('C-c');
      await t.waitFor(() => atPrompt(t));
      await t.waitFor('The pipeline has been stopped.');
      expect(t.screen()).not.toContain('Count');
      await run(t, "'still here'");
      await t.waitFor(/^still here$/m);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('keeps history across two runs: Up recalls, Ctrl+R finds, and both runs end cleanly', async () => {
    const home = makeHome();
    const first = await startShell({ cols: 80, rows: 24, home });
    try {
      await run(first, "'first-run-marker'");
      await run(first, '1 + 1');
      await submit(first, 'exit');
      expect(await first.waitForExit()).toBe(0);
    } finally {
      await first.close();
    }
    const second = await startShell({ cols: 80, rows: 24, home });
    try {
      // The last run's commands, newest first (`exit` too, as pwsh keeps it).
      await second.press('Up');
      await second.waitFor(() => /^PS .*> exit$/.test(cursorLine(second)));
      await second.press('Up');
      await second.waitFor(() => /^PS .*> 1 \+ 1$/.test(cursorLine(second)));
      await second.press('C-c');
      await second.waitFor(() => atPrompt(second));
      await second.press('C-r');
      await second.waitFor(/^bck-i-search:$/m);
      second.type('marker');
      await second.waitFor(/bck-i-search: marker/);
      await second.press('Enter');
      await second.waitFor(/^first-run-marker$/m);
      await second.waitFor(() => atPrompt(second));
      // Ctrl+D on an empty line leaves.
      await second.press('C-d');
      expect(await second.waitForExit()).toBe(0);
    } finally {
      await second.close();
    }
  }, 90_000);
});

describe('the prompt at 200x50', () => {
  it('formats for the width it has, follows a resize, and exits with `exit`', async () => {
    const table = "[pscustomobject]@{ A = 'a' * 300; B = 1 } | Format-Table";
    const widest = (t: Terminal) => Math.max(...outputOf(t, table).filter((l) => l.includes('aaaa')).map((l) => l.length));
    const t = await startShell({ cols: 200, rows: 50 });
    try {
      await run(t, table);
      await t.waitFor(() => widest(t) === 199);
      t.resize(80, 24);
      await t.waitFor(() => atPrompt(t));
      await run(t, "'after resize'");
      await t.waitFor(() => outputOf(t, "'after resize'")[0] === 'after resize');
      await run(t, table);
      await t.waitFor(() => widest(t) === 79);
      await submit(t, 'exit 7');
      expect(await t.waitForExit()).toBe(7);
    } finally {
      await t.close();
    }
  }, 90_000);
});
