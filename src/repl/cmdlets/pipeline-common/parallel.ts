/**
 * ForEach-Object -Parallel: one block invocation per input object, at most
 * -ThrottleLimit (default 5) running at once. Results are passed on as each
 * invocation finishes, so their order may differ from the input order.
 * pwsh gives each invocation its own runspace; here each runs as a
 * concurrent async evaluation in its own child scope, so `$_` and the
 * block's assignments stay its own and never leak into the caller, while
 * `$using:name` reads the caller's variable. The session's commands and
 * connections (an Exchange connection's client and tokens) are shared.
 */
import type { CmdletContext, CmdletInstance } from '../types.js';

interface Running { promise: Promise<Running>; result?: unknown[]; error?: unknown }

export function runParallel(ctx: CmdletContext): CmdletInstance {
  const block = ctx.params.Parallel;
  const limit = ctx.boundNames.has('ThrottleLimit') ? Number(ctx.params.ThrottleLimit) : 5;
  if (!(limit >= 1)) {
    ctx.fail(`Cannot validate argument on parameter 'ThrottleLimit'. The ${limit} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`,
      { errorId: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ForEachObjectCommand', category: 'InvalidData' });
  }
  const running = new Set<Running>();

  function start(item: unknown): void {
    const task: Running = { promise: undefined as unknown as Promise<Running> };
    // `variables` gives the invocation a scope of its own: concurrent blocks must not share `$_`.
    task.promise = ctx.invoke(block, { dollarUnder: item, input: [item], variables: {} }).then(
      (result) => { task.result = result; return task; },
      (error: unknown) => { task.error = error; return task; },
    );
    running.add(task);
  }

  function* finish(task: Running): Generator<unknown> {
    running.delete(task);
    // A failing block is a non-terminating error for its item, as in pwsh's thread jobs.
    if (task.error !== undefined) ctx.writeError(task.error);
    else yield* task.result!;
  }

  async function* waitForOne(): AsyncGenerator<unknown> {
    const done = await Promise.race([...running].map((t) => t.promise));
    yield* finish(done);
  }

  return {
    async *process(params, input) {
      if (!input.present && !ctx.boundNames.has('InputObject')) return;
      const item = input.present ? input.value : params.InputObject;
      while (running.size >= limit) yield* waitForOne();
      start(item);
      for (const task of [...running]) if (task.result !== undefined || task.error !== undefined) yield* finish(task);
    },
    async *end() {
      while (running.size > 0) yield* waitForOne();
    },
  };
}
