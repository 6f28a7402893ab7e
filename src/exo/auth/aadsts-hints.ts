import { SignInError, redact } from './sign-in-error.js';

/** What MSAL's AuthError/ServerError carry; read structurally so this module does not depend on msal's classes. */
interface MsalLikeError {
  errorCode?: string;
  errorMessage?: string;
  subError?: string;
  errorNo?: string | number;
  message?: string;
  code?: string;
}

export interface HintContext {
  /** The tenant or domain signed in to, for messages such as "App ID not found in tenant X". */
  tenant?: string;
  appId?: string;
  /** Signing in with -Credential, where MFA cannot be satisfied. */
  password?: boolean;
  /** A -DelegatedOrganization sign-in, where "user not in tenant" means no partner relationship. */
  delegatedOrganization?: string;
  /** Values that must never appear in any message. */
  secrets?: ReadonlyArray<string | undefined>;
}

/** The AADSTS number: errorNo when the server sent error_codes, else the first AADSTSnnnn in the description. */
export function aadstsNumber(e: MsalLikeError): string | undefined {
  if (e.errorNo !== undefined && e.errorNo !== '') return String(e.errorNo);
  return /AADSTS(\d+)/.exec(e.errorMessage ?? e.message ?? '')?.[1];
}

/** The hint table of auth-and-style.md §1.8, keyed by AADSTS number. */
function hintFor(code: string | undefined, e: MsalLikeError, ctx: HintContext): string | undefined {
  const tenant = ctx.tenant ?? 'the tenant';
  switch (code) {
    case '50076':
    case '50079':
    case '50072':
    case '50074':
      return ctx.password
        ? 'This account requires multi-factor authentication, which -Credential cannot satisfy. Sign in interactively (Connect-ExchangeOnline -UserPrincipalName <upn>) or with -Device instead.'
        : 'This account requires multi-factor authentication. Sign in interactively or with -Device to complete it.';
    case '53003':
      return 'Conditional Access blocked this sign-in. Try interactive sign-in from a compliant device, or ask your administrator.';
    case '50126':
      return 'The user name or password is incorrect.';
    case '50053':
      return 'The account is locked after too many failed sign-ins. Wait, or have an administrator unlock it in Entra ID.';
    case '50055':
    case '50144':
      return 'The password has expired. Change it (for example at https://aka.ms/sspr) and sign in again.';
    case '50057':
      return 'The account is disabled in Entra ID. An administrator must enable it.';
    case '7000215':
    case '7000222':
      return 'The client secret is wrong or has expired. Create a new one, or use a certificate.';
    case '700027':
      return `The certificate is not registered on app ${ctx.appId ?? '(AppId)'}, or its private key does not match. Upload the certificate's public key to the app registration, or pass the right certificate.`;
    case '700025':
    case '7000218':
      return "The app registration's 'Allow public client flows' setting does not match this sign-in method.";
    case '700016':
      return `${ctx.appId ? `App ID ${ctx.appId}` : 'The app'} was not found in ${tenant}. Check -AppId and -Organization (wrong tenant?).`;
    case '65001':
      return 'Admin consent for the Exchange Online permissions is missing. An administrator must grant it to the app.';
    case '50020':
    case '50034':
      return ctx.delegatedOrganization
        ? `Your account has no delegated admin access to ${ctx.delegatedOrganization}. The customer must approve a partner relationship (GDAP) that includes an Exchange role.`
        : `The account is not a member or guest of ${tenant}.`;
    case '90002':
      return `Tenant ${tenant} was not found. Check -Organization, or the cloud (-ExchangeEnvironmentName).`;
    case '70008':
    case '700082':
    case '70043':
    case '50173':
      return 'Your sign-in session has expired. Run Connect-ExchangeOnline again.';
    case '9001023':
      return "This sign-in method is not allowed on the /common endpoint; use 'organizations' or the tenant.";
    case '90099':
      return `The application is not authorized in ${ctx.delegatedOrganization ?? tenant} for partner delegated administrators. The customer's administrator must consent to it first.`;
    case '530034':
      return 'Delegated admin access to this customer is blocked due to suspicious activity. Contact the customer.';
    case '500011':
      return 'The Exchange Online service principal was not found in the tenant, or the resource is wrong for this cloud.';
    case '70019':
      return 'The device code expired before sign-in completed. Run Connect-ExchangeOnline -Device again.';
    case '70018':
      return 'The code entered on the device login page was wrong. Run Connect-ExchangeOnline -Device again.';
  }
  if (e.errorCode === 'interaction_required' || e.errorCode === 'login_required' || e.errorCode === 'consent_required')
    return 'Sign-in needs your interaction again. Run Connect-ExchangeOnline.';
  return undefined;
}

/** Network-level failures msal reports without an AADSTS number. */
function transportHint(e: MsalLikeError): string | undefined {
  const text = `${e.errorCode ?? ''} ${e.code ?? ''} ${e.errorMessage ?? e.message ?? ''}`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|network_error|post_request_failed|get_request_failed/i.test(text))
    return 'Could not reach the sign-in service. Check the network, proxy, and -AzureADAuthorizationEndpointUri.';
  if (/UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED|CERT_HAS_EXPIRED/.test(text))
    return "The sign-in service's TLS certificate is not trusted on this machine.";
  return undefined;
}

/**
 * Turns an MSAL (or network) error into a SignInError whose message says what to do.
 * The raw server text is kept only in `detail`, and both are scrubbed of the request's secrets.
 */
export function toSignInError(err: unknown, ctx: HintContext = {}): SignInError {
  if (err instanceof SignInError) return err;
  const e: MsalLikeError = typeof err === 'object' && err !== null ? (err as MsalLikeError) : { message: String(err) };
  const code = aadstsNumber(e);
  const hint = hintFor(code, e, ctx) ?? transportHint(e);
  const raw = [e.errorCode, e.errorMessage ?? e.message].filter(Boolean).join(': ');
  const secrets = ctx.secrets ?? [];
  const firstLine = (raw.split(/\r?\n/)[0] ?? '').trim();
  const message = hint ?? (firstLine ? `Sign-in failed: ${firstLine}` : 'Sign-in failed.');
  const id = code ? `AADSTS${code}` : e.errorCode || 'SignInFailed';
  return new SignInError(redact(message, secrets), id, raw ? redact(raw, secrets) : undefined);
}
