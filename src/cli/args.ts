/**
 * The command line, parsed the way pwsh reads its own: options are
 * case-insensitive and may be abbreviated to a unique prefix; `-File` and
 * `-Command` end option parsing (what follows belongs to the script).
 */
export type CliMode =
  | { kind: 'file'; path: string; scriptArgs: string[] }
  | { kind: 'command'; text: string }
  /** Runs a saved session script as if typed: one command at a time on a terminal, echoed unattended otherwise. */
  | { kind: 'replay'; path: string }
  | { kind: 'stdin' }
  | { kind: 'interactive' }
  | { kind: 'sandbox'; argv: string[] }
  | { kind: 'version' }
  | { kind: 'help' };

export interface CliOptions {
  mode: CliMode;
  noProfile: boolean;
  sandbox: boolean;
  nonInteractive: boolean;
}

export class CliUsageError extends Error {}

const OPTIONS = ['file', 'command', 'replay', 'noprofile', 'nologo', 'noninteractive', 'sandbox', 'version', 'help'] as const;
type OptionName = (typeof OPTIONS)[number];

/** pwsh's short forms that are not plain prefixes of one option. */
const SHORT: Record<string, OptionName> = { f: 'file', c: 'command', v: 'version', '?': 'help', h: 'help' };

function resolveOption(word: string): OptionName {
  const name = word.replace(/^--?/, '').toLowerCase();
  if (name in SHORT) return SHORT[name]!;
  const exact = OPTIONS.find((o) => o === name);
  if (exact) return exact;
  const matches = OPTIONS.filter((o) => o.startsWith(name));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new CliUsageError(`The parameter '${word}' is ambiguous. Possible matches: ${matches.map((m) => `-${m}`).join(', ')}.`);
  }
  throw new CliUsageError(`Unknown option '${word}'. Run 'exosh -Help' for the list of options.`);
}

export function parseCliArgs(argv: string[], stdinIsTTY: boolean): CliOptions {
  const opts: CliOptions = { mode: stdinIsTTY ? { kind: 'interactive' } : { kind: 'stdin' }, noProfile: false, sandbox: false, nonInteractive: false };
  if (argv[0] === 'sandbox') return { ...opts, mode: { kind: 'sandbox', argv: argv.slice(1) } };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('-')) {
      // pwsh treats a leading non-option word as the script file.
      return { ...opts, mode: { kind: 'file', path: word, scriptArgs: argv.slice(i + 1) } };
    }
    const option = resolveOption(word);
    switch (option) {
      case 'file': {
        const path = argv[i + 1];
        if (path === undefined) throw new CliUsageError("Missing the path of the script after '-File'.");
        if (path === '-') return { ...opts, mode: { kind: 'stdin' } };
        return { ...opts, mode: { kind: 'file', path, scriptArgs: argv.slice(i + 2) } };
      }
      case 'command': {
        const rest = argv.slice(i + 1);
        if (rest.length === 0) throw new CliUsageError("Missing the command text after '-Command'.");
        if (rest.length === 1 && rest[0] === '-') return { ...opts, mode: { kind: 'stdin' } };
        return { ...opts, mode: { kind: 'command', text: rest.join(' ') } };
      }
      case 'replay': {
        const path = argv[i + 1];
        if (path === undefined) throw new CliUsageError("Missing the path of the session script after '-Replay'.");
        opts.mode = { kind: 'replay', path };
        i++;
        break;
      }
      case 'noprofile': opts.noProfile = true; break;
      case 'nologo': break;
      case 'noninteractive': opts.nonInteractive = true; break;
      case 'sandbox': opts.sandbox = true; break;
      case 'version': return { ...opts, mode: { kind: 'version' } };
      case 'help': return { ...opts, mode: { kind: 'help' } };
    }
  }
  return opts;
}

export const USAGE = `Usage: exosh [options]
       exosh [options] -File <script.ps1> [-Param value ...]
       exosh [options] -Command <text>
       exosh [options] -Replay <session.ps1>
       <script> | exosh [options]
       exosh sandbox [--host 127.0.0.1] [--port N] [--data-dir D] [--mailboxes N] [--seed N] [--json]

Options:
  -File, -f <path>     Run a script; the words after the path bind to its param() block.
  -Command, -c <text>  Run the text, then exit ('-' reads it from standard input).
  -Replay <path>       Replay a session script (from Export-History) as if typed: on a
                       terminal one command at a time (Enter runs the next, s skips,
                       q stops); otherwise each command is echoed as 'PS> cmd' and run.
  -Sandbox             Start the embedded sandbox tenant and make it the default target
                       of Connect-ExchangeOnline (also: EXOSH_SANDBOX=1).
  -NoProfile           Do not run a profile script.
  -NonInteractive      Never prompt; a missing mandatory parameter is an error.
  -Version, -v         Print the version and exit.
  -Help, -h, -?        Print this help and exit.

Exit codes: 0 on success, N after 'exit N', 1 after a terminating error,
a parse error, or a bad command line.
`;
