/** Set-Content: replaces a file's content with the given values, one line each. */
import { writeContentCmdlet } from './file-system/write-content.js';

export const setContent = writeContentCmdlet('Set-Content', false, 'Writes new content or replaces existing content in a file.', []);
