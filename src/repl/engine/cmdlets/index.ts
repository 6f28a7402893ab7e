/** The cmdlets tied to the engine (command table, variables, history, location). */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { writeOutput } from './write-output.js';

export const engineCmdlets: CmdletDefinition[] = [writeOutput];
