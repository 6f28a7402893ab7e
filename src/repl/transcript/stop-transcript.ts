/** Stop-Transcript: closes the newest transcript with pwsh's footer. */
import type { CmdletDefinition } from '../cmdlets/types.js';
import { engineOf } from '../engine/cmdlets/engine-access.js';
import { transcriptRecorder } from './recorder.js';

export const stopTranscript: CmdletDefinition = {
  name: 'Stop-Transcript',
  synopsis: 'Stops a transcript.',
  module: 'Microsoft.PowerShell.Host',
  outputType: ['System.String'],
  parameters: [],
  create(ctx) {
    return {
      *process() {
        const engine = engineOf(ctx);
        const file = transcriptRecorder(engine, engine.host, engine.history).stop();
        if (!file) {
          return ctx.fail('An error occurred stopping transcription: The host is not currently transcribing.', { category: 'InvalidOperation', errorId: 'InvalidOperation,Microsoft.PowerShell.Commands.StopTranscriptCommand' });
        }
        yield `Transcript stopped, output file is ${file.path}`;
      },
    };
  },
};
