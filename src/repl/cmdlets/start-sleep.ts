/**
 * Start-Sleep: waits without blocking the event loop. Ctrl+C ends the wait
 * with the pipeline-stopped error; a downstream stage that needs no more
 * input ends it quietly.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { TimeSpan } from '../values/timespan.js';

const MAX_TIMER_MS = 2_147_483_647;

function sleep(ctx: CmdletContext, ms: number): Promise<void> {
  const signal = ctx.signal;
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      settleAborted(signal, resolve, reject);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      settleAborted(signal, resolve, reject);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function settleAborted(signal: AbortSignal, resolve: () => void, reject: (e: unknown) => void): void {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name !== 'AbortError') reject(reason);
  else resolve();
}

export const startSleep: CmdletDefinition = {
  name: 'Start-Sleep',
  synopsis: 'Suspends the activity in a script or session for the specified period of time.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Seconds',
  parameters: [
    { name: 'Seconds', type: 'double', position: 0, mandatory: ['Seconds'], valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Seconds'], description: 'How long to wait, in seconds.' },
    { name: 'Milliseconds', type: 'int', aliases: ['ms'], mandatory: ['Milliseconds'], valueFromPipelineByPropertyName: true, parameterSets: ['Milliseconds'], description: 'How long to wait, in milliseconds.' },
    { name: 'Duration', type: 'timespan', aliases: ['ts'], mandatory: ['FromTimeSpan'], valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['FromTimeSpan'], description: 'How long to wait, as a TimeSpan.' },
  ],
  create(ctx) {
    return {
      async process(params) {
        const name = params['Duration'] instanceof TimeSpan ? 'Duration' : params['Milliseconds'] !== undefined ? 'Milliseconds' : 'Seconds';
        const raw = params[name];
        const ms = raw instanceof TimeSpan ? raw.totalMilliseconds : name === 'Milliseconds' ? Number(raw) : Number(raw ?? 0) * 1000;
        if (!(ms >= 0)) {
          ctx.fail(`Cannot validate argument on parameter '${name}'. The ${String(raw)} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`, { category: 'InvalidData', errorId: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.StartSleepCommand' });
        }
        // setTimeout takes at most 2^31-1 ms; longer waits go in steps.
        for (let left = ms; left > 0 && !ctx.signal.aborted; left -= MAX_TIMER_MS) await sleep(ctx, Math.min(left, MAX_TIMER_MS));
      },
    };
  },
};
