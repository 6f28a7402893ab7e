/**
 * Friendly names. On Windows a friendly name is a property of the store
 * entry, not of the certificate; here the entries are PEM files, so the names
 * live beside them in `friendly-names.json` (0600), keyed by thumbprint.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from '../../auth/config-dir.js';

const FILE = 'friendly-names.json';

function read(storeDir: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(storeDir, FILE), 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function write(storeDir: string, names: Record<string, string>): void {
  ensurePrivateDir(storeDir);
  const path = join(storeDir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(names, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}

export function friendlyName(storeDir: string, thumbprint: string): string {
  const name = read(storeDir)[thumbprint];
  return typeof name === 'string' ? name : '';
}

/** Sets (or, with an empty name, clears) the friendly name of a stored certificate. */
export function setFriendlyName(storeDir: string, thumbprint: string, name: string): void {
  const names = read(storeDir);
  if (name) names[thumbprint] = name;
  else if (thumbprint in names) delete names[thumbprint];
  else return;
  write(storeDir, names);
}
