import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, memoryHistory, mountRepl, tick, unmountAll } from './mount-repl.js';

afterEach(() => unmountAll());

type Repl = ReturnType<typeof mountRepl>;
/** Waits until the live prompt (the last line starting with the prompt text) matches; renders are throttled to a frame. */
const promptShows = (r: Repl, pattern: string | RegExp) =>
  r.until((screen) => {
    const line = screen.split('\n').filter((l) => l.startsWith('PS test >')).at(-1) ?? '';
    return typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line);
  });

describe('ReplApp: running commands', () => {
  it('echoes the command with its prompt, prints its output and returns to the prompt', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('1 + 2');
    await r.press(KEY.enter);
    await r.shows('3');
    const lines = (await r.screen()).split('\n');
    const echo = lines.findIndex((l) => l.startsWith('PS test > 1 + 2'));
    expect(echo).toBeGreaterThanOrEqual(0);
    expect(lines[echo + 1]).toBe('3');
    await promptShows(r, /^PS test >\s*$/);
  });

  it('Enter on incomplete input adds a >> line; the whole block runs when complete', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('function f {');
    await r.press(KEY.enter);
    await r.shows('>>');
    await r.type('"from f"');
    await r.press(KEY.enter, '}', KEY.enter);
    await r.type('f');
    await r.press(KEY.enter);
    await r.shows('from f');
    expect(await r.screen()).toContain('PS test > function f {\n>> "from f"\n>> }');
  });

  it('text and Enter read in one chunk (fast typing, tmux send-keys) run the command', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    r.stdin.write('1+1\r');
    await r.shows(/PS test > 1\+1\n2\n/);
    r.stdin.write("'a'\r'b'\r");
    await r.shows(/PS test > 'a'\na\n/);
    await r.shows(/PS test > 'b'\nb\n/);
    await promptShows(r, /^PS test >\s*$/);
    expect(await r.screen()).not.toContain('>>');
  });

  it('pasted text with newlines is inserted, not run', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    r.stdin.write('\u001B[200~"one"\n"two"\u001B[201~');
    await r.shows('>> "two"');
    expect(await r.screen()).not.toContain('\none\n');
    await r.press(KEY.enter);
    await r.shows(/\ntwo\n/);
  });

  it('a pasted script taller than the terminal shows a window around the cursor and runs whole', async () => {
    const r = mountRepl({ rows: 12 });
    await r.shows('PS test >');
    await r.type("'earlier'");
    await r.press(KEY.enter);
    await r.shows(/\nearlier\n/);
    const script = ['$sum = 0', ...Array.from({ length: 30 }, (_, i) => `$sum += ${i + 1}`), '"sum $sum"'].join('\n');
    r.stdin.write(`\u001B[200~${script}\u001B[201~`);
    await r.shows('(lines 24-32 of 32)');
    // Ink never had to clear the screen: what was above the prompt is still there.
    expect(await r.screen()).toContain("PS test > 'earlier'");
    await r.press(KEY.enter);
    await r.shows(/\nsum 465\n/);
  });

  it('errors and warnings reach the scrollback after their command', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('Write-Warning careful; Write-Error bad');
    await r.press(KEY.enter);
    await r.shows('bad');
    const text = await r.screen();
    expect(text.indexOf('WARNING: careful')).toBeGreaterThan(text.indexOf('PS test > Write-Warning'));
  });

  it('`exit 3` ends the shell with that code; Ctrl+D on an empty line exits', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('exit 3');
    await r.press(KEY.enter);
    await r.until(() => r.exits.length > 0);
    expect(r.exits).toEqual([3]);
    const d = mountRepl();
    await d.shows('PS test >');
    await d.type('x');
    await d.press(KEY.ctrlD);
    expect(d.exits).toEqual([]);
    await d.press(KEY.backspace, KEY.ctrlD);
    expect(d.exits).toEqual([0]);
  });

  it('Read-Host asks in the live area; secure input echoes nothing', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('$n = Read-Host "Name"; "hello $n"');
    await r.press(KEY.enter);
    await r.shows('Name:');
    await r.type('Ann');
    await r.press(KEY.enter);
    await r.shows('hello Ann');
    await r.type('$s = Read-Host "Secret" -AsSecureString; $s.Length');
    await r.press(KEY.enter);
    await r.shows('Secret:');
    await r.type('hunter2');
    expect(await r.screen()).not.toContain('hunter2');
    await r.press(KEY.enter);
    await r.shows(/\n7\n/);
    expect(await r.screen()).not.toContain('hunter2');
  });
});

describe('ReplApp: type-ahead', () => {
  it('keys typed while a command runs wait for the prompt and then run in order', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type("Start-Sleep -Milliseconds 800; 'slept'");
    await r.press(KEY.enter);
    await r.shows('Ctrl+C stops');
    await r.type("'next'");
    await r.press(KEY.enter);
    await r.type("'last'");
    await r.press(KEY.enter);
    const screen = await r.shows(/\nlast\n/);
    expect(screen.indexOf('\nslept\n')).toBeLessThan(screen.indexOf("PS test > 'next'"));
    expect(screen.indexOf('\nnext\n')).toBeLessThan(screen.indexOf("PS test > 'last'"));
  });

  it('text pasted while a command runs waits for the prompt and is inserted, not run', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type("Start-Sleep -Milliseconds 600; 'slept'");
    await r.press(KEY.enter);
    await r.shows('Ctrl+C stops');
    r.stdin.write('\u001B[200~"one"\n"two"\u001B[201~');
    await r.shows(/\nslept\n/);
    await promptShows(r, 'PS test > "one"');
    await r.shows('>> "two"');
    expect(await r.screen()).not.toMatch(/\n(one|two)\n/);
    await r.press(KEY.enter);
    await r.shows(/\none\ntwo\n/);
  });

  it('Ctrl+C drops what was typed ahead', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('Start-Sleep -Seconds 30');
    await r.press(KEY.enter);
    await r.shows('Ctrl+C stops');
    await r.type("'never'");
    await r.press(KEY.enter, KEY.ctrlC);
    await r.until((screen) => /\nPS test >\s*$/.test(screen));
    await tick(200);
    expect(await r.screen()).not.toContain('never');
  });
});

describe('ReplApp: Ctrl+C', () => {
  it('at the prompt leaves the line on screen with ^C and gives a new prompt', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('Get-Mailbox -Iden');
    await r.press(KEY.ctrlC);
    await r.shows('PS test > Get-Mailbox -Iden^C');
    await promptShows(r, /^PS test >\s*$/);
  });

  it('while a command runs it stops the pipeline and returns to the prompt', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('while ($true) { Start-Sleep -Milliseconds 20 }');
    await r.press(KEY.enter);
    await r.shows('Ctrl+C stops');
    await r.press(KEY.ctrlC);
    await r.shows('The pipeline has been stopped.');
    await r.until((screen) => /\nPS test >\s*$/.test(screen));
    await r.type('"still here"');
    await r.press(KEY.enter);
    await r.shows(/\nstill here\n/);
  });
});

describe('ReplApp: SIGINT from outside', () => {
  it('stops the running pipeline only; at the prompt it changes nothing', async () => {
    const signals = new EventEmitter();
    const r = mountRepl({ signals });
    await r.shows('PS test >');
    await r.type('while ($true) { Start-Sleep -Milliseconds 20 }');
    await r.press(KEY.enter);
    await r.shows('Ctrl+C stops');
    signals.emit('SIGINT');
    await r.shows('The pipeline has been stopped.');
    await r.until((screen) => /\nPS test >\s*$/.test(screen));
    await r.type('"typed"');
    signals.emit('SIGINT');
    await promptShows(r, 'PS test > "typed"');
    expect(r.exits).toEqual([]);
  });
});

describe('ReplApp: history', () => {
  it('Up/Down browse loaded and new entries; run commands are appended to the history file', async () => {
    const history = memoryHistory(['"old one"']);
    const r = mountRepl({ services: { history } });
    await r.shows('PS test >');
    await r.type('"new one"');
    await r.press(KEY.enter);
    await r.shows(/\nnew one\n/);
    expect(history.appended).toEqual(['"new one"']);
    await r.press(KEY.up);
    await promptShows(r, 'PS test > "new one"');
    await r.press(KEY.up);
    await promptShows(r, 'PS test > "old one"');
    await r.press(KEY.down, KEY.down);
    await promptShows(r, /^PS test >\s*$/);
  });

  it('Ctrl+R finds older commands as you type and Enter runs the match', async () => {
    const r = mountRepl({ services: { history: memoryHistory(['"alpha 1"', '"beta"', '"alpha 2"']) } });
    await r.shows('PS test >');
    await r.press(KEY.ctrlR);
    await r.type('alpha');
    await r.shows('bck-i-search: alpha');
    expect(await r.screen()).toContain('PS test > "alpha 2"');
    await r.press(KEY.ctrlR);
    await r.shows('PS test > "alpha 1"');
    await r.press(KEY.enter);
    await r.shows(/\nalpha 1\n/);
  });

  it('Esc leaves Ctrl+R keeping the line that was typed', async () => {
    const r = mountRepl({ services: { history: memoryHistory(['"beta"']) } });
    await r.shows('PS test >');
    await r.type('mine');
    await r.press(KEY.ctrlR);
    await r.type('bet');
    await r.shows('PS test > "beta"');
    await r.press(KEY.esc);
    await tick(80);
    expect(await r.screen()).not.toContain('bck-i-search');
    await promptShows(r, 'PS test > mine');
  });

  it('shows the newest matching entry as ghost text; Right accepts it', async () => {
    const r = mountRepl({ services: { history: memoryHistory(['"ghost one"', '"ghost two"']) } });
    await r.shows('PS test >');
    await r.type('"gh');
    await r.shows('PS test > "ghost two"');
    await r.press(KEY.right);
    await r.press(KEY.enter);
    await r.shows(/\nghost two\n/);
  });
});

describe('ReplApp: completion', () => {
  const candidates = ['Get-EXOMailbox', 'Get-EXOMailboxStatistics', 'Get-EXOMailboxPermission'].map((text) => ({ text, display: text, kind: 'command' as const }));
  const complete = async (input: string, cursor: number) => ({ replaceStart: 0, replaceEnd: cursor, candidates: input.startsWith('Get-D') ? [{ text: 'Get-Date', display: 'Get-Date', kind: 'command' as const }] : candidates });

  it('a single candidate is inserted', async () => {
    const r = mountRepl({ services: { complete } });
    await r.shows('PS test >');
    await r.type('Get-D');
    await r.press(KEY.tab);
    await r.shows('PS test > Get-Date');
  });

  it('text and Tab read in one chunk complete, and the line takes keys after', async () => {
    const r = mountRepl({ services: { complete } });
    await r.shows('PS test >');
    r.stdin.write('Get-D\t');
    await promptShows(r, /^PS test > Get-Date\s*$/);
    r.stdin.write(' -Year 1999 | % Year\r');
    await r.shows(/PS test > Get-Date -Year 1999 \| % Year\n1999\n/);
  });

  it('keys typed while the completion is answered wait for it and then edit the completed line', async () => {
    const slow = async (input: string, cursor: number) => (await tick(150), complete(input, cursor));
    const r = mountRepl({ services: { complete: slow } });
    await r.shows('PS test >');
    r.stdin.write('Get-D\t -Year 1999 | % Year\r');
    await r.shows(/PS test > Get-Date -Year 1999 \| % Year\n1999\n/);
  });

  it('a completion that does not answer does not freeze the line: waiting keys go in after a while, Ctrl+C at once', async () => {
    const never = (_input: string, _cursor: number, signal?: AbortSignal) => new Promise<never>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const r = mountRepl({ services: { complete: never } });
    await r.shows('PS test >');
    r.stdin.write('Get-D\tate');
    await promptShows(r, /^PS test > Get-Date\s*$/);
    await r.press(KEY.enter);
    await r.shows(/PS test > Get-Date\n/);
    await promptShows(r, /^PS test >\s*$/);
    const started = Date.now();
    r.stdin.write("'x'\t");
    await tick(50);
    r.stdin.write(KEY.ctrlC);
    await r.shows("PS test > 'x'^C");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('several candidates insert their common prefix and open a menu; Tab moves, Enter accepts, Esc closes', async () => {
    const r = mountRepl({ services: { complete } });
    await r.shows('PS test >');
    await r.type('Get-EX');
    await r.press(KEY.tab);
    await r.shows('Get-EXOMailboxStatistics');
    expect(await r.screen()).toContain('PS test > Get-EXOMailbox');
    await r.press(KEY.tab, KEY.enter);
    await r.until((screen) => !screen.includes('Get-EXOMailboxPermission'));
    await promptShows(r, 'PS test > Get-EXOMailboxStatistics');
    await r.press(KEY.ctrlU);
    await r.type('Get-EX');
    await r.press(KEY.tab);
    await r.shows('Get-EXOMailboxPermission');
    await r.press(KEY.esc);
    await r.until((screen) => !screen.includes('Get-EXOMailboxPermission'));
    await promptShows(r, 'PS test > Get-EXOMailbox');
  });
});

describe('ReplApp: editing keys', () => {
  it('Ctrl+A, Ctrl+K, Ctrl+W, word moves and undo edit the line', async () => {
    const r = mountRepl();
    await r.shows('PS test >');
    await r.type('"abc" + "def"');
    await r.press(KEY.ctrlW);
    await promptShows(r, /PS test > "abc" \+\s*$/);
    await r.press(KEY.ctrlZ);
    await promptShows(r, 'PS test > "abc" + "def"');
    await r.press(KEY.ctrlA, KEY.right, KEY.right, KEY.right, KEY.right, KEY.ctrlK);
    await promptShows(r, /PS test > "abc\s*$/);
    // Undo puts the cursor back where the kill happened (after "abc); Ctrl+Left goes to the word's start.
    await r.press(KEY.ctrlZ, KEY.ctrlLeft);
    await r.type('x');
    await r.press(KEY.enter);
    await r.shows(/\nxabcdef\n/);
  });
});

describe('ReplApp: replay', () => {
  it('shows each command as if typed; Enter runs, s skips, q stops, then the normal prompt', async () => {
    const r = mountRepl({ replay: ['"first"', '"second"', '"third"'] });
    await r.shows('Replay 1 of 3');
    expect(await r.screen()).toContain('PS test > "first"');
    await r.press(KEY.enter);
    await r.shows(/\nfirst\n/);
    await r.shows('Replay 2 of 3');
    await r.press('s');
    await r.shows('Replay 3 of 3');
    await r.press('q');
    await r.until((screen) => !screen.includes('Replay'));
    expect(await r.screen()).not.toMatch(/\n(second|third)\n/);
    await r.type('"typed"');
    await r.press(KEY.enter);
    await r.shows(/\ntyped\n/);
  });
});
