/** Add-Content (ac): appends the given values to a file, one line each, creating it if needed. */
import { writeContentCmdlet } from './file-system/write-content.js';

export const addContent = writeContentCmdlet('Add-Content', true, 'Adds content to the specified items, such as adding words to a file.', ['ac']);
