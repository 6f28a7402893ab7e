/**
 * Connect-ExchangeOnline: signs in, creates the connection, prints the
 * service's banner, learns the caller's cmdlets from the module file and
 * registers them (with -Prefix in their nouns), as exo-protocol.md §4.2 lays out.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BoundParameters, CmdletContext, CmdletDefinition, ParameterDefinition } from '../../repl/cmdlets/types.js';
import { engineOf } from '../../repl/engine/cmdlets/engine-access.js';
import { configDir } from '../auth/config-dir.js';
import { EXO_POWERSHELL_CLIENT_ID, exchangeEnvironmentNames } from '../auth/environments.js';
import { SignInError } from '../auth/sign-in-error.js';
import { signIn, type AuthEnvironment, type SignInOptions } from '../auth/token-provider.js';
import { DEFAULT_MODULE_VERSION, ExoClient } from '../client/exo-client.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { proxyCmdlet } from '../catalog/proxy-cmdlet.js';
import { downloadHelp, type HelpRequest } from '../catalog/help-file.js';
import { Connection } from '../connections/connection.js';
import { ConnectParameterError, connectTarget, signInRequest, validatePrefix } from '../connections/connect-request.js';
import type { ConnectionRegistry } from '../connections/registry.js';
import type { ExoShellOptions } from '../connections/shell-options.js';
import { openInBrowser } from './open-browser.js';
import { loadExchangeViews } from './exchange-views.js';
import { CmdletLog, measure, type LogLevel } from '../connections/cmdlet-log.js';
import { loggedCmdlet } from '../connections/logged-cmdlet.js';

const s = (name: string, position?: number, extra: Partial<ParameterDefinition> = {}): ParameterDefinition => ({ name, type: 'string', ...(position !== undefined ? { position } : {}), ...extra });
const sw = (name: string): ParameterDefinition => ({ name, type: 'switch' });

const PARAMETERS: ParameterDefinition[] = [
  s('ConnectionUri', 0),
  s('AzureADAuthorizationEndpointUri', 1),
  s('ExchangeEnvironmentName', 2, { validateSet: [...exchangeEnvironmentNames] }),
  { name: 'PSSessionOption', type: 'object', position: 3 },
  s('DelegatedOrganization', 4),
  s('Prefix', 5),
  { name: 'CommandName', type: 'string[]', position: 6 },
  { name: 'FormatTypeName', type: 'string[]', position: 7 },
  { name: 'AccessToken', type: 'object' },
  s('AppId'),
  sw('BypassMailboxAnchoring'),
  { name: 'Certificate', type: 'object' },
  s('CertificateFilePath'),
  { name: 'CertificatePassword', type: 'securestring' },
  s('CertificateThumbprint'),
  { name: 'Credential', type: 'pscredential' },
  sw('Device'),
  sw('DisableWAM'),
  sw('EnableErrorReporting'),
  s('EXOModuleBasePath'),
  sw('InlineCredential'),
  sw('LoadCmdletHelp'),
  s('LogDirectoryPath'),
  s('LogLevel', undefined, { validateSet: ['Default', 'All'] }),
  sw('ManagedIdentity'),
  s('ManagedIdentityAccountId'),
  s('Organization'),
  { name: 'PageSize', type: 'long' },
  sw('ShowBanner'),
  { name: 'ShowProgress', type: 'bool' },
  { name: 'SigningCertificate', type: 'object' },
  sw('SkipLoadingCmdletHelp'),
  sw('SkipLoadingFormatData'),
  { name: 'TrackPerformance', type: 'bool' },
  { name: 'UseMultithreading', type: 'bool' },
  s('UserPrincipalName'),
  sw('UseRPSSession'),
];

function pageSizeOf(p: BoundParameters): number {
  if (p['PageSize'] === undefined) return 1000;
  const n = Number(p['PageSize']);
  if (n < 1) throw new ConnectParameterError(`Cannot validate argument on parameter 'PageSize'. The ${n} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`);
  if (n > 1000) throw new ConnectParameterError(`Cannot validate argument on parameter 'PageSize'. The ${n} argument is greater than the maximum allowed range of 1000. Supply an argument that is less than or equal to 1000 and then try the command again.`);
  return n;
}

/** Mirrors the module's temp folder name, tmpEXO_<8>.<3>, under -EXOModuleBasePath or the temp folder. */
function moduleName(p: BoundParameters): string {
  const r = (n: number) => randomBytes(n).toString('hex').slice(0, n).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);
  return join(p['EXOModuleBasePath'] ? String(p['EXOModuleBasePath']) : tmpdir(), `tmpEXO_${r(8)}.${r(3)}`);
}

/**
 * With -UserPrincipalName and the generic `organizations` authority, an
 * interactive sign-in goes to the tenant of the UPN's domain (Entra resolves
 * a verified domain to its tenant). That is where the account lives (a
 * partner admin's own tenant with -DelegatedOrganization), and it lets a
 * device code approved elsewhere land in the right tenant.
 */
function signInTenant(tenant: string, request: SignInOptions): string {
  if (request.method !== 'interactive' || !request.userPrincipalName) return tenant;
  const domain = request.userPrincipalName.split('@')[1];
  return domain && /^(organizations|common)$/i.test(tenant) ? domain : tenant;
}

async function inlineCredential(ctx: CmdletContext): Promise<{ userName: string; password: string }> {
  const userName = await ctx.host.readLine('User: ');
  const password = await ctx.host.readLine('Password for user ' + userName + ': ', { secure: true });
  return { userName, password };
}

/** -LoadCmdletHelp: the service's help for Get-Help; without it, Get-Help shows the syntax only, as the module warns. */
async function cmdletHelp(ctx: CmdletContext, fileNames: string[], request: Omit<HelpRequest, 'fileNames' | 'signal'>): Promise<Map<string, string> | undefined> {
  const unavailable = 'Get-help cmdlet might not work. Please reconnect if you want to access that functionality.';
  if (!fileNames.length) {
    ctx.writeWarning(unavailable);
    return undefined;
  }
  try {
    return await downloadHelp({ ...request, fileNames, signal: ctx.signal });
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    ctx.writeVerbose(`Failed to download the cmdlet help: ${(e as Error).message}`);
    ctx.writeWarning(unavailable);
    return undefined;
  }
}

/** Opens the cmdlet log in -LogDirectoryPath (or the module's default folder) and says where, as the module does. */
function openLog(ctx: CmdletContext, connectionId: string, p: BoundParameters): CmdletLog {
  const log = new CmdletLog(connectionId, {
    ...(p['LogDirectoryPath'] ? { directory: String(p['LogDirectoryPath']) } : {}),
    ...(p['LogLevel'] ? { level: String(p['LogLevel']) as LogLevel } : {}),
    trackPerformance: p['TrackPerformance'] === true,
  });
  ctx.host.writeHost(`Writing cmdlet logs to ${log.path}`);
  return log;
}

export function connectExchangeOnline(registry: ConnectionRegistry, options: ExoShellOptions): CmdletDefinition {
  return {
    name: 'Connect-ExchangeOnline',
    synopsis: 'Connects to Exchange Online with modern authentication and loads the cmdlets your role allows.',
    parameters: PARAMETERS,
    module: 'ExchangeOnlineManagement',
    create(ctx) {
      const fail = (e: unknown): never => {
        if (e instanceof ConnectParameterError) ctx.fail(e, { category: 'InvalidArgument', errorId: 'System.ArgumentException,Connect-ExchangeOnline', exceptionType: 'System.ArgumentException', scriptTerminating: true });
        if (e instanceof SignInError) ctx.fail(e, { category: 'AuthenticationError', errorId: 'Microsoft.Identity.Client.MsalException,Connect-ExchangeOnline', exceptionType: 'Microsoft.Identity.Client.MsalException', scriptTerminating: true });
        if (ctx.signal.aborted) throw e;
        return ctx.fail(e, { category: 'NotSpecified', errorId: `${(e as Error).name || 'Exception'},Connect-ExchangeOnline`, scriptTerminating: true });
      };
      return {
        async *process(p: BoundParameters) {
          const version = options.moduleVersion ?? DEFAULT_MODULE_VERSION;
          const root = options.configDir ?? configDir(options.processEnv);
          let target, prefix: string, pageSize: number, request;
          try {
            target = connectTarget(p, options.defaults ?? {});
            prefix = validatePrefix(p['Prefix']);
            pageSize = pageSizeOf(p);
            request = signInRequest(p, p['InlineCredential'] === true ? await inlineCredential(ctx) : undefined);
          } catch (e) {
            return fail(e);
          }
          const connectionId = randomUUID();
          const started = new Date();
          const measured = measure();
          // -EnableErrorReporting: the module's cmdlet log, from this call on (its own failure included).
          const log = p['EnableErrorReporting'] === true ? openLog(ctx, connectionId, p) : undefined;
          const logConnect = (errors: string[]) => log?.write({ cmdlet: 'Connect-ExchangeOnline', parameters: { ...p }, start: started, end: new Date(), resultCount: 0, errors, warnings: [], ...measured() });
          const failLogged = (e: unknown): never => {
            logConnect([(e as Error).message ?? String(e)]);
            return fail(e);
          };
          const env: AuthEnvironment = {
            authorityHost: target.authorityHost,
            resource: target.baseUri,
            clientId: p['AppId'] && request.method !== 'certificate' ? String(p['AppId']) : EXO_POWERSHELL_CLIENT_ID,
            tenant: signInTenant(target.authorityTenant, request),
            cacheDir: join(root, 'tokens'),
            prompts: {
              deviceCode: (m) => ctx.host.writeHost(m),
              openBrowser: options.openBrowser ?? openInBrowser,
              canOpenBrowser: () => ctx.host.interactive,
              warn: (m) => ctx.writeWarning(m),
            },
            ...(options.processEnv ? { processEnv: options.processEnv } : {}),
          };
          let provider;
          try {
            provider = await signIn(request, env, ctx.signal);
          } catch (e) {
            return failLogged(e);
          }
          const account = provider.account;
          const appOnly = request.method === 'certificate' || request.method === 'managed-identity' || (request.method === 'access-token' && !account.userPrincipalName);
          const organization = p['Organization'] ? String(p['Organization']) : '';
          const delegated = p['DelegatedOrganization'] ? String(p['DelegatedOrganization']) : '';
          const id = registry.nextId();
          const connection = new Connection(
            {
              connectionId,
              id,
              name: `ExchangeOnline_${id}`,
              userPrincipalName: account.userPrincipalName ?? (appOnly ? `OAuthUser@${organization || delegated}` : ''),
              connectionUri: target.connectionUri,
              azureAdAuthorizationEndpointUri: target.authorizationEndpointUri,
              certificateAuthentication: request.method === 'certificate',
              moduleName: moduleName(p),
              modulePrefix: prefix,
              organization,
              delegatedOrganization: delegated,
              appId: request.method === 'certificate' ? String(p['AppId']) : p['AppId'] ? String(p['AppId']) : '',
              pageSize,
              tenantId: account.tenantId,
              isEopSession: false,
            },
            provider,
            (c) =>
              new ExoClient({
                baseUri: target.baseUri,
                tenant: delegated || account.tenantId,
                tokens: c.tokens,
                pageSize,
                // -UseMultithreading $false: no page is fetched ahead, as the module then runs Get-EXO* single-threaded.
                prefetch: p['UseMultithreading'] !== false,
                ...(!appOnly && account.userPrincipalName && p['BypassMailboxAnchoring'] !== true ? { anchorMailbox: account.userPrincipalName } : {}),
                connectionId: c.settings.connectionId,
                moduleVersion: version,
                ...(options.fetch ? { fetch: options.fetch } : {}),
                ...(options.retry ? { retry: options.retry } : {}),
                onWarning: (m) => c.warn(m),
                onError: (e) => c.error(e),
                onRetry: (r) => c.verbose(`Retrying after ${Math.round(r.delayMs / 1000)}s (attempt ${r.attempt}): ${r.reason}`),
              }),
          );
          const detach = connection.attach(ctx);
          try {
            await connection.tokens.getToken({ signal: ctx.signal });
            if (p['ShowBanner'] !== false) {
              const banner = await connection.client.banner({ signal: ctx.signal });
              if (banner) ctx.host.writeHost(banner, { foreground: 'Yellow' });
              else ctx.writeVerbose('Failed to fetch banner content from server.');
            }
            const commandName = p['CommandName'] ? (p['CommandName'] as string[]).join(',') : '*';
            const loaded = await loadCatalog(connection.client, { tenant: account.tenantId, moduleVersion: version, cacheDir: join(root, 'catalog'), commandName, signal: ctx.signal, verbose: (m) => ctx.writeVerbose(m) });
            if (loaded.missing.length) ctx.writeVerbose(`No parameter metadata for: ${loaded.missing.join(', ')}`);
            const help = p['LoadCmdletHelp'] === true ? await cmdletHelp(ctx, loaded.helpFileNames, { baseUri: target.baseUri, tenant: delegated || account.tenantId, connectionId, moduleVersion: version, ...(!appOnly && account.userPrincipalName ? { anchorMailbox: account.userPrincipalName } : {}), tokens: connection.tokens, ...(options.fetch ? { fetch: options.fetch } : {}) }) : undefined;
            const engine = engineOf(ctx);
            for (const [name, meta] of Object.entries(loaded.catalog)) {
              const proxy = proxyCmdlet(name, meta, connection, { ...(prefix ? { prefix } : {}), module: basename(connection.settings.moduleName) });
              const synopsis = help?.get(name.toLowerCase());
              const def = loggedCmdlet(synopsis ? { ...proxy, synopsis } : proxy, () => connection.log);
              engine.registerCmdlet(def);
              connection.commands.push(def);
            }
          } catch (e) {
            // As the module does, a failed connect leaves no half-made connection behind.
            const engine = engineOf(ctx);
            for (const def of connection.commands) engine.unregisterCmdlet(def.name, def);
            return failLogged(e);
          } finally {
            detach();
          }
          registry.add(connection);
          if (log) connection.log = log;
          // The module's format data, unless -SkipLoadingFormatData: Exchange output then stays unformatted.
          if (p['SkipLoadingFormatData'] !== true) connection.onClose(loadExchangeViews());
          logConnect([]);
        },
      };
    },
  };
}
