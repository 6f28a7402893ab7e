/**
 * Redirections on a command or expression: `2>&1` merges error records into
 * the output, `2>$null` / `*>$null` / `3>$null` silence streams, and
 * `> file` / `>> file` / `2> file` write formatted text to a file.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { RedirectionAst } from '../../syntax/ast.js';
import type { Host } from '../../host/host.js';
import type { ErrorRecord } from '../errors/error-record.js';
import { formatErrorView } from '../errors/format-error.js';
import type { Frame } from '../runtime.js';
import { toPSString } from '../value-ops.js';
import { evalExpr } from './expressions.js';
import { formatToText } from '../out-default-bridge.js';

export interface Redirection {
  /** The frame commands under this redirection run in (error sink, quiet host). */
  frame: Frame;
  mergeErrors: boolean;
  output: 'pass' | 'discard' | { path: string; append: boolean };
}

const NONE = (frame: Frame): Redirection => ({ frame, mergeErrors: false, output: 'pass' });

export async function redirectionsFor(redirections: readonly RedirectionAst[], frame: Frame): Promise<Redirection> {
  if (redirections.length === 0) return NONE(frame);
  let errorSink = frame.errorSink;
  let host = frame.host;
  let mergeErrors = false;
  let output: Redirection['output'] = 'pass';
  for (const r of redirections) {
    if (r.kind === 'MergingRedirection') {
      if ((r.fromStream === 'error' || r.fromStream === 'all') && r.toStream === 'output') mergeErrors = true;
      continue;
    }
    const target = await evalExpr(r.location, frame);
    const path = target === null || target === undefined ? undefined : resolvePath(toPSString(target), frame);
    if (path !== undefined && !r.append && (r.fromStream === 'output' || r.fromStream === 'all')) writeFileSync(path, '');
    const engine = frame.engine;
    const from = r.fromStream;
    if (from === 'output' || from === 'all') output = path === undefined ? 'discard' : { path, append: true };
    if (from === 'error' || from === 'all') {
      if (path === undefined) errorSink = (rec: ErrorRecord) => engine.reportError(rec, false);
      else {
        if (!r.append && from === 'error') writeFileSync(path, '');
        errorSink = (rec: ErrorRecord) => {
          engine.reportError(rec, false);
          appendFileSync(path, formatErrorView(rec, { width: engine.host.width }) + '\n');
        };
      }
    }
    if (from !== 'output' && from !== 'error' && path === undefined) host = quietHost(host ?? engine.host, from);
  }
  return { frame: { ...frame, errorSink, host }, mergeErrors, output };
}

function resolvePath(path: string, frame: Frame): string {
  return isAbsolute(path) ? path : resolve(frame.engine.cwd, path);
}

/** A host that drops the streams a `N>$null` redirection silences and passes the rest on. */
function quietHost(host: Host, stream: string): Host {
  const drop = (s: string) => stream === 'all' || stream === s;
  return {
    get width() { return host.width; },
    get interactive() { return host.interactive; },
    get color() { return host.color; },
    writeOutput: (t) => host.writeOutput(t),
    writeError: (t) => host.writeError(t),
    writeHost: (t, o) => { if (!drop('information')) host.writeHost(t, o); },
    writeWarning: (t) => { if (!drop('warning')) host.writeWarning(t); },
    writeVerbose: (t) => { if (!drop('verbose')) host.writeVerbose(t); },
    writeDebug: (t) => { if (!drop('debug')) host.writeDebug(t); },
    writeProgress: host.writeProgress?.bind(host),
    readLine: (p, o) => host.readLine(p, o),
    clear: host.clear?.bind(host),
  };
}

export function withOutputRedirection(produced: AsyncIterable<unknown>, r: Redirection, frame: Frame): AsyncIterable<unknown> {
  if (r.output === 'pass') return produced;
  return redirectOutput(produced, r.output, frame);
}

async function* redirectOutput(produced: AsyncIterable<unknown>, output: 'discard' | { path: string; append: boolean }, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const items: unknown[] = [];
  for await (const v of produced) if (output !== 'discard') items.push(v);
  if (output === 'discard') return;
  const text = formatToText(items, frame.engine.host.width);
  appendFileSync(output.path, text);
}
