/** Transcripts: Start-Transcript / Stop-Transcript and the recorder that tees the host to the files. */
import type { CmdletDefinition } from '../cmdlets/types.js';
import { startTranscript } from './start-transcript.js';
import { stopTranscript } from './stop-transcript.js';

export { TranscriptRecorder, transcriptRecorder } from './recorder.js';
export { SecretMask, REDACTED, REDACTED_COMMAND } from './redact.js';
export const transcriptCmdlets: CmdletDefinition[] = [startTranscript, stopTranscript];
