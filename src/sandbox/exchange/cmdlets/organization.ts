import { notFound } from '../errors.js';
import { acceptedDomainObjects, organizationConfigObject } from '../model/organization.js';
import { arrayResults, type ServerCmdlet } from './types.js';

export const getOrganizationConfig: ServerCmdlet = {
  name: 'Get-OrganizationConfig',
  write: false,
  run(ctx) {
    return [organizationConfigObject(ctx.tenant)];
  },
};

export const getAcceptedDomain: ServerCmdlet = {
  name: 'Get-AcceptedDomain',
  write: false,
  run(ctx) {
    const all = acceptedDomainObjects(ctx.tenant);
    const identity = ctx.params.string('Identity');
    if (identity === undefined) return arrayResults(all);
    const found = all.filter((d) => [d.Name, d.DomainName, d.Guid].some((v) => String(v).toLowerCase() === identity.toLowerCase()));
    if (found.length === 0) throw notFound(identity, ctx.tenant.ctx.dc);
    return found;
  },
};
