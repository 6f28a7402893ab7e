import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPalette, saveColor } from '../../../src/views/settings/settings-store.js';
import { DEFAULT_THEME, paint } from '../../../src/views/settings/theme.js';

const folder = () => mkdtempSync(join(tmpdir(), 'exosh-settings-'));

describe('colour settings', () => {
  it('defaults to PSReadLine and $PSStyle colours', () => {
    const p = loadPalette({ cwd: folder(), env: {} });
    expect(p.color).toBe(true);
    expect(paint(p, 'command')).toBe('yellowBright');
    expect(paint(p, 'errorOutput')).toBe('redBright');
  });

  it('saved colours survive a restart; an empty value goes back to the default', () => {
    const cwd = folder();
    saveColor('command', '#ff8800', { cwd });
    expect(loadPalette({ cwd, env: {} }).theme.command).toBe('#ff8800');
    saveColor('command', '', { cwd });
    expect(loadPalette({ cwd, env: {} }).theme.command).toBe(DEFAULT_THEME.command);
    expect(() => saveColor('Commandd', 'red', { cwd })).toThrow(/not a colour setting/);
  });

  it('NO_COLOR turns every colour off', () => {
    const p = loadPalette({ cwd: folder(), env: { NO_COLOR: '1' } });
    expect(p.color).toBe(false);
    expect(paint(p, 'errorOutput')).toBeUndefined();
    expect(loadPalette({ cwd: folder(), env: { NO_COLOR: '' } }).color).toBe(true);
  });

  it('a broken settings file falls back to the defaults', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), '{ not json');
    expect(loadPalette({ cwd, env: {} }).theme).toEqual(DEFAULT_THEME);
  });
});
