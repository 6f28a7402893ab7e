import { homedir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type SandboxOptions } from './index.js';

const USAGE = `Usage: exosh sandbox [--host 127.0.0.1] [--port N] [--data-dir D] [--mailboxes N] [--seed N]
                     [--json] [--no-auto-provision] [--auto-approve]

Runs the sandbox tenant (Entra ID sign-in and the Exchange admin API over HTTPS)
until Ctrl+C. --port 0 picks a free port. --json prints one JSON line on stdout
once the sandbox is ready: connectionUri, authorityUri, caFile, managementUri, pid.
`;

class UsageError extends Error {}

interface CliArgs {
  options: SandboxOptions & { dataDir: string };
  json: boolean;
  help: boolean;
}

/** `exosh sandbox …`: runs until SIGINT or SIGTERM; resolves to the exit code. */
export async function runSandboxCommand(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`exosh sandbox: ${e.message}\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(args.options);
  } catch (e) {
    process.stderr.write(`exosh sandbox: could not start: ${(e as Error).message}\n`);
    return 1;
  }
  if (args.json) {
    const { connectionUri, authorityUri, caFile, managementUri } = sandbox;
    process.stdout.write(`${JSON.stringify({ connectionUri, authorityUri, caFile, managementUri, pid: process.pid })}\n`);
  } else {
    process.stdout.write(
      [
        'Sandbox tenant ready.',
        `  ConnectionUri : ${sandbox.connectionUri}`,
        `  Authority     : ${sandbox.authorityUri}`,
        `  CA file       : ${sandbox.caFile}`,
        `  Management    : ${sandbox.managementUri}`,
        `  Data          : ${sandbox.dataDir}`,
        `Use it from another shell: EXOSH_SANDBOX=${sandbox.connectionUri} EXOSH_CA_FILE=${sandbox.caFile} exosh`,
        'Every tenant has admin@<domain> with the password P@ssw0rd123!. Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sandbox.stop();
  if (!args.json) process.stdout.write('Sandbox stopped.\n');
  return 0;
}

function parseArgs(argv: string[]): CliArgs {
  const configHome = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const options: CliArgs['options'] = { dataDir: join(configHome, 'exosh', 'sandbox'), autoProvision: true };
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0 && arg.startsWith('--')) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value.`);
      return v;
    };
    switch (name) {
      case '--host':
        options.host = value();
        break;
      case '--port':
        options.port = wholeNumber(name, value(), 65535);
        break;
      case '--data-dir':
        options.dataDir = value();
        break;
      case '--mailboxes':
        options.mailboxes = wholeNumber(name, value());
        break;
      case '--seed':
        options.seed = wholeNumber(name, value());
        break;
      case '--json':
        json = true;
        break;
      case '--no-auto-provision':
        options.autoProvision = false;
        break;
      case '--auto-approve':
        options.autoApprove = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new UsageError(`unknown option '${arg}'.`);
    }
  }
  return { options, json, help };
}

function wholeNumber(name: string, v: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(v) || Number(v) > max) throw new UsageError(`${name} must be a whole number${max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : ''}, not '${v}'.`);
  return Number(v);
}
