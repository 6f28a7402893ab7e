/**
 * exosh's entry point: decides from the command line whether to run a file,
 * a command, a script from stdin, the sandbox, or an interactive session,
 * and turns the outcome into an exit code.
 */
import { CliUsageError, parseCliArgs, USAGE, type CliOptions } from './args.js';
import { exoshVersion } from './version.js';
import { readStdin } from './stdin.js';
import { runPlainRepl } from './plain-repl.js';
import { Session } from '../repl/engine/session.js';
import { StreamHost } from '../repl/host/stream-host.js';

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

  const interactive = mode.kind === 'interactive' && !opts.nonInteractive;
  const host = new StreamHost({ interactive });
  const session = new Session({ host, cwd: process.cwd() });
  // Ctrl+C stops the running pipeline, never the shell.
  const onSigint = () => session.abort();
  process.on('SIGINT', onSigint);
  try {
    switch (mode.kind) {
      case 'file':
        return (await session.runFile(mode.path, mode.scriptArgs)).exitCode;
      case 'command':
        return (await session.run(mode.text)).exitCode;
      case 'stdin':
        return (await session.run(await readStdin(), { fileName: '<stdin>' })).exitCode;
      case 'interactive':
        return await runPlainRepl(session, host);
    }
  } finally {
    process.off('SIGINT', onSigint);
  }
}
