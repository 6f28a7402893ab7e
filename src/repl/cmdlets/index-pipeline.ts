/** The core pipeline cmdlets, for the engine's command table. */
import type { CmdletDefinition } from './types.js';
import { whereObject } from './where-object.js';
import { foreachObject } from './foreach-object.js';
import { selectObject } from './select-object.js';
import { sortObject } from './sort-object.js';
import { groupObject } from './group-object.js';
import { measureObject } from './measure-object.js';
import { teeObject } from './tee-object.js';
import { getMember } from './get-member.js';
import { exportCsv } from './export-csv.js';
import { importCsv } from './import-csv.js';
import { convertToCsv } from './convertto-csv.js';
import { convertFromCsv } from './convertfrom-csv.js';
import { convertToJson } from './convertto-json.js';
import { convertFromJson } from './convertfrom-json.js';

export const pipelineCmdlets: CmdletDefinition[] = [
  whereObject, foreachObject, selectObject, sortObject, groupObject, measureObject, teeObject, getMember,
  exportCsv, importCsv, convertToCsv, convertFromCsv, convertToJson, convertFromJson,
];
