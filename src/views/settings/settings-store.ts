/**
 * The shell's saved settings (colours by role), kept with `conf` in the
 * user's config directory next to the profile (~/.config/exosh/settings.json,
 * XDG_CONFIG_HOME honoured). A broken or unreadable file falls back to the
 * defaults rather than stopping the shell.
 */
import Conf from 'conf';
import { DEFAULT_THEME, THEME_ROLES, colorEnabled, type Palette, type Theme, type ThemeRole } from './theme.js';

interface Stored {
  colors: Partial<Record<ThemeRole, string>>;
}

export interface SettingsOptions {
  /** Folder of settings.json (tests); otherwise the user's config directory. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

function open(o: SettingsOptions): Conf<Stored> {
  return new Conf<Stored>({ projectName: 'exosh', projectSuffix: '', configName: 'settings', defaults: { colors: {} }, ...(o.cwd ? { cwd: o.cwd } : {}) });
}

const isRole = (name: string): name is ThemeRole => (THEME_ROLES as readonly string[]).includes(name);

/** The palette to draw with: saved colours over the defaults, all off with NO_COLOR. */
export function loadPalette(o: SettingsOptions = {}): Palette {
  const color = colorEnabled(o.env ?? process.env);
  let saved: Stored['colors'] = {};
  try {
    saved = open(o).get('colors');
  } catch {
    // An unreadable settings file must not keep the shell from starting.
  }
  const theme: Theme = { ...DEFAULT_THEME };
  for (const [role, value] of Object.entries(saved)) if (isRole(role) && typeof value === 'string') theme[role] = value;
  return { color, theme };
}

/** Saves one role's colour; an empty value goes back to the default. */
export function saveColor(role: string, value: string, o: SettingsOptions = {}): void {
  if (!isRole(role)) throw new Error(`'${role}' is not a colour setting. Valid names: ${THEME_ROLES.join(', ')}.`);
  const store = open(o);
  const colors = { ...store.get('colors') };
  if (value) colors[role] = value;
  else delete colors[role];
  store.set('colors', colors);
}
