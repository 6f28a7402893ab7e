import type { Router } from '../http/router.js';
import type { SandboxResponse } from '../http/types.js';
import type { IdentityContext } from './context.js';
import { AADSTS, type EntraErrorSpec } from './entra-errors.js';
import { escapeHtml, hiddenInputs, htmlPage, readForm } from './html.js';
import { signInInteractively } from './sign-in-form.js';
import { checkPublicClient, isSpec, resolveAuthority } from './user-sign-in.js';

/** The authorize parameters carried from the sign-in page to its POST. */
const CARRIED = ['client_id', 'response_type', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method', 'response_mode', 'nonce', 'login_hint', 'prompt'];

/**
 * `/{tenant}/oauth2/v2.0/authorize`: the authorization code flow with PKCE
 * to a loopback redirect. GET shows a sign-in page; its POST checks the
 * credentials and returns the code as msal-node expects (form_post by
 * default in msal-node 7, or query).
 */
export function mountAuthorize(router: Router, ctx: IdentityContext): void {
  router.add('GET', '/:tenant/oauth2/v2.0/authorize', async (req, p) => {
    const params = Object.fromEntries(CARRIED.map((k) => [k, req.query.get(k) ?? '']));
    const problem = await validate(ctx, p.tenant!, params);
    if (problem) return errorPage(problem);
    return signInPage(req.path, params);
  });

  router.add('POST', '/:tenant/oauth2/v2.0/authorize', async (req, p) => {
    const form = readForm(req.body);
    const params = Object.fromEntries(CARRIED.map((k) => [k, form.get(k) ?? '']));
    const problem = await validate(ctx, p.tenant!, params);
    if (problem) return errorPage(problem);
    const authority = await resolveAuthority(ctx, p.tenant!);
    if (isSpec(authority)) return errorPage(authority);
    const user = await signInInteractively(ctx, authority, form.get('login') ?? '', form.get('passwd') ?? '', params.client_id!);
    if (isSpec(user)) return signInPage(req.path, params, `AADSTS${user.code}: ${user.message}`);
    const code = ctx.authCodes.issue({
      clientId: params.client_id!.toLowerCase(),
      redirectUri: params.redirect_uri!,
      ...(params.code_challenge ? { codeChallenge: params.code_challenge, codeChallengeMethod: params.code_challenge_method || 'plain' } : {}),
      scope: params.scope!,
      userObjectId: user.objectId,
      authority: p.tenant!,
      ...(params.nonce ? { nonce: params.nonce } : {}),
    });
    const clientInfo = Buffer.from(JSON.stringify({ uid: user.objectId, utid: user.tenantId })).toString('base64url');
    return deliverCode(params, { code, client_info: clientInfo, ...(params.state ? { state: params.state } : {}) });
  });
}

async function validate(ctx: IdentityContext, segment: string, params: Record<string, string>): Promise<EntraErrorSpec | undefined> {
  if (!params.client_id) return AADSTS.missingParameter('client_id');
  if (!params.redirect_uri) return AADSTS.missingParameter('redirect_uri');
  if (params.response_type !== 'code') {
    return { error: 'unsupported_response_type', code: 900144, message: "The request body must contain the following parameter: 'response_type' with the value 'code'." };
  }
  if (!isAllowedRedirect(params.redirect_uri)) return AADSTS.redirectMismatch(params.redirect_uri, params.client_id);
  if (params.code_challenge && params.code_challenge_method && !['S256', 'plain'].includes(params.code_challenge_method)) {
    return { error: 'invalid_request', code: 5000, message: `The code_challenge_method '${params.code_challenge_method}' is not supported.` };
  }
  const authority = await resolveAuthority(ctx, segment);
  if (isSpec(authority)) return authority;
  return authority.kind === 'tenant' ? checkPublicClient(ctx, authority.tenant, params.client_id) : undefined;
}

/** Public clients redirect to a loopback address on any port, as Entra allows for `http://localhost`. */
function isAllowedRedirect(uri: string): boolean {
  try {
    const u = new URL(uri);
    return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

function signInPage(action: string, params: Record<string, string>, error?: string): SandboxResponse {
  return htmlPage(
    'Sign in',
    `<p>Sign in to Microsoft Exchange REST API Based Powershell.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
${hiddenInputs(params)}
<label>Email or phone <input name="login" type="email" value="${escapeHtml(params.login_hint ?? '')}" required></label>
<label>Password <input name="passwd" type="password" required></label>
<button type="submit">Sign in</button>
</form>`,
    error ? 400 : 200,
  );
}

function errorPage(e: EntraErrorSpec): SandboxResponse {
  return htmlPage('Sign in', `<p class="error" role="alert">AADSTS${e.code}: ${escapeHtml(e.message)}</p>`, 400);
}

/** form_post: a page whose form posts the code to the redirect URI; query: a 302 carrying it. */
function deliverCode(params: Record<string, string>, fields: Record<string, string>): SandboxResponse {
  if (params.response_mode === 'query') {
    const target = new URL(params.redirect_uri!);
    for (const [k, v] of Object.entries(fields)) target.searchParams.set(k, v);
    return { status: 302, headers: { location: target.toString(), 'cache-control': 'no-store' } };
  }
  return htmlPage(
    'Working...',
    `<form method="post" name="hiddenform" action="${escapeHtml(params.redirect_uri!)}">
${hiddenInputs(fields)}
<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript>
</form>
<script>document.forms.hiddenform.submit();</script>`,
  );
}
