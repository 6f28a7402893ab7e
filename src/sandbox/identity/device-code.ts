import type { Router } from '../http/router.js';
import type { SandboxRequest, SandboxResponse } from '../http/types.js';
import { DEVICE_CODE_INTERVAL_SECONDS, DEVICE_CODE_LIFETIME_SECONDS } from './code-stores.js';
import type { IdentityContext } from './context.js';
import { AADSTS, entraError } from './entra-errors.js';
import { escapeHtml, htmlPage, readForm } from './html.js';
import { signInInteractively } from './sign-in-form.js';
import { checkPublicClient, isSpec, resolveAuthority } from './user-sign-in.js';

/**
 * The device code flow: `/{tenant}/oauth2/v2.0/devicecode` hands out codes;
 * the user approves one at `/devicelogin` by entering it and signing in (or
 * the sandbox approves it at once as the tenant's admin with auto-approve);
 * the token endpoint answers `authorization_pending` until then.
 */
export function mountDeviceCode(router: Router, ctx: IdentityContext): void {
  router.add('POST', '/:tenant/oauth2/v2.0/devicecode', async (req, p) => {
    const form = readForm(req.body);
    const clientId = form.get('client_id');
    if (!clientId) return entraError(req, AADSTS.missingParameter('client_id'));
    const authority = await resolveAuthority(ctx, p.tenant!);
    if (isSpec(authority)) return entraError(req, authority);
    if (authority.kind === 'tenant') {
      const clientError = checkPublicClient(ctx, authority.tenant, clientId);
      if (clientError) return entraError(req, clientError);
    }
    const grant = ctx.deviceCodes.issue({ clientId: clientId.toLowerCase(), scope: form.get('scope') ?? '', authority: p.tenant! });
    if (ctx.autoApprove) {
      const tenant = authority.kind === 'tenant' ? authority.tenant : ctx.provisioner.defaultTenant();
      const admin = tenant ? ctx.directory.findUser(`admin@${tenant.domains[0]}`) : undefined;
      if (admin) grant.approvedUserObjectId = admin.objectId;
    }
    const verificationUri = `${req.origin}/devicelogin`;
    return {
      status: 200,
      headers: { 'cache-control': 'no-store, no-cache' },
      body: {
        user_code: grant.userCode,
        device_code: grant.deviceCode,
        verification_uri: verificationUri,
        expires_in: DEVICE_CODE_LIFETIME_SECONDS,
        interval: DEVICE_CODE_INTERVAL_SECONDS,
        message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${grant.userCode} to authenticate.`,
      },
    };
  });

  router.add('GET', '/devicelogin', (req) => devicePage(req.query.get('otc') ?? ''));
  router.add('POST', '/devicelogin', (req) => approve(ctx, req));
}

function devicePage(code: string, error?: string, status = 200): SandboxResponse {
  return htmlPage(
    'Enter code',
    `<p>Enter the code displayed on your app or device, then sign in.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/devicelogin">
<label>Code <input name="otc" value="${escapeHtml(code)}" autocomplete="off" required></label>
<label>Email or phone <input name="login" type="email" required></label>
<label>Password <input name="passwd" type="password" required></label>
<button type="submit">Sign in</button>
</form>`,
    status,
  );
}

async function approve(ctx: IdentityContext, req: SandboxRequest): Promise<SandboxResponse> {
  const form = readForm(req.body);
  const code = form.get('otc') ?? '';
  const grant = ctx.deviceCodes.byUserCode(code);
  if (!grant || grant.approvedUserObjectId) {
    return devicePage(code, "That code didn't work. Check the code and try again.", 400);
  }
  const authority = await resolveAuthority(ctx, grant.authority);
  if (isSpec(authority)) return devicePage(code, `AADSTS${authority.code}: ${authority.message}`, 400);
  const user = await signInInteractively(ctx, authority, form.get('login') ?? '', form.get('passwd') ?? '', grant.clientId);
  if (isSpec(user)) return devicePage(code, `AADSTS${user.code}: ${user.message}`, 400);
  grant.approvedUserObjectId = user.objectId;
  return htmlPage(
    'You are signed in',
    `<p>You have signed in to the Microsoft Exchange REST API Based Powershell application on your device as ${escapeHtml(user.userPrincipalName)}. You may now close this window.</p>`,
  );
}
