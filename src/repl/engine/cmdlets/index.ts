/** The cmdlets tied to the engine (command table, variables, history, location). */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { writeOutput } from './write-output.js';
import { getCommand } from './get-command.js';
import { getHelp } from './get-help.js';
import { getHistory } from './get-history.js';
import { invokeHistory } from './invoke-history.js';
import { addHistory } from './add-history.js';
import { clearHistory } from './clear-history.js';
import { exportHistory } from './export-history.js';
import { transcriptCmdlets } from '../../transcript/index.js';
import { invokeExpression } from './invoke-expression.js';
import { getVariable } from './get-variable.js';
import { setVariable } from './set-variable.js';
import { newVariable } from './new-variable.js';
import { removeVariable } from './remove-variable.js';
import { clearVariable } from './clear-variable.js';
import { getAlias } from './get-alias.js';
import { getLocation, setLocation } from './location.js';
import { invokeCommand } from './invoke-command.js';

export const engineCmdlets: CmdletDefinition[] = [
  writeOutput, getCommand, getHelp, getHistory, invokeHistory, addHistory, clearHistory, exportHistory, invokeExpression,
  getVariable, setVariable, newVariable, removeVariable, clearVariable, getAlias, setLocation, getLocation, invokeCommand,
  ...transcriptCmdlets,
];
