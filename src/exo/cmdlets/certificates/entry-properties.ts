/**
 * Properties of a store entry rather than of its certificate: the friendly
 * name and whether the private key may be exported (Windows keeps both on
 * the store entry). Our entries are PEM files, so these live beside them in
 * `entry-properties.json` (0600), keyed by thumbprint.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from '../../auth/config-dir.js';

const FILE = 'entry-properties.json';

export interface EntryProperties {
  friendlyName?: string;
  /** -KeyExportPolicy NonExportable: Export-PfxCertificate refuses the key. */
  nonExportable?: boolean;
}

function read(storeDir: string): Record<string, EntryProperties> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(storeDir, FILE), 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, EntryProperties>) : {};
  } catch {
    return {};
  }
}

function write(storeDir: string, all: Record<string, EntryProperties>): void {
  ensurePrivateDir(storeDir);
  const path = join(storeDir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}

export function entryProperties(storeDir: string, thumbprint: string): EntryProperties {
  return read(storeDir)[thumbprint] ?? {};
}

/** Replaces the properties of a stored certificate; none (or only defaults) removes its record. */
export function setEntryProperties(storeDir: string, thumbprint: string, props: EntryProperties): void {
  const all = read(storeDir);
  const kept: EntryProperties = {
    ...(props.friendlyName ? { friendlyName: props.friendlyName } : {}),
    ...(props.nonExportable ? { nonExportable: true } : {}),
  };
  if (Object.keys(kept).length > 0) all[thumbprint] = kept;
  else if (thumbprint in all) delete all[thumbprint];
  else return;
  write(storeDir, all);
}
