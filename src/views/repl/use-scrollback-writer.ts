/**
 * Writes finished scrollback items to the terminal once, above the live area,
 * through Ink's own stdout writer (it lifts the live frame, writes, and puts
 * the frame back). This is `<Static>`'s contract without laying out every
 * character in Ink's screen buffer, which takes tens of seconds for 100,000
 * lines; written text is never touched again.
 */
import { useLayoutEffect, useRef } from 'react';
import { useStdout } from 'ink';
import type { Palette } from '../settings/theme.js';
import type { ScrollbackItem } from './scrollback.js';
import { itemText } from './scrollback-text.js';

export function useScrollbackWriter(items: readonly ScrollbackItem[], palette: Palette): void {
  const { write } = useStdout();
  const written = useRef(0);
  useLayoutEffect(() => {
    if (items.length <= written.current) return;
    const text = items.slice(written.current).map((item) => itemText(item, palette)).join('');
    written.current = items.length;
    write(text);
  }, [items, palette, write]);
}
