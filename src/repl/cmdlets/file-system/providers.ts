/**
 * Non-file-system providers for the item cmdlets. A provider claims a drive
 * (`Cert:`) and its provider-qualified form (`...\Certificate::`), so that
 * Get-ChildItem, Get-Item and Remove-Item hand such paths to it instead of
 * the file system. Single-letter drives are never claimed (they are Windows
 * volume names in paths the file system resolves).
 */
import type { CmdletContext } from '../types.js';

export interface PathProvider {
  /** Get-ChildItem on `path`. */
  childItems(ctx: CmdletContext, path: string, options: { recurse: boolean; names: boolean; literal: boolean }): Iterable<unknown>;
  /** Get-Item on `path`. */
  items(ctx: CmdletContext, path: string, literal: boolean): Iterable<unknown>;
  /** Remove-Item on `path`, asking ctx.shouldProcess for each item. */
  removeItems(ctx: CmdletContext, path: string, literal: boolean): Promise<void>;
}

interface Registration { drive: string; provider: string; handler: PathProvider }

const registry: Registration[] = [];

/** Routes `<drive>:` paths and `<provider>::` paths to `handler`; registering a drive again replaces it. */
export function registerPathProvider(drive: string, provider: string, handler: PathProvider): void {
  const at = registry.findIndex((r) => r.drive.toLowerCase() === drive.toLowerCase());
  if (at >= 0) registry.splice(at, 1);
  registry.push({ drive, provider, handler });
}

const DRIVE = /^([A-Za-z][\w-]+):(?!:)/;
const QUALIFIED = /^(?:[\w.]+\\)?([\w-]+)::/;

/** The provider that owns `path`, if it is not a file-system path. */
export function pathProvider(path: string): PathProvider | undefined {
  const drive = DRIVE.exec(path)?.[1];
  const provider = drive === undefined ? QUALIFIED.exec(path)?.[1] : undefined;
  if (drive === undefined && provider === undefined) return undefined;
  return registry.find((r) => (drive !== undefined ? r.drive.toLowerCase() === drive.toLowerCase() : r.provider.toLowerCase() === provider!.toLowerCase()))?.handler;
}
