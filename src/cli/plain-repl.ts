/**
 * A line-by-line prompt for terminals, used until the Ink REPL takes over:
 * reads a statement (asking for continuation lines while it is incomplete),
 * runs it, and keeps going until `exit` or end of input.
 */
import { createInterface } from 'node:readline/promises';
import { parseScript, isIncompleteInput } from '../repl/syntax/index.js';
import type { Session } from '../repl/engine/session.js';
import type { Host } from '../repl/host/host.js';

export async function runPlainRepl(session: Session, _host: Host): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Readline owns SIGINT while it reads: a Ctrl+C at the prompt clears the line.
  rl.on('SIGINT', () => {
    process.stdout.write('\n');
    rl.write(null, { ctrl: true, name: 'u' });
    rl.prompt();
  });
  let exitCode = 0;
  try {
    for (;;) {
      let text: string;
      try {
        text = await rl.question(`PS ${process.cwd()}> `);
        while (isIncompleteInput(parseScript(text).diagnostics)) {
          text += '\n' + (await rl.question('>> '));
        }
      } catch {
        break; // end of input (Ctrl+D)
      }
      if (text.trim() === '') continue;
      rl.pause();
      const result = await session.run(text);
      rl.resume();
      exitCode = result.exitCode;
      if (result.exited) break;
    }
  } finally {
    rl.close();
  }
  return exitCode;
}
