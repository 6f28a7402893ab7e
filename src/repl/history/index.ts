/** Command history: the persistent file shared by shells, the secret filter, the session's own list. */
export { isSensitiveHistoryLine } from './sensitive.js';
export { HistoryFile, defaultHistoryPath, DEFAULT_MAX_HISTORY, type HistoryFileOptions } from './history-file.js';
export { userDataDir } from './data-dir.js';
export { SessionHistory, type HistoryEntry, type ExecutionStatus, type RunningCommand, type CommandStartListener } from './session-history.js';
