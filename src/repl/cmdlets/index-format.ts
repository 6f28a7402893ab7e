/**
 * The formatting and output cmdlets, for the engine's command table.
 */
import type { CmdletDefinition } from './types.js';
import { formatList } from './format-list.js';
import { formatTable } from './format-table.js';
import { formatWide } from './format-wide.js';
import { outConsoleGridView } from './out-console-grid-view.js';
import { outDefault } from './out-default.js';
import { outFile } from './out-file.js';
import { outGridView } from './out-grid-view.js';
import { outHost } from './out-host.js';
import { outNull } from './out-null.js';
import { outString } from './out-string.js';

export const formatCmdlets: CmdletDefinition[] = [
  formatTable, formatList, formatWide, outString, outHost, outDefault, outNull, outFile, outConsoleGridView, outGridView,
];
