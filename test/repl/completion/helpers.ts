import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { complete, type CompletionResult } from '../../../src/repl/completion/index.js';

/** A plain session (core cmdlets only) whose runs must succeed. */
export async function sessionWith(setup: string, cwd?: string): Promise<Session> {
  const host = new CaptureHost();
  const session = new Session({ host, ...(cwd ? { cwd } : {}) });
  if (setup) {
    const r = await session.run(setup);
    if (!r.ok) throw new Error(`setup failed: ${host.stderr}`);
  }
  return session;
}

/** Completes at the end of `input`, or at the `|^|` marker when there is one. */
export async function at(session: Session, input: string): Promise<CompletionResult & { texts: string[]; replaced: string }> {
  const cursor = input.includes('|^|') ? input.indexOf('|^|') : input.length;
  const text = input.replace('|^|', '');
  const r = await complete(session, text, cursor);
  return { ...r, texts: r.candidates.map((c) => c.text), replaced: text.slice(r.replaceStart, r.replaceEnd) };
}
