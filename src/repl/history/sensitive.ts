/**
 * Which command lines must never reach the history file or a transcript: PSReadLine's
 * default rule (`password|asplaintext|token|apikey|secret`) widened with the Exchange
 * admin's usual secret carriers (issue 5). Like PSReadLine, retrieving a secret from a
 * vault (`Get-Secret`) is not itself a secret.
 */
const SENSITIVE = /password|asplaintext|token|apikey|secret|convertto-securestring|clientsecret/i;

/** SecretManagement cmdlets whose names contain "secret" but whose use reveals nothing. */
const VAULT_COMMANDS = /\b(?:get|set|remove|test|unlock|unregister|register|reset)-secret(?:info|vault|store|storeconfiguration|storepassword)?\b/gi;

export function isSensitiveHistoryLine(line: string): boolean {
  return SENSITIVE.test(line.replace(VAULT_COMMANDS, ''));
}
