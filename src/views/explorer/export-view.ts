/**
 * `e` in the explorer: write the current view (filtered, sorted, shown
 * columns) to a file, as JSON when the name ends in `.json`, else as CSV the
 * way Export-Csv writes it in pwsh 7 (every field quoted, UTF-8, no BOM).
 */
import { writeFile } from 'node:fs/promises';
import type { ExplorerState } from './explorer-state.js';

function csvField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function viewToCsv(state: ExplorerState): string {
  const lines = [state.shown.map((c) => csvField(state.columns[c].label)).join(',')];
  for (const id of state.view) lines.push(state.shown.map((c) => csvField(state.rows[id].cells[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON keeps numbers and booleans as such; anything else is the cell's text. */
export function viewToJson(state: ExplorerState): string {
  const records = state.view.map((id) => {
    const row = state.rows[id];
    const record: Record<string, unknown> = {};
    for (const c of state.shown) {
      const value = state.columns[c].value(row.obj);
      record[state.columns[c].label] = typeof value === 'number' || typeof value === 'boolean' ? value : value === null || value === undefined ? null : row.cells[c];
    }
    return record;
  });
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** Writes the file and returns the line the footer shows. */
export async function exportView(state: ExplorerState, path: string): Promise<string> {
  const json = path.toLowerCase().endsWith('.json');
  try {
    await writeFile(path, json ? viewToJson(state) : viewToCsv(state), 'utf8');
    return `Exported ${state.view.length.toLocaleString('en-US')} rows to ${path}`;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return `Export failed: ${err.code === 'ENOENT' ? `Could not find a part of the path '${path}'.` : err.message}`;
  }
}
