import { describe, expect, it } from 'vitest';
import { colorValue } from '../../../src/views/settings/set-psreadline-option.js';

describe('Set-PSReadLineOption colour values', () => {
  it('takes ConsoleColor names, escape sequences and #rrggbb', () => {
    expect(colorValue('Magenta')).toBe('magentaBright');
    expect(colorValue('darkcyan')).toBe('cyan');
    expect(colorValue('\x1b[93m')).toBe('yellowBright');
    expect(colorValue('\x1b[1;31m')).toBe('red');
    expect(colorValue('\x1b[90m')).toBe('gray');
    expect(colorValue('\x1b[38;2;255;136;0m')).toBe('#ff8800');
    expect(colorValue('#00AAFF')).toBe('#00aaff');
    expect(colorValue('Purple')).toBeUndefined();
    expect(colorValue('\x1b[1m')).toBeUndefined();
  });
});
