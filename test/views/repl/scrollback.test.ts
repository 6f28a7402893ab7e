import { describe, expect, it } from 'vitest';
import { Scrollback } from '../../../src/views/repl/scrollback.js';
import { promptText, locationName } from '../../../src/views/repl/status-line.js';

const text = (sb: Scrollback) => sb.take().map((item) => item.segments.map((s) => s.text).join(''));

describe('Scrollback', () => {
  it('gathers lines of one style into one segment and seals them as one item', () => {
    const sb = new Scrollback();
    sb.write({ kind: 'output', text: 'a' });
    sb.write({ kind: 'output', text: 'b' });
    sb.write({ kind: 'error', text: 'boom' });
    sb.seal();
    const [item] = sb.take();
    expect(item!.segments.map((s) => [s.kind, s.text])).toEqual([['output', 'a\nb\n'], ['error', 'boom']]);
  });

  it('keeps an unfinished -NoNewline line back until it ends', () => {
    const sb = new Scrollback();
    sb.write({ kind: 'output', text: 'done' });
    sb.write({ kind: 'host', text: 'Working...', fg: 'Green' }, false);
    sb.seal();
    expect(text(sb)).toEqual(['done']);
    sb.write({ kind: 'host', text: ' ok' });
    sb.seal();
    expect(text(sb)).toEqual(['Working... ok']);
  });

  it('an echoed command is a block of its own after the pending output', () => {
    const sb = new Scrollback();
    sb.write({ kind: 'output', text: 'before' });
    sb.block([{ kind: 'prompt', text: 'PS ~ > ' }, { kind: 'input', text: 'dir', spans: [] }]);
    expect(text(sb)).toEqual(['before', 'PS ~ > dir']);
  });

  it('100,000 lines become a few dozen items, quickly', () => {
    const sb = new Scrollback();
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) sb.write({ kind: 'output', text: `line ${i}` });
    sb.seal(true);
    const items = sb.take();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(items.length).toBe(50);
    expect(items.at(-1)!.segments[0]!.text.split('\n').at(-1)).toBe('line 99999');
  });
});

describe('prompt text', () => {
  it('shows the location and, when connected, the organisations and prefixes', () => {
    expect(promptText('/home/ann/exosh', '/home/ann', [])).toBe('PS exosh > ');
    expect(promptText('/home/ann/exosh', '/home/ann', [{ organization: 'contoso.onmicrosoft.com' }])).toBe('PS exosh [contoso] > ');
    expect(promptText('/home/ann', '/home/ann', [{ organization: 'contoso.onmicrosoft.com' }, { organization: 'fabrikam.com', modulePrefix: 'Fab' }])).toBe('PS ~ [contoso, fabrikam.com:Fab] > ');
    expect(promptText('/tmp', undefined, [{ organization: '', userPrincipalName: 'admin@tailspin.onmicrosoft.com' }])).toBe('PS tmp [tailspin] > ');
    expect(locationName('/', '/home/ann')).toBe('/');
  });
});
