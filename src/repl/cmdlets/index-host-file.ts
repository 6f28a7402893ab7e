/**
 * The host-output, input, object, date and file-system cmdlets
 * (Microsoft.PowerShell.Utility / Management / Security), as one group for the engine.
 */
import type { CmdletDefinition } from './types.js';
import './file-system/item-views.js';
import { writeHost } from './write-host.js';
import { writeError } from './write-error.js';
import { writeDebug, writeVerbose, writeWarning } from './write-message.js';
import { writeInformation } from './write-information.js';
import { writeProgress } from './write-progress.js';
import { readHost } from './read-host.js';
import { getCredential } from './get-credential.js';
import { convertToSecureString } from './convertto-securestring.js';
import { convertFromSecureString } from './convertfrom-securestring.js';
import { newObject } from './new-object.js';
import { newGuid } from './new-guid.js';
import { getRandom } from './get-random.js';
import { startSleep } from './start-sleep.js';
import { getDate } from './get-date.js';
import { newTimeSpan } from './new-timespan.js';
import { clearHost } from './clear-host.js';
import { getContent } from './get-content.js';
import { setContent } from './set-content.js';
import { addContent } from './add-content.js';
import { testPath } from './test-path.js';
import { newItem } from './new-item.js';
import { removeItem } from './remove-item.js';
import { getChildItem } from './get-childitem.js';
import { getItem } from './get-item.js';
import { joinPath } from './join-path.js';
import { splitPath } from './split-path.js';
import { resolvePath } from './resolve-path.js';

export const hostFileCmdlets: CmdletDefinition[] = [
  writeHost, writeError, writeWarning, writeVerbose, writeDebug, writeInformation, writeProgress,
  readHost, getCredential, convertToSecureString, convertFromSecureString,
  newObject, newGuid, getRandom, startSleep, getDate, newTimeSpan, clearHost,
  getContent, setContent, addContent, testPath, newItem, removeItem, getChildItem, getItem,
  joinPath, splitPath, resolvePath,
];
