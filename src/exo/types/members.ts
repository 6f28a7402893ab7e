import { registerMemberProvider } from '../../repl/values/members.js';
import { ByteQuantifiedSize } from './byte-quantified-size.js';
import { Unlimited } from './unlimited.js';
import { isNumber, toJsNumber } from '../../repl/values/numbers.js';

/**
 * Members of the Exchange value types in the language:
 * `$s.TotalItemSize.Value.ToMB()`, `$m.ProhibitSendQuota.IsUnlimited`.
 */

const SIZE_METHODS: Record<string, (v: ByteQuantifiedSize, args: unknown[]) => unknown> = {
  tobytes: (v) => v.toBytes(),
  tokb: (v) => v.toKB(),
  tomb: (v) => v.toMB(),
  togb: (v) => v.toGB(),
  totb: (v) => v.toTB(),
  tostring: (v) => v.toString(),
  compareto: (v, [o]) => v.compareTo(asSize(o)),
  equals: (v, [o]) => v.equals(o),
};

function asSize(o: unknown): ByteQuantifiedSize {
  if (o instanceof ByteQuantifiedSize) return o;
  if (o instanceof Unlimited && o.value instanceof ByteQuantifiedSize) return o.value;
  if (isNumber(o)) return new ByteQuantifiedSize(Math.trunc(toJsNumber(o)!));
  return ByteQuantifiedSize.parse(String(o));
}

let registered = false;

export function registerExchangeMembers(): void {
  if (registered) return;
  registered = true;
  registerMemberProvider({
    test: (v) => v instanceof ByteQuantifiedSize,
    getMember: () => ({ found: false }),
    invokeMethod: (v, name, args) => {
      const m = SIZE_METHODS[name.toLowerCase()];
      return m ? { found: true, value: m(v as ByteQuantifiedSize, args) } : { found: false };
    },
  });
  registerMemberProvider({
    test: (v) => v instanceof Unlimited,
    getMember: (v, lname) => {
      const u = v as Unlimited<unknown>;
      if (lname === 'isunlimited') return { found: true, value: u.isUnlimited };
      if (lname === 'value') return { found: true, value: u.value ?? null };
      return { found: false };
    },
    invokeMethod: (v, name, args) => {
      const u = v as Unlimited<unknown>;
      switch (name.toLowerCase()) {
        case 'tostring': return { found: true, value: u.toString() };
        case 'equals': return { found: true, value: u.equals(args[0]) };
        case 'compareto': return { found: true, value: args[0] instanceof Unlimited ? u.compareTo(args[0]) : u.compareTo(Unlimited.of(asSize(args[0])) as Unlimited<unknown>) };
        default: return { found: false };
      }
    },
  });
}
