import { describe, expect, it } from 'vitest';
import { StreamHost } from '../../../src/repl/host/stream-host.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { text: '', isTTY, columns: 100, write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('StreamHost', () => {
  it('colours Write-Host and errors on a terminal', () => {
    const saved = process.env['NO_COLOR'];
    delete process.env['NO_COLOR'];
    try {
      const out = fakeStream(true);
      const err = fakeStream(true);
      const host = new StreamHost({ stdout: out, stderr: err, interactive: false });
      host.writeHost('hi', { foreground: 'Red' });
      host.writeHost('plain', { noNewline: true });
      host.writeError('bad');
      expect(out.text).toBe('\x1b[91mhi\x1b[0m\nplain');
      expect(err.text).toBe('\x1b[91mbad\x1b[0m\n');
      expect(host.width).toBe(100);
    } finally {
      if (saved !== undefined) process.env['NO_COLOR'] = saved;
    }
  });

  it('no colour with NO_COLOR or when not a terminal', () => {
    const saved = process.env['NO_COLOR'];
    process.env['NO_COLOR'] = '1';
    try {
      const out = fakeStream(true);
      new StreamHost({ stdout: out, stderr: fakeStream(true) }).writeHost('hi', { foreground: 'Green' });
      expect(out.text).toBe('hi\n');
    } finally {
      if (saved === undefined) delete process.env['NO_COLOR'];
      else process.env['NO_COLOR'] = saved;
    }
    const piped = fakeStream(false);
    const host = new StreamHost({ stdout: piped, stderr: fakeStream(false) });
    host.writeHost('hi', { foreground: 'Green' });
    host.writeWarning('WARNING: w');
    expect(piped.text).toBe('hi\nWARNING: w\n');
    expect(host.color).toBe(false);
    expect(host.width).toBe(120);
  });
});
