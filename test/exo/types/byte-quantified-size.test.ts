import { describe, expect, it } from 'vitest';
import { ByteQuantifiedSize } from '../../../src/exo/types/byte-quantified-size.js';
import { Unlimited } from '../../../src/exo/types/unlimited.js';

describe('ByteQuantifiedSize', () => {
  it('parses the service display form by its byte count', () => {
    expect(ByteQuantifiedSize.parse('1.243 GB (1,334,578,302 bytes)').toBytes()).toBe(1_334_578_302);
    expect(ByteQuantifiedSize.parse('0 B (0 bytes)').toBytes()).toBe(0);
    expect(ByteQuantifiedSize.parse('99 GB (106,300,440,576 bytes)').toBytes()).toBe(106_300_440_576);
  });

  it('parses the input forms with unit suffixes; plain numbers are bytes', () => {
    expect(ByteQuantifiedSize.parse('300MB').toBytes()).toBe(300 * 2 ** 20);
    expect(ByteQuantifiedSize.parse('1.5 GB').toBytes()).toBe(1.5 * 2 ** 30);
    expect(ByteQuantifiedSize.parse('256kb').toBytes()).toBe(262_144);
    expect(ByteQuantifiedSize.parse('1048576').toBytes()).toBe(1_048_576);
    expect(ByteQuantifiedSize.tryParse('lots')).toBeUndefined();
    expect(() => ByteQuantifiedSize.parse('12 XB')).toThrow(/isn't a valid byte quantified size/);
  });

  it('shows the largest unit with four significant digits, as Exchange prints sizes', () => {
    const shown = (n: number) => new ByteQuantifiedSize(n).toString();
    expect(shown(7_901_637)).toBe('7.536 MB (7,901,637 bytes)');
    expect(shown(71_146)).toBe('69.48 KB (71,146 bytes)');
    expect(shown(7_030)).toBe('6.865 KB (7,030 bytes)');
    expect(shown(63_889)).toBe('62.39 KB (63,889 bytes)');
    expect(shown(53_150_220_288)).toBe('49.5 GB (53,150,220,288 bytes)');
    expect(shown(106_300_440_576)).toBe('99 GB (106,300,440,576 bytes)');
    expect(shown(1_334_578_302)).toBe('1.243 GB (1,334,578,302 bytes)');
    expect(shown(262_144)).toBe('256 KB (262,144 bytes)');
    expect(shown(0)).toBe('0 B (0 bytes)');
    expect(shown(1023)).toBe('1023 B (1,023 bytes)');
  });

  it('converts to whole units by integer division', () => {
    const s = ByteQuantifiedSize.parse('1.243 GB (1,334,578,302 bytes)');
    expect(s.toKB()).toBe(1_303_299);
    expect(s.toMB()).toBe(1272);
    expect(s.toGB()).toBe(1);
    expect(s.toTB()).toBe(0);
  });

  it('compares by bytes', () => {
    const a = new ByteQuantifiedSize(10);
    const b = new ByteQuantifiedSize(20);
    expect(a.compareTo(b)).toBe(-1);
    expect(b.compareTo(a)).toBe(1);
    expect(a.equals(new ByteQuantifiedSize(10))).toBe(true);
    expect(() => new ByteQuantifiedSize(1.5)).toThrow(RangeError);
  });
});

describe('Unlimited', () => {
  it('is either unlimited or a value, and unlimited sorts last', () => {
    const u = Unlimited.unlimited<ByteQuantifiedSize>();
    const v = Unlimited.of(new ByteQuantifiedSize(2048));
    expect(u.isUnlimited).toBe(true);
    expect(u.value).toBeUndefined();
    expect(u.toString()).toBe('Unlimited');
    expect(v.isUnlimited).toBe(false);
    expect(v.toString()).toBe('2 KB (2,048 bytes)');
    expect(u.compareTo(v)).toBe(1);
    expect(v.compareTo(u)).toBe(-1);
    expect(v.equals(Unlimited.of(new ByteQuantifiedSize(2048)))).toBe(true);
    expect(u.equals(Unlimited.unlimited())).toBe(true);
  });
});

describe('ByteQuantifiedSize properties', async () => {
  const fc = await import('fast-check');
  it('reads back its own display form, and ToMB is whole MB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const s = new ByteQuantifiedSize(n);
        expect(ByteQuantifiedSize.parse(s.toString()).toBytes()).toBe(n);
        expect(s.toMB()).toBe(Math.floor(n / 1048576));
        expect(s.toString()).toMatch(/^\d+(\.\d{1,3})? (B|KB|MB|GB|TB) \([\d,]+ bytes\)$/);
      }),
    );
  });
});
