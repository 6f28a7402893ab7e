import type { IdentityContext } from './context.js';
import type { EntraErrorSpec } from './entra-errors.js';
import type { UserRecord } from './model.js';
import { accessFor, findSignInUser, isSpec, resourceTenant, type Authority } from './user-sign-in.js';

/**
 * The credential check behind the sandbox's HTML sign-in pages (authorize and
 * device login). Interactive sign-in can satisfy MFA, so MFA users pass here.
 */
export async function signInInteractively(ctx: IdentityContext, authority: Authority, login: string, password: string, clientId: string): Promise<UserRecord | EntraErrorSpec> {
  const user = await findSignInUser(ctx, authority, login);
  if (isSpec(user)) return user;
  if (!ctx.directory.checkPassword(user, password)) {
    return { error: 'invalid_grant', code: 50126, message: 'Your account or password is incorrect. If you don\'t remember your password, reset it now.' };
  }
  const access = accessFor(ctx, resourceTenant(ctx, authority, user), user, clientId);
  return isSpec(access) ? access : user;
}
