/**
 * Script blocks are the engine's objects; cmdlets only need to tell them apart
 * from other argument values (Sort-Object -Property takes names, hashtables or
 * blocks). The engine's class is named ScriptBlock; test contexts pass plain
 * JS functions, which their ctx.invoke knows how to run.
 */
export function isScriptBlock(value: unknown): boolean {
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && value.constructor?.name === 'ScriptBlock';
}
