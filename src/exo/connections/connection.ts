import type { CmdletContext, CmdletDefinition } from '../../repl/cmdlets/types.js';
import type { ExoClient } from '../client/exo-client.js';
import type { TokenProvider } from '../auth/token-provider.js';
import type { ProxyTarget } from '../catalog/proxy-cmdlet.js';
import type { CmdletLog } from './cmdlet-log.js';

/** What Get-ConnectionInformation reports besides the live state (exo-protocol.md §4.7). */
export interface ConnectionSettings {
  connectionId: string;
  id: number;
  name: string;
  userPrincipalName: string;
  connectionUri: string;
  azureAdAuthorizationEndpointUri: string;
  certificateAuthentication: boolean;
  moduleName: string;
  modulePrefix: string;
  organization: string;
  delegatedOrganization: string;
  appId: string;
  pageSize: number;
  tenantId: string;
  isEopSession: boolean;
}

/**
 * One live connection: its sign-in, its REST client and the proxy cmdlets
 * registered for it. The service's warnings and in-band errors go to
 * whichever cmdlet is running on it at the time.
 */
export class Connection implements ProxyTarget {
  /** The proxies registered in the shell for this connection (removed on disconnect). */
  readonly commands: CmdletDefinition[] = [];
  tokenExpiry: Date | undefined;
  /** The cmdlet log, with -EnableErrorReporting. */
  log: CmdletLog | undefined;
  private sink: CmdletContext | undefined;
  /** What Disconnect-ExchangeOnline releases besides the cmdlets and tokens (format data, the cmdlet log). */
  private readonly closers: Array<() => void | Promise<void>> = [];

  constructor(
    readonly settings: ConnectionSettings,
    readonly provider: TokenProvider,
    private readonly makeClient: (connection: Connection) => ExoClient,
  ) {}

  private clientInstance: ExoClient | undefined;

  get client(): ExoClient {
    return (this.clientInstance ??= this.makeClient(this));
  }

  onClose(release: () => void | Promise<void>): void {
    this.closers.push(release);
  }

  async close(): Promise<void> {
    for (const release of this.closers.splice(0).reverse()) await release();
  }

  attach(ctx: CmdletContext): () => void {
    const previous = this.sink;
    this.sink = ctx;
    return () => {
      this.sink = previous;
    };
  }

  warn(message: string): void {
    this.sink?.writeWarning(message);
  }

  error(e: Error & { category?: string; fullyQualifiedErrorId?: string }): void {
    this.sink?.writeError(e, { category: e.category, errorId: e.fullyQualifiedErrorId });
  }

  verbose(message: string): void {
    this.sink?.writeVerbose(message);
  }

  /** The token source the client uses: the provider's, remembering the expiry for TokenExpiryTimeUTC/TokenStatus. */
  readonly tokens = {
    getToken: async (o?: { forceRefresh?: boolean; signal?: AbortSignal }) => {
      const t = await this.provider.getToken(o);
      this.tokenExpiry = t.expiresOn;
      return t;
    },
  };
}
