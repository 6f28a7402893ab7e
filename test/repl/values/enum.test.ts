import { describe, expect, it } from 'vitest';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { getMember } from '../../../src/repl/values/members.js';
import { binaryOperator as op } from '../../../src/repl/values/operators.js';
import { convertTo, toPSString } from '../../../src/repl/values/convert.js';
import { typeOf } from '../../../src/repl/values/types.js';

// System.DayOfWeek docs and about_Switch ("switch converts enum to string").
describe('enum values', () => {
  const wednesday = getMember(DateTime.fromParts(2023, 11, 15), 'DayOfWeek');
  const thursday = getMember(DateTime.fromParts(1970, 1, 1), 'DayOfWeek');
  it('print as their name, convert to their number', () => {
    expect(toPSString(wednesday)).toBe('Wednesday');
    expect(convertTo('int', wednesday)).toBe(3);
    expect(typeOf(wednesday)!.fullName).toBe('System.DayOfWeek');
    expect(getMember(wednesday, 'value__')).toBe(3);
  });
  it('compare with names, numbers and numeric strings', () => {
    expect(op('-eq', thursday, 'Thursday')).toBe(true);
    expect(op('-eq', thursday, 'thursday')).toBe(true);
    expect(op('-eq', thursday, 4)).toBe(true);
    expect(op('-eq', 4, thursday)).toBe(true);
    expect(op('-eq', 'Thursday', thursday)).toBe(true);
    expect(op('-eq', '4', thursday)).toBe(false);
    expect(op('-lt', wednesday, thursday)).toBe(true);
    expect(op('-gt', thursday, 'Monday')).toBe(true);
    expect(op('+', wednesday, 1)).toBe(4);
  });
});
