/**
 * [System.Text.StringBuilder], which report-building scripts use. It is a
 * PSObject whose methods return the builder itself (so `$sb.Append('x')`
 * outputs it unless cast to [void], as in PowerShell); Length stays current.
 */
import * as os from 'node:os';
import { PSObject } from './psobject.js';
import { toPSString } from './to-string.js';
import { compositeFormat } from './composite-format.js';
import { DotNetException } from './errors.js';
import type { StaticType } from './static-numeric.js';

export const STRING_BUILDER_TYPE = 'System.Text.StringBuilder';

const arg = (v: unknown): string => toPSString(v);

export function createStringBuilder(initial = ''): PSObject {
  let text = initial;
  const sb = new PSObject([['Capacity', Math.max(16, initial.length)], ['Length', initial.length], ['MaxCapacity', 2147483647]], [STRING_BUILDER_TYPE, 'System.Object']);
  const update = (self: PSObject): PSObject => {
    self.set('Length', text.length);
    self.set('Capacity', Math.max(Number(self.get('Capacity')), text.length));
    return self;
  };
  sb.addMethod('Append', (self, args) => { text += args.map(arg).join(''); return update(self); });
  sb.addMethod('AppendLine', (self, args) => { text += (args.length ? arg(args[0]) : '') + os.EOL; return update(self); });
  sb.addMethod('AppendFormat', (self, args) => { text += compositeFormat(arg(args[0]), args.slice(1).flat()); return update(self); });
  sb.addMethod('Insert', (self, args) => {
    const i = Number(args[0]);
    if (!(i >= 0 && i <= text.length)) throw new DotNetException("Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'index')", 'System.ArgumentOutOfRangeException');
    text = text.slice(0, i) + arg(args[1]) + text.slice(i);
    return update(self);
  });
  sb.addMethod('Replace', (self, args) => { const from = arg(args[0]); if (from) text = text.split(from).join(arg(args[1])); return update(self); });
  sb.addMethod('Remove', (self, args) => { const i = Number(args[0]); text = text.slice(0, i) + text.slice(i + Number(args[1])); return update(self); });
  sb.addMethod('Clear', (self) => { text = ''; return update(self); });
  sb.addMethod('ToString', () => text);
  return sb;
}

export const STRING_BUILDER: StaticType = {
  methods: {
    new: { name: 'new', arity: [0, 1, 2], fn: (_, a) => createStringBuilder(a.length && typeof a[0] === 'string' ? a[0] : '') },
  },
};
