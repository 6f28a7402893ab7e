import { describe, expect, it, vi } from 'vitest';

// Colours on, so the selection's inverse video shows in the frame.
vi.hoisted(() => {
  process.env['FORCE_COLOR'] = '1';
});
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { CompletionMenu, menuLayout } from '../../../src/views/prompt/completion-menu.js';
import type { CompletionCandidate } from '../../../src/repl/completion/index.js';

const items = (names: string[]): CompletionCandidate[] => names.map((n) => ({ text: n, display: n, kind: 'command' }));
const numbered = (count: number, label = 'Item') => items(Array.from({ length: count }, (_, i) => `${label}${String(i).padStart(3, '0')}`));

function frame(candidates: CompletionCandidate[], selected: number, width: number, maxRows: number): string[] {
  const { lastFrame, unmount } = render(<CompletionMenu candidates={candidates} selected={selected} width={width} maxRows={maxRows} />);
  const lines = stripVTControlCharacters(lastFrame() ?? '').split('\n');
  unmount();
  return lines;
}

describe('CompletionMenu', () => {
  it('fills columns top to bottom, like PSReadLine MenuComplete', () => {
    const lines = frame(items(['Get-Date', 'Get-Item', 'Get-Member', 'Get-Random', 'Get-Content']), 0, 30, 10);
    // 13-character cells (longest 11 + gap 2), two of them fit in 30 columns: three rows.
    expect(lines.map((l) => l.trimEnd())).toEqual([
      'Get-Date     Get-Random',
      'Get-Item     Get-Content',
      'Get-Member',
    ]);
  });

  it('shows the selected candidate in inverse video and nothing else', () => {
    const { lastFrame, unmount } = render(<CompletionMenu candidates={items(['alpha', 'beta', 'gamma'])} selected={1} width={40} maxRows={5} />);
    const out = lastFrame() ?? '';
    unmount();
    expect(out).toContain('\u001b[7mbeta\u001b[27m');
    expect(out.match(/\u001b\[7m/g)).toHaveLength(1);
  });

  it('never draws a line wider than the width, truncating a candidate too long for it', () => {
    const lines = frame(items(['x'.repeat(100), 'short']), 1, 40, 5);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[0]).toBe(`${'x'.repeat(39)}\u2026`);
  });

  it('pages when the grid is taller than maxRows: the selection stays visible with a position line', () => {
    const candidates = numbered(100);
    // 9-character cells, 4 columns in 40: 25 rows, 5 shown (maxRows 6 minus the position line).
    const first = frame(candidates, 0, 40, 6);
    expect(first).toHaveLength(6);
    expect(first[0]!.trimEnd()).toBe('Item000  Item025  Item050  Item075');
    expect(first[5]).toContain('1-5 of 25 rows (100 items)');
    const later = frame(candidates, 37, 40, 6);
    expect(later.some((l) => l.includes('Item037'))).toBe(true);
    expect(later[4]!.trimEnd()).toBe('Item012  Item037  Item062  Item087');
    expect(later[5]).toContain('9-13 of 25 rows');
  });

  it('renders nothing for no candidates', () => {
    expect(menuLayout([], 0, 80, 10).rows).toEqual([]);
    expect(frame([], 0, 80, 10)).toEqual(['']);
  });

  it('keeps to maxRows at 80x24-sized budgets for a thousand candidates', () => {
    const layout = menuLayout(numbered(1000, 'Get-ExoThing'), 999, 80, 8);
    expect(layout.rows.length).toBe(7);
    expect(layout.rows.flat()).toContain(999);
    expect(layout.footer).toMatch(/of \d+ rows \(1000 items\)$/);
  });

  it('shows the selected candidate\'s description in a footer when a row is left for it', () => {
    const candidates: CompletionCandidate[] = [
      { text: 'ann@contoso.com', display: 'ann@contoso.com', kind: 'identity', description: 'Ann Smith' },
      { text: 'bob@contoso.com', display: 'bob@contoso.com', kind: 'identity', description: 'Bob Jones' },
    ];
    expect(frame(candidates, 1, 20, 5).map((l) => l.trimEnd())).toEqual(['ann@contoso.com', 'bob@contoso.com', 'Bob Jones']);
    // No row to spare: the candidates win.
    expect(frame(candidates, 1, 20, 2).map((l) => l.trimEnd())).toEqual(['ann@contoso.com', 'bob@contoso.com']);
    // Paged: description and position share the footer.
    expect(frame([...candidates, ...candidates, ...candidates], 1, 20, 3).at(-1)).toBe('Bob Jones \u00b7 1-2 of \u2026');
  });
});
