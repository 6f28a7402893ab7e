/**
 * The live area while a command runs: a spinner with the elapsed time, one
 * line per long operation (objects received, the throttling note) and
 * Write-Progress bars. Every line is cut to the terminal width so the area
 * never wraps into more lines than it counts.
 */
import { Box, Text, useAnimation } from 'ink';
import { paint, type Palette } from '../settings/theme.js';
import type { ActivityState, ProgressState } from './repl-store.js';

const FRAMES = ['\u280b', '\u2819', '\u2839', '\u2838', '\u283c', '\u2834', '\u2826', '\u2827', '\u2807', '\u280f'];
/** At most this many activity and progress lines, so the live area stays small on 24 rows. */
const MAX_LINES = 4;

export const formatElapsed = (ms: number): string => (ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.floor(ms / 60_000)}m ${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}s`);

export const fitWidth = (text: string, width: number): string => (text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + '\u2026');

export function activityText(a: ActivityState, now: number): string {
  const parts = [a.label];
  if (a.received !== undefined) parts.push(`${a.received.toLocaleString('en-US')} received`);
  parts.push(formatElapsed(now - a.startedAt));
  if (a.note) parts.push(a.note);
  return parts.join(' \u00b7 ');
}

/** pwsh's minimal progress view: `Activity [ooooo     ] 45% Status`. */
export function progressText(p: ProgressState, width: number): { label: string; filled: string; empty: string; rest: string } {
  const barWidth = Math.max(10, Math.min(40, Math.floor(width / 3)));
  const pct = p.percent === undefined || p.percent < 0 ? undefined : Math.min(100, p.percent);
  const filled = pct === undefined ? 0 : Math.round((barWidth * pct) / 100);
  const label = fitWidth(p.activity, Math.max(10, width - barWidth - 8));
  return { label: `${label} [`, filled: ' '.repeat(filled), empty: ' '.repeat(barWidth - filled), rest: fitWidth(`] ${pct === undefined ? '' : `${Math.round(pct)}% `}${p.status}`, Math.max(0, width - label.length - barWidth - 2)) };
}

export interface RunningStatusProps {
  startedAt: number;
  activities: ActivityState[];
  progress: ProgressState[];
  width: number;
  palette: Palette;
}

export function RunningStatus({ startedAt, activities, progress, width, palette }: RunningStatusProps) {
  const { frame } = useAnimation({ interval: 120 });
  const now = Date.now();
  const spinner = FRAMES[frame % FRAMES.length]!;
  const bars = progress.slice(-MAX_LINES);
  const acts = activities.slice(-(MAX_LINES - bars.length));
  const color = paint(palette, 'progress');
  return (
    <Box flexDirection="column">
      {bars.map((p) => {
        const t = progressText(p, width);
        return (
          <Text key={`p:${p.activity}`} wrap="truncate-end">
            {t.label}<Text inverse color={color}>{t.filled}</Text>{t.empty}{t.rest}
          </Text>
        );
      })}
      {acts.length === 0 ? (
        <Text color={color} wrap="truncate-end">{fitWidth(`${spinner} ${formatElapsed(now - startedAt)} \u00b7 Ctrl+C stops`, width)}</Text>
      ) : (
        acts.map((a) => <Text key={`a:${a.id}`} color={color} wrap="truncate-end">{fitWidth(`${spinner} ${activityText(a, now)}`, width)}</Text>)
      )}
    </Box>
  );
}
