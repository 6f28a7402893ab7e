import { readFileSync } from 'node:fs';
import type { AuthPrompts } from './token-provider.js';

function isWsl(env: NodeJS.ProcessEnv): boolean {
  if (env.WSL_DISTRO_NAME || env.WSL_INTEROP) return true;
  try {
    return /microsoft/i.test(readFileSync('/proc/version', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Whether the browser flow can work here; otherwise device code is used (auth-and-style.md §1.1): not over SSH,
 * not on Linux without a display (WSL opens the Windows browser), and not when the shell says it cannot.
 */
export function browserUsable(prompts: Pick<AuthPrompts, 'canOpenBrowser'>, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (env.SSH_CONNECTION || env.SSH_TTY) return false;
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !isWsl(env)) return false;
  return prompts.canOpenBrowser();
}
