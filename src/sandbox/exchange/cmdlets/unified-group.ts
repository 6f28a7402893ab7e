import { notFound, ambiguous } from '../errors.js';
import { findUnifiedGroups } from '../model/directory.js';
import { unifiedGroupCount, unifiedGroupObject } from '../model/unified-groups.js';
import { anrMatcher, filterPredicate } from './listing.js';
import type { ServerCmdlet } from './types.js';

export const getUnifiedGroup: ServerCmdlet = {
  name: 'Get-UnifiedGroup',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    // SharePointSiteUrl is returned but is not a filterable property in the service.
    const filterable = Object.keys(unifiedGroupObject(t, 0)).filter((k) => k !== 'SharePointSiteUrl');
    const predicate = filterPredicate(ctx, filterable);
    const anr = ctx.params.string('Anr');
    const anrMatch = anr !== undefined ? anrMatcher(anr) : undefined;
    const identity = ctx.params.string('Identity');
    let indexes: number[];
    if (identity !== undefined) {
      indexes = findUnifiedGroups(t, identity);
      if (indexes.length === 0) throw notFound(identity, t.ctx.dc);
      if (indexes.length > 1 && !identity.includes('*')) throw ambiguous(identity);
    } else indexes = Array.from({ length: unifiedGroupCount(t) }, (_, j) => j);
    return {
      *from(position) {
        for (let k = position; k < indexes.length; k++) {
          const o = unifiedGroupObject(t, indexes[k]!);
          if ((!predicate || predicate(o)) && (!anrMatch || anrMatch(o))) yield [k, o];
        }
      },
    };
  },
};
