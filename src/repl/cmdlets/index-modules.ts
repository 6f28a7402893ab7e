import type { CmdletDefinition } from './types.js';
import { importModule } from './modules/import-module.js';
import { getModule } from './modules/get-module.js';
import { getInstalledModule } from './modules/get-installed-module.js';
import { installModule, updateModule } from './modules/install-module.js';
import { setExecutionPolicy, getExecutionPolicy } from './modules/execution-policy.js';

export const moduleCmdlets: CmdletDefinition[] = [importModule, getModule, getInstalledModule, installModule, updateModule, setExecutionPolicy, getExecutionPolicy];
