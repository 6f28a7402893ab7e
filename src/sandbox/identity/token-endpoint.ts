import { createHash } from 'node:crypto';
import type { Router } from '../http/router.js';
import type { SandboxRequest, SandboxResponse } from '../http/types.js';
import { clientCredentialsGrant } from './client-credentials.js';
import type { IdentityContext } from './context.js';
import { AADSTS, entraError } from './entra-errors.js';
import { readForm } from './html.js';
import { parseScopes } from './scopes.js';
import { findSignInUser, isSpec, issueUserTokens, resolveAuthority } from './user-sign-in.js';

/** `POST /{tenant}/oauth2/v2.0/token` with every grant the sandbox supports. */
export function mountTokenEndpoint(router: Router, ctx: IdentityContext): void {
  const handler = async (req: SandboxRequest, p: Record<string, string>): Promise<SandboxResponse> => {
    const form = readForm(req.body);
    const grant = form.get('grant_type');
    const segment = p.tenant!;
    switch (grant) {
      case 'password':
        return passwordGrant(ctx, req, form, segment);
      case 'refresh_token':
        return refreshGrant(ctx, req, form, segment);
      case 'authorization_code':
        return authorizationCodeGrant(ctx, req, form, segment);
      case 'device_code':
      case 'urn:ietf:params:oauth:grant-type:device_code':
        return deviceCodeGrant(ctx, req, form);
      case 'client_credentials':
        return clientCredentialsGrant(ctx, req, form, segment);
      case null:
        return entraError(req, AADSTS.missingParameter('grant_type'));
      default:
        return entraError(req, AADSTS.unsupportedGrant(grant));
    }
  };
  router.add('POST', '/:tenant/oauth2/v2.0/token', handler);
}

function required(form: URLSearchParams, ...names: string[]): string | undefined {
  return names.find((n) => !form.get(n));
}

async function passwordGrant(ctx: IdentityContext, req: SandboxRequest, form: URLSearchParams, segment: string): Promise<SandboxResponse> {
  const missing = required(form, 'client_id', 'username', 'password');
  if (missing) return entraError(req, AADSTS.missingParameter(missing));
  const authority = await resolveAuthority(ctx, segment);
  if (isSpec(authority)) return entraError(req, authority);
  if (authority.kind === 'multi' && authority.segment !== 'organizations') return entraError(req, AADSTS.commonNotAllowed());
  const user = await findSignInUser(ctx, authority, form.get('username')!);
  if (isSpec(user)) return entraError(req, user);
  if (!ctx.directory.checkPassword(user, form.get('password')!)) return entraError(req, AADSTS.badPassword());
  // ROPC cannot satisfy a second factor.
  if (user.mfa) return entraError(req, AADSTS.mfaRequired());
  return issueUserTokens(ctx, req, { authority, user, clientId: form.get('client_id')!, scopes: parseScopes(form.get('scope')), amr: ['pwd'] });
}

async function refreshGrant(ctx: IdentityContext, req: SandboxRequest, form: URLSearchParams, segment: string): Promise<SandboxResponse> {
  const missing = required(form, 'client_id', 'refresh_token');
  if (missing) return entraError(req, AADSTS.missingParameter(missing));
  const authority = await resolveAuthority(ctx, segment);
  if (isSpec(authority)) return entraError(req, authority);
  const rt = await ctx.issuer.readRefreshToken(form.get('refresh_token')!);
  const user = rt ? ctx.directory.findUserById(rt.userObjectId) : undefined;
  if (!rt || !user || rt.clientId !== form.get('client_id')!.toLowerCase()) return entraError(req, AADSTS.badRefreshToken());
  return issueUserTokens(ctx, req, {
    authority,
    user,
    clientId: rt.clientId,
    scopes: parseScopes(form.get('scope')),
    amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
  });
}

async function authorizationCodeGrant(ctx: IdentityContext, req: SandboxRequest, form: URLSearchParams, segment: string): Promise<SandboxResponse> {
  const missing = required(form, 'client_id', 'code', 'redirect_uri');
  if (missing) return entraError(req, AADSTS.missingParameter(missing));
  const grant = ctx.authCodes.redeem(form.get('code')!);
  if (!grant || grant.clientId !== form.get('client_id')!.toLowerCase() || grant.authority.toLowerCase() !== segment.toLowerCase()) {
    return entraError(req, AADSTS.badAuthCode());
  }
  if (grant.redirectUri !== form.get('redirect_uri')) return entraError(req, AADSTS.redirectMismatch(form.get('redirect_uri')!, grant.clientId));
  if (grant.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (!verifier) return entraError(req, AADSTS.missingParameter('code_verifier'));
    const computed = grant.codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
    if (computed !== grant.codeChallenge) return entraError(req, AADSTS.badCodeVerifier());
  }
  const authority = await resolveAuthority(ctx, segment);
  if (isSpec(authority)) return entraError(req, authority);
  const user = ctx.directory.findUserById(grant.userObjectId);
  if (!user) return entraError(req, AADSTS.badAuthCode());
  return issueUserTokens(ctx, req, {
    authority,
    user,
    clientId: grant.clientId,
    scopes: parseScopes(form.get('scope') ?? grant.scope),
    amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
    ...(grant.nonce ? { nonce: grant.nonce } : {}),
  });
}

async function deviceCodeGrant(ctx: IdentityContext, req: SandboxRequest, form: URLSearchParams): Promise<SandboxResponse> {
  const code = form.get('device_code');
  if (!code) return entraError(req, AADSTS.missingParameter('device_code'));
  const grant = ctx.deviceCodes.byDeviceCode(code);
  if (!grant || grant.clientId !== (form.get('client_id') ?? '').toLowerCase()) return entraError(req, AADSTS.badDeviceCode());
  if (grant.expiresAt <= Date.now()) {
    ctx.deviceCodes.consume(grant);
    return entraError(req, AADSTS.deviceCodeExpired());
  }
  if (!grant.approvedUserObjectId) return entraError(req, AADSTS.authorizationPending());
  ctx.deviceCodes.consume(grant);
  const user = ctx.directory.findUserById(grant.approvedUserObjectId);
  const authority = await resolveAuthority(ctx, grant.authority);
  if (!user || isSpec(authority)) return entraError(req, AADSTS.badDeviceCode());
  return issueUserTokens(ctx, req, {
    authority,
    user,
    clientId: grant.clientId,
    scopes: parseScopes(form.get('scope') ?? grant.scope),
    amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
  });
}
