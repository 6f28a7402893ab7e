/**
 * Tab completion of `-Identity` (and -User, -Trustee, -Member…) for Exchange cmdlets:
 * recipients of the command's connection whose name, alias or address starts with what was
 * typed (the service's -Anr match), fetched on demand through the connection's REST client,
 * at most LIMIT per query, cached briefly so repeated Tabs and longer prefixes of a complete
 * answer cost no request.
 */
import type { CmdletDefinition } from '../../repl/cmdlets/types.js';
import { quoteValue, type ArgumentCompleter, type ArgumentCompletionRequest, type CompletionCandidate } from '../../repl/completion/index.js';
import type { Connection } from '../connections/connection.js';
import type { ConnectionRegistry } from '../connections/registry.js';

const LIMIT = 20;
const TTL_MS = 60_000;
const MAX_CACHED = 100;

interface Recipient {
  identity: string;
  names: string[];
  display: string;
}

interface CacheEntry {
  at: number;
  recipients: Recipient[];
}

/** Parameters that name another recipient whatever the command: the trustee of a permission, a group member. */
const RECIPIENT_PARAMETERS = new Set(['User', 'Trustee', 'Member', 'Members', 'ForwardingAddress', 'ManagedBy']);

/**
 * Which list holds the identities a parameter takes: -Identity from the command's noun (a
 * prefix does not change what the noun names), -Mailbox a mailbox, the others any recipient.
 */
function listFor(def: CmdletDefinition, parameterName: string): 'Get-EXOMailbox' | 'Get-EXORecipient' | undefined {
  if (parameterName === 'Mailbox') return 'Get-EXOMailbox';
  if (RECIPIENT_PARAMETERS.has(parameterName)) return 'Get-EXORecipient';
  if (parameterName !== 'Identity') return undefined;
  const noun = def.name.slice(def.name.indexOf('-') + 1);
  if (/Mailbox/i.test(noun)) return 'Get-EXOMailbox';
  if (/Recipient|DistributionGroup|UnifiedGroup|MailContact|MailUser|User|Contact/i.test(noun)) return 'Get-EXORecipient';
  return undefined;
}

export function exchangeIdentityCompleter(registry: ConnectionRegistry, o: { now?: () => number } = {}): ArgumentCompleter {
  const now = o.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();

  const connectionFor = (def: CmdletDefinition): Connection | undefined =>
    registry.all().find((c) => c.commands.includes(def)) ?? (/^Get-EXO/i.test(def.name) && def.module === 'ExchangeOnlineManagement' ? registry.inbuilt() : undefined);

  const fresh = (key: string): CacheEntry | undefined => {
    const hit = cache.get(key);
    if (hit && now() - hit.at < TTL_MS) return hit;
    if (hit) cache.delete(key);
    return undefined;
  };

  /** A cached answer for a shorter prefix that was complete (under the limit) already holds every match. */
  const fromShorterPrefix = (scope: string, word: string): Recipient[] | undefined => {
    for (let n = word.length - 1; n >= 0; n--) {
      const hit = fresh(`${scope}|${word.slice(0, n)}`);
      if (hit && hit.recipients.length < LIMIT) return hit.recipients.filter((r) => r.names.some((name) => name.toLowerCase().startsWith(word)));
    }
    return undefined;
  };

  const fetchRecipients = async (connection: Connection, list: string, word: string, signal: AbortSignal): Promise<Recipient[]> => {
    const rows = connection.client.entitySet({ cmdlet: list, resultSize: LIMIT, ...(word ? { anr: word } : {}) }, { signal });
    const out: Recipient[] = [];
    for await (const row of rows) {
      const smtp = text(row['PrimarySmtpAddress']);
      const identity = smtp || text(row['UserPrincipalName']) || text(row['Identity']) || text(row['Name']);
      if (!identity) continue;
      const display = text(row['DisplayName']) || text(row['Name']) || identity;
      out.push({ identity, display, names: [identity, display, text(row['Name']), text(row['Alias']), ...display.split(/\s+/)].filter(Boolean) });
      if (out.length >= LIMIT) break;
    }
    return out;
  };

  return {
    async complete(request: ArgumentCompletionRequest): Promise<CompletionCandidate[] | undefined> {
      const list = listFor(request.command, request.parameterName);
      const connection = list && connectionFor(request.command);
      if (!list || !connection) return undefined;
      const word = request.wordToComplete.toLowerCase();
      const scope = `${connection.settings.connectionId}|${list}`;
      const key = `${scope}|${word}`;
      let recipients = fresh(key)?.recipients ?? fromShorterPrefix(scope, word);
      if (!recipients) {
        recipients = await fetchRecipients(connection, list, request.wordToComplete, request.signal);
        if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
        cache.set(key, { at: now(), recipients });
      }
      return recipients.map((r) => ({ text: quoteValue(r.identity), display: r.identity, kind: 'identity', description: r.display }));
    },
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

