import { describe, expect, it } from 'vitest';
import { ghostText, initialPrompt, promptReducer, type PromptAction, type PromptState } from '../../../src/views/repl/prompt-state.js';
import { applyCompletion, commonPrefix } from '../../../src/views/repl/completion-menu-state.js';
import { searchPrompt } from '../../../src/views/repl/reverse-search.js';
import { keyCommands } from '../../../src/views/repl/key-map.js';

const apply = (state: PromptState, ...actions: PromptAction[]) => actions.reduce(promptReducer, state);
const type = (text: string): PromptAction => ({ type: 'edit', action: { type: 'insert', text } });
const history = ['Get-Mailbox', 'Get-EXOMailbox -ResultSize 10', 'Set-Mailbox x -HiddenFromAddressListsEnabled $true'];

describe('prompt state: history', () => {
  it('Up and Down walk the history and come back to the line being typed', () => {
    let s = apply(initialPrompt(history), type('draft'), { type: 'up' });
    expect(s.editor.text).toBe(history[2]);
    s = apply(s, { type: 'up' }, { type: 'up' }, { type: 'up' });
    expect(s.editor.text).toBe(history[0]);
    s = apply(s, { type: 'down' }, { type: 'down' }, { type: 'down' });
    expect(s.editor.text).toBe('draft');
  });

  it('a run command joins the history (no consecutive duplicates)', () => {
    let s = apply(initialPrompt(['a']), { type: 'submitted', text: 'b' }, { type: 'submitted', text: 'b' }, { type: 'submitted', text: '  ' });
    expect(s.history.entries).toEqual(['a', 'b']);
    expect(s.editor.text).toBe('');
    s = apply(s, { type: 'up' });
    expect(s.editor.text).toBe('b');
  });

  it('Up inside a multi-line buffer moves a line up before browsing history', () => {
    const s = apply(initialPrompt(history), type('function f {\n  1\n}'), { type: 'up' });
    expect(s.editor.text).toBe('function f {\n  1\n}');
    expect(s.editor.cursor).toBe('function f {\n '.length); // same column (1) one line up
  });
});

describe('prompt state: ghost suggestion', () => {
  it('suggests the newest entry that starts with the typed text; Right and End accept it', () => {
    let s = apply(initialPrompt(history), type('Get-'));
    expect(ghostText(s)).toBe('EXOMailbox -ResultSize 10');
    s = apply(s, { type: 'right' });
    expect(s.editor.text).toBe('Get-EXOMailbox -ResultSize 10');
    expect(apply(initialPrompt(history), type('Set'), { type: 'end' }).editor.text).toBe(history[2]);
  });

  it('no suggestion for an empty line, a cursor inside the text, or no match', () => {
    expect(ghostText(initialPrompt(history))).toBeUndefined();
    expect(ghostText(apply(initialPrompt(history), type('Get-'), { type: 'edit', action: { type: 'left' } }))).toBeUndefined();
    expect(ghostText(apply(initialPrompt(history), type('Remove')))).toBeUndefined();
    // Right without a suggestion just moves.
    expect(apply(initialPrompt(history), type('ab'), { type: 'edit', action: { type: 'home' } }, { type: 'right' }).editor.cursor).toBe(1);
  });
});

describe('prompt state: Ctrl+R', () => {
  it('typing narrows, Ctrl+R again goes older, accept puts the match in the line', () => {
    let s = apply(initialPrompt(history), type('typed'), { type: 'search-start' }, { type: 'search-type', text: 'mail' });
    expect(s.search!.match).toBe(2);
    expect(searchPrompt(s.search!)).toBe('bck-i-search: mail');
    s = apply(s, { type: 'search-older' });
    expect(s.search!.match).toBe(1);
    s = apply(s, { type: 'search-older' }, { type: 'search-older' });
    expect(s.search).toMatchObject({ match: 0, failed: true });
    expect(searchPrompt(s.search!)).toBe('failed-bck-i-search: mail');
    s = apply(s, { type: 'search-accept' });
    expect(s.search).toBeUndefined();
    expect(s.editor.text).toBe('Get-Mailbox');
  });

  it('cancel keeps the line that was being typed; backspace widens the search again', () => {
    let s = apply(initialPrompt(history), type('typed'), { type: 'search-start' }, { type: 'search-type', text: 'Get-Mx' });
    expect(s.search!.failed).toBe(true);
    s = apply(s, { type: 'search-backspace' });
    expect(s.search).toMatchObject({ query: 'Get-M', failed: false, match: 0 });
    expect(apply(s, { type: 'search-cancel' }).editor.text).toBe('typed');
  });
});

describe('prompt state: completion menu', () => {
  const candidate = (text: string) => ({ text, display: text, kind: 'command' as const });

  it('one candidate is inserted, several insert their common prefix and open a menu', () => {
    expect(applyCompletion('Get-Da', { replaceStart: 0, replaceEnd: 6, candidates: [candidate('Get-Date')] })).toEqual({ kind: 'insert', start: 0, end: 6, text: 'Get-Date' });
    const outcome = applyCompletion('get-exom', { replaceStart: 0, replaceEnd: 8, candidates: [candidate('Get-EXOMailbox'), candidate('Get-EXOMailboxStatistics')] });
    expect(outcome).toMatchObject({ kind: 'insert', text: 'Get-EXOMailbox', menu: { selected: 0, start: 0, end: 14 } });
    expect(applyCompletion('x', { replaceStart: 0, replaceEnd: 1, candidates: [] })).toEqual({ kind: 'none' });
    expect(commonPrefix(['-Identity', '-IgnoreDefaultScope'])).toBe('-I');
  });

  it('moving wraps around and accepting replaces the completed word', () => {
    const outcome = applyCompletion('Get-EXOM', { replaceStart: 0, replaceEnd: 8, candidates: [candidate('Get-EXOMailbox'), candidate('Get-EXOMailboxStatistics'), candidate('Get-EXOMobileDeviceStatistics')] });
    if (outcome.kind !== 'insert' || !outcome.menu) throw new Error('expected a menu');
    let s = apply(initialPrompt(), type('Get-EXOM | fl'), { type: 'edit', action: { type: 'replace', start: 0, end: 8, text: outcome.text } }, { type: 'menu-open', menu: outcome.menu });
    s = apply(s, { type: 'menu-move', delta: -1 });
    expect(s.menu!.selected).toBe(2);
    s = apply(s, { type: 'menu-move', delta: 2 }, { type: 'menu-accept' });
    expect(s.menu).toBeUndefined();
    expect(s.editor.text).toBe('Get-EXOMailboxStatistics | fl');
  });
});

describe('keys read together', () => {
  const plain = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };

  it('split into their text, Enters and Ctrl keys', () => {
    expect(keyCommands('\u0015"x"\r', plain)).toEqual([
      { type: 'edit', action: { type: 'kill-to-start' } },
      { type: 'edit', action: { type: 'insert', text: '"x"' } },
      { type: 'enter' },
    ]);
    expect(keyCommands('ab\r\ncd\u007f', plain).map((c) => c.type)).toEqual(['edit', 'enter', 'edit', 'edit']);
    expect(keyCommands('abc', plain)).toEqual([{ type: 'edit', action: { type: 'insert', text: 'abc' } }]);
  });
});
