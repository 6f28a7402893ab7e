/**
 * exosh's entry point: decides from the command line whether to run a file,
 * a command, a script from stdin, the sandbox, or an interactive session
 * (the Ink shell on a terminal, the plain prompt when output is redirected),
 * and turns the outcome into an exit code.
 */
import { CliUsageError, parseCliArgs, USAGE, type CliOptions } from './args.js';
import { exoshVersion } from './version.js';
import { readStdin } from './stdin.js';
import { runPlainRepl } from './plain-repl.js';
import { runProfile } from './profile.js';
import { loadReplayScript, runReplay } from './replay-runner.js';
import { createInkRepl, runInkRepl } from './ink-repl.js';
import { Session } from '../repl/engine/session.js';
import { StreamHost } from '../repl/host/stream-host.js';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { exchangeModule, type DefaultTarget } from '../exo/index.js';

/** Trusts a sandbox's CA for this process's HTTPS requests, alongside the system's. */
function trustCa(caPem: string): void {
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), caPem]);
}

/**
 * `-Sandbox` / EXOSH_SANDBOX=1 start the sandbox in-process; EXOSH_SANDBOX=<uri>
 * with EXOSH_CA_FILE targets one already running. Either way it becomes
 * Connect-ExchangeOnline's default ConnectionUri and authority.
 */
async function sandboxTarget(flag: boolean, env: NodeJS.ProcessEnv): Promise<{ defaults?: DefaultTarget; stop?: () => Promise<void> }> {
  const value = env.EXOSH_SANDBOX;
  if (!flag && value && value !== '1' && value !== 'true') {
    if (env.EXOSH_CA_FILE) trustCa(readFileSync(env.EXOSH_CA_FILE, 'utf8'));
    const origin = new URL(value).origin;
    return { defaults: { connectionUri: origin, authorizationEndpointUri: `${origin}/organizations` } };
  }
  if (!flag && !value) return {};
  const { startSandbox } = await import('../sandbox/index.js');
  const sandbox = await startSandbox({ port: 0, autoApprove: true, autoProvision: true });
  trustCa(sandbox.caPem);
  return { defaults: { connectionUri: sandbox.connectionUri, authorizationEndpointUri: sandbox.authorityUri }, stop: () => sandbox.stop() };
}

export async function run(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv, process.stdin.isTTY === true);
  } catch (e) {
    if (e instanceof CliUsageError) {
      process.stderr.write(`exosh: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const mode = opts.mode;
  switch (mode.kind) {
    case 'version':
      process.stdout.write(`exosh ${exoshVersion()}\n`);
      return 0;
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'sandbox': {
      const { runSandboxCommand } = await import('../sandbox/cli.js');
      return runSandboxCommand(mode.argv);
    }
    default:
      break;
  }

  // As in pwsh, a script run from a terminal may still prompt (Read-Host, -Confirm, interactive sign-in).
  const onTerminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const interactive = !opts.nonInteractive && (mode.kind === 'interactive' || onTerminal);
  // The Ink shell needs a terminal on both ends; with output redirected the plain prompt reads commands instead.
  const ink = (mode.kind === 'interactive' || (mode.kind === 'replay' && !opts.nonInteractive)) && process.stdin.isTTY && process.stdout.isTTY ? createInkRepl(process.stdout, { interactive: !opts.nonInteractive }) : undefined;
  const host = ink?.host ?? new StreamHost({ interactive });
  const target = await sandboxTarget(opts.sandbox, process.env);
  const exo = exchangeModule({ ...(target.defaults ? { defaults: target.defaults } : {}) });
  const session = new Session({ host, cwd: process.cwd(), commands: [...exo.commands, ...(ink?.commands ?? [])] });
  // Ctrl+C stops the running pipeline, never the shell.
  const onSigint = () => session.abort();
  process.on('SIGINT', onSigint);
  try {
    await runProfile(session, { noProfile: opts.noProfile });
    switch (mode.kind) {
      case 'file':
        return (await session.runFile(mode.path, mode.scriptArgs)).exitCode;
      case 'command':
        return (await session.run(mode.text)).exitCode;
      case 'replay': {
        if (!ink) return await runReplay(session, mode.path);
        // On a terminal the Ink shell steps through the commands, then stays open.
        const replay = loadReplayScript(mode.path, session.state.cwd);
        for (const e of replay.errors) process.stderr.write(`${e}\n`);
        return replay.errors.length ? 1 : await runInkRepl(session, ink, { registry: exo.registry, replay: replay.commands });
      }
      case 'stdin':
        return (await session.run(await readStdin(), { fileName: '<stdin>' })).exitCode;
      case 'interactive':
        return ink ? await runInkRepl(session, ink, { registry: exo.registry }) : await runPlainRepl(session, host);
      default:
        return 1;
    }
  } finally {
    process.off('SIGINT', onSigint);
    await target.stop?.();
  }
}
