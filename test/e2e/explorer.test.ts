/**
 * The table explorer as a person uses it, in the real shell against a
 * sandbox tenant of 10,000 mailboxes: Out-ConsoleGridView streaming, scroll
 * to the end, filter, sort, details, marking rows into the pipeline, resize,
 * and a large table result opening the explorer by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Terminal } from './terminal.js';
import { atPrompt, CONNECT, run, startE2ESandbox, startShell, submit, type E2ESandbox } from './shell.js';

let sb: E2ESandbox;

beforeAll(async () => {
  sb = await startE2ESandbox(10_000);
}, 60_000);

afterAll(async () => {
  await sb?.stop();
});

/** The explorer's row lines: those under its column header (the line after the title), down to the footer. */
function rowLines(t: Terminal): string[] {
  const lines = t.lines();
  const title = lines.findIndex((l) => / · [\d,]+ (of [\d,]+ )?rows/.test(l));
  if (title < 0) return [];
  return lines.slice(title + 2, title + 2 + t.rows - 4).filter((l) => /^[> ][* ]\S/.test(l));
}
const cursorLine = (t: Terminal) => t.lines().find((l) => l.startsWith('>'));

describe('the explorer at 80x24', () => {
  it('streams 10,000 mailboxes into ocgv; scroll to the end, filter, sort, details, and three marked rows reach Select-Object', async () => {
    const t = await startShell({ cols: 80, rows: 24, env: sb.env });
    try {
      await run(t, CONNECT, 60_000);
      await submit(t, 'Get-EXOMailbox -ResultSize 10000 | ocgv | Select-Object DisplayName');
      // Rows show while pages still arrive, and the cursor already moves.
      await t.waitFor(/^Out-ConsoleGridView · [\d,]+ rows \(streaming…\)/m, 30_000);
      t.press('Down');
      await t.waitFor(() => rowLines(t).findIndex((l) => l.startsWith('>')) === 1);
      await t.waitFor(/^Out-ConsoleGridView · 10,000 rows$/m, 90_000);
      await t.waitFor(() => rowLines(t).length === 20);
      // The frame fits the terminal: never taller, never wider than 79.
      expect(t.lines()).toHaveLength(24);
      expect(Math.max(...t.lines().map((l) => l.length))).toBeLessThanOrEqual(79);
      expect(rowLines(t)).toHaveLength(20);

      t.press('End');
      await t.waitFor(() => rowLines(t).at(-1)?.startsWith('>') === true);
      t.press('Enter');
      await t.waitFor(/^Row 10000 of 10000 · \d+ properties/m);
      expect(t.screen()).toMatch(/^UserPrincipalName +: \S+@contoso\.onmicrosoft\.com/m);
      t.press('Escape');
      await t.waitFor(() => rowLines(t).length === 20);

      t.type('/');
      await t.waitFor(/^Filter: \/$/m);
      t.type('^adele ');
      await t.waitFor(/^Filter: \/\^adele$/m);
      t.press('Enter');
      await t.waitFor(/^Out-ConsoleGridView · [\d,]+ of 10,000 rows · filter: \^adele$/m);
      // Shift+D sorts by the first column starting with D.
      t.type('D');
      await t.waitFor(/· sort: DisplayName ↑/);
      const names = rowLines(t).map((l) => /Adele [A-Z][\w'-]*/.exec(l)?.[0]);
      expect(names.length).toBeGreaterThanOrEqual(3);
      expect(names.every((n) => n !== undefined)).toBe(true);
      expect([...names].sort((a, b) => a!.localeCompare(b!))).toEqual(names);
      t.type('s');
      await t.waitFor(/· sort: DisplayName ↓/);
      t.type('s');
      await t.waitFor(/· sort: DisplayName ↑/);

      t.press('Home');
      t.press('Enter');
      await t.waitFor(/^Row 1 of [\d,]+ · \d+ properties/m);
      expect(t.screen()).toContain(`DisplayName               : ${names[0]}`);
      t.press('Escape');
      await t.waitFor(() => cursorLine(t)?.includes(names[0]!) === true);

      await t.press('Space', 3);
      await t.waitFor(() => rowLines(t).map((l) => l[1]).join('').startsWith('*** '));
      t.type('q');
      // The summary line stays in the scrollback, then Select-Object's output of the three chosen rows.
      const afterSummary = () => {
        const history = t.history();
        const summary = history.indexOf('Out-ConsoleGridView · 10,000 rows · 3 chosen');
        return summary < 0 ? [] : history.slice(summary + 1).filter((l) => l.trim() !== '').slice(0, 5);
      };
      await t.waitFor(() => atPrompt(t) && afterSummary().length === 5, 30_000);
      expect(afterSummary()).toEqual(['DisplayName', '-----------', ...names.slice(0, 3)]);
    } finally {
      await t.close();
    }
  }, 240_000);
});

describe('the explorer at 200x50', () => {
  it('opens by itself for a table taller than the screen, re-lays on resize, leaves a summary; chosen rows feed Set-Mailbox', async () => {
    const t = await startShell({ cols: 200, rows: 50, env: sb.env });
    try {
      await run(t, CONNECT, 60_000);
      // 40 rows fit a 50-row terminal as text.
      await run(t, 'Get-Mailbox -ResultSize 40 | Select-Object Name, Alias', 60_000);
      await t.waitFor(() => t.history().some((l) => /^Name +Alias$/.test(l)));
      await submit(t, 'Get-Mailbox -ResultSize 500');
      await t.waitFor(/^Get-Mailbox -ResultSize 500 · 500 rows$/m, 60_000);
      await t.waitFor(() => rowLines(t).length === 46);
      expect(Math.max(...t.lines().map((l) => l.length))).toBeLessThanOrEqual(199);
      t.resize(80, 24);
      await t.waitFor(() => rowLines(t).length === 20 && Math.max(...t.lines().map((l) => l.length)) <= 79);
      t.resize(200, 50);
      await t.waitFor(() => rowLines(t).length === 46);
      t.type('q');
      await t.waitFor(() => atPrompt(t) && t.history().includes('Get-Mailbox -ResultSize 500 · 500 rows · 0 chosen'), 30_000);

      // The chosen rows' original objects bind to the next command.
      await submit(t, 'Get-EXOMailbox -ResultSize 5 | ocgv | Set-Mailbox -HiddenFromAddressListsEnabled $true -WhatIf');
      await t.waitFor(/^Out-ConsoleGridView · 5 rows$/m, 60_000);
      await t.waitFor(() => rowLines(t).length === 5);
      const chosen = rowLines(t).slice(1, 3).map((l) => /^..(\S+)@/.exec(l)?.[1]);
      await t.press('Down');
      await t.press('Space', 2);
      await t.waitFor(/· 2 marked$/m);
      t.type('q');
      const whatIfLines = () => t.history().filter((l) => l.startsWith('What if: '));
      await t.waitFor(() => atPrompt(t) && whatIfLines().length === 2, 30_000);
      const whatIf = whatIfLines();
      chosen.forEach((alias, i) => expect(whatIf[i]).toContain(`"${alias}"`));
    } finally {
      await t.close();
    }
  }, 180_000);
});
