/**
 * A sign-in failure the user can act on. `message` is the short PowerShell-style text; `detail` holds the raw
 * service text (AADSTS line, trace and correlation ids) for -Verbose only. Neither ever carries a password,
 * secret or PFX password: both pass through `redact` with the request's secrets.
 */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    message: string,
    /** FullyQualifiedErrorId-style id, e.g. 'AADSTS50076' or 'CertificateNotFound'. */
    readonly errorId: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Replaces every occurrence of the given secrets in `text`; empty or very short values are skipped so text stays readable. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 3) out = out.split(s).join('********');
  return out;
}
