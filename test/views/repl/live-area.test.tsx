import { afterEach, describe, expect, it } from 'vitest';
import { KEY, mountRepl, tick, unmountAll } from './mount-repl.js';

afterEach(() => unmountAll());

describe('ReplApp: the live area while a command runs', () => {
  it('shows a paging activity with objects received, elapsed time and the throttling note', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('Start-Sleep -Seconds 30');
    await r.press(KEY.enter);
    await r.shows('Ctrl+C stops');
    r.host.activity({ id: 1, label: 'Get-EXOMailbox', received: 1500 });
    await r.shows(/Get-EXOMailbox · 1,500 received · \d+\.\ds/);
    r.host.activity({ id: 1, label: 'Get-EXOMailbox', received: 2000, note: 'Throttled by the service: retrying in 4 s' });
    await r.shows(/2,000 received · \d+\.\ds · Throttled by the service: retrying in 4 s/);
    await r.press(KEY.ctrlC);
    await r.until((screen) => /\nPS test >\s*$/.test(screen));
    expect(await r.screen()).not.toContain('received');
  });

  it('draws Write-Progress bars and removes them when the command ends', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type("Write-Progress -Activity 'Copying' -Status 'file 3 of 5' -PercentComplete 40; Start-Sleep -Milliseconds 600; 'copied'");
    await r.press(KEY.enter);
    await r.shows(/Copying \[ +\] 40% file 3 of 5/);
    await r.shows(/\ncopied\n/);
    await r.until((screen) => !screen.includes('40% file 3'));
  });

  it('opens the table explorer for Out-ConsoleGridView and leaves its summary in the scrollback', async () => {
    const r = mountRepl({ rows: 20 });
    await r.shows('PS test >');
    await r.type("$picked = 1..40 | ForEach-Object { [pscustomobject]@{ N = $_; Square = $_ * $_ } } | Out-ConsoleGridView; $picked.N");
    await r.press(KEY.enter);
    await r.shows('Square');
    // The explorer's frame is shorter than the terminal, so Ink never clears the screen: the command stays in the scrollback.
    expect(await r.screen()).toContain('PS test > $picked = 1..40');
    await r.press(' ', ' ', 'q');
    await r.shows('40 rows · 2 chosen');
    await r.shows(/\n1\n2\n/);
    await r.until((s) => /\nPS test >\s*$/.test(s));
  });

  it('Ctrl+C while the explorer is open stops the pipeline and closes it', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('1..30 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Out-ConsoleGridView');
    await r.press(KEY.enter);
    await r.shows('N');
    await tick(100);
    await r.press(KEY.ctrlC);
    await r.shows('stopped');
    await r.until((s) => /\nPS test >\s*$/.test(s));
  });

  it('Clear-Host clears the screen and the prompt comes back at the top', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type("'before clear'");
    await r.press(KEY.enter);
    await r.shows(/\nbefore clear\n/);
    await r.type('Clear-Host');
    await r.press(KEY.enter);
    await r.until((s) => !s.includes('before clear') && /^PS test >/.test(s.trimStart()));
    // Output after Clear-Host in the same command stays: the clear happens in its place in the output.
    await r.type("'one'; Clear-Host; 'two'");
    await r.press(KEY.enter);
    await r.until((s) => /^two\n/.test(s.trimStart()) && !s.includes('one'));
  });
});

describe('ReplApp: output volume and colour', () => {
  it('100,000 output lines reach the terminal in seconds, batched into few writes', async () => {
    const r = mountRepl({ columns: 80 });
    await r.shows('PS test >');
    const started = Date.now();
    await r.type('1..100000');
    await r.press(KEY.enter);
    await r.until((s) => /\n100000\n/.test(s) && /\nPS test >\s*$/.test(s), 60_000);
    const elapsed = Date.now() - started;
    expect(r.store.getSnapshot().items.length).toBeLessThan(200);
    expect(elapsed).toBeLessThan(30_000);
  });

  it('errors are red and commands coloured with colour on; no escape codes at all with colour off', async () => {
    const coloured = mountRepl({ color: true });
    await coloured.shows('PS test >');
    const start = coloured.terminal.bytes;
    await coloured.type("Write-Error 'bad thing'");
    await coloured.press(KEY.enter);
    await coloured.shows('bad thing');
    const cell = async (text: string) => {
      const buffer = coloured.terminal.term.buffer.active;
      for (let y = 0; y < buffer.length; y++) {
        const line = buffer.getLine(y)!;
        const x = line.translateToString().indexOf(text);
        if (x >= 0) return line.getCell(x)!;
      }
      throw new Error(`${text} not on screen`);
    };
    expect((await cell('Write-Error: bad thing')).getFgColor()).toBe(9); // bright red, as $PSStyle.Formatting.Error
    expect((await cell("Write-Error 'bad")).getFgColor()).toBe(11); // command: bright yellow, as PSReadLine
    expect(coloured.terminal.bytes).toBeGreaterThan(start);

    const plain = mountRepl({ color: false });
    await plain.shows('PS test >');
    await plain.type("Write-Error 'bad thing'");
    await plain.press(KEY.enter);
    await plain.shows('bad thing');
    const buffer = plain.terminal.term.buffer.active;
    for (let y = 0; y < buffer.length; y++) {
      const line = buffer.getLine(y)!;
      for (let x = 0; x < line.length; x++) expect(line.getCell(x)!.isFgDefault()).toBe(true);
    }
  });
});
