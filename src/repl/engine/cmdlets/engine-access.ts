/**
 * Engine-tied cmdlets need the session behind the CmdletContext (command
 * table, scopes, history); the engine always hands them its StageContext.
 */
import type { CmdletContext } from '../../cmdlets/types.js';
import type { Engine, Frame } from '../runtime.js';
import { StageContext } from '../eval/stage-context.js';
import { wildcardToRegExp } from '../../values/comparison.js';
import { hasWildcard } from '../../values/comparison.js';
export { hasWildcard };

export function frameOf(ctx: CmdletContext): Frame {
  if (!(ctx instanceof StageContext)) throw new Error(`${ctx.invocationName} needs a session to run in.`);
  return ctx.frame;
}

export function engineOf(ctx: CmdletContext): Engine {
  return frameOf(ctx).engine;
}

/** Name filters as pwsh's -Name takes them: wildcards, any of several patterns. */
export function nameMatcher(patterns: unknown): (name: string) => boolean {
  if (patterns === undefined || patterns === null) return () => true;
  const list = (Array.isArray(patterns) ? patterns : [patterns]).map(String);
  const res = list.map((p) => wildcardToRegExp(p, false));
  return (name) => res.some((re) => re.test(name));
}

