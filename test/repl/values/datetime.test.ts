import { describe, expect, it } from 'vitest';
import { DateTime, TimeSpan } from '../../../src/repl/values/datetime.js';

// The process runs these with TZ=UTC (see the describe below) so local == UTC.
process.env.TZ = 'UTC';

// .NET docs' sample value: 2009-06-15T13:45:30 (a Monday).
const sample = DateTime.fromParts(2009, 6, 15, 13, 45, 30);

describe('DateTime standard formats (en-US, from the .NET standard format docs)', () => {
  it.each([
    ['d', '6/15/2009'],
    ['D', 'Monday, June 15, 2009'],
    ['f', 'Monday, June 15, 2009 1:45 PM'],
    ['F', 'Monday, June 15, 2009 1:45:30 PM'],
    ['g', '6/15/2009 1:45 PM'],
    ['G', '6/15/2009 1:45:30 PM'],
    ['M', 'June 15'],
    ['m', 'June 15'],
    ['O', '2009-06-15T13:45:30.0000000'],
    ['R', 'Mon, 15 Jun 2009 13:45:30 GMT'],
    ['s', '2009-06-15T13:45:30'],
    ['t', '1:45 PM'],
    ['T', '1:45:30 PM'],
    ['u', '2009-06-15 13:45:30Z'],
    ['Y', 'June 2009'],
  ])('%s', (fmt, expected) => {
    expect(sample.toString(fmt)).toBe(expected);
  });

  it('round-trip keeps the kind: Utc ends in Z', () => {
    expect(DateTime.fromParts(2009, 6, 15, 13, 45, 30, 0, 'Utc').toString('o')).toBe('2009-06-15T13:45:30.0000000Z');
  });

  it('an unknown single letter is a FormatException', () => {
    expect(() => sample.toString('Q')).toThrow('Input string was not in a correct format.');
  });

  it('no format is en-US G; invariant G is what interpolation uses (Get-Date docs example 11)', () => {
    const d = DateTime.fromParts(2024, 3, 19);
    expect(d.toString()).toBe('3/19/2024 12:00:00 AM');
    expect(d.toInvariantString()).toBe('03/19/2024 00:00:00');
    expect(sample.toString('G', 'invariant')).toBe('06/15/2009 13:45:30');
  });
});

describe('DateTime custom formats (from the .NET custom format docs)', () => {
  const frac = DateTime.fromParts(2009, 6, 15, 13, 45, 30, 617).addTicks(5000);
  it.each([
    ['%d', '15'], ['dd', '15'], ['ddd', 'Mon'], ['dddd', 'Monday'],
    ['%h', '1'], ['hh', '01'], ['%H', '13'], ['HH', '13'],
    ['%M', '6'], ['MM', '06'], ['MMM', 'Jun'], ['MMMM', 'June'],
    ['%y', '9'], ['yy', '09'], ['yyy', '2009'], ['yyyy', '2009'], ['yyyyy', '02009'],
    ['%t', 'P'], ['tt', 'PM'], ['%g', 'A.D.'],
    ['yyyy-MM-dd HH:mm:ss', '2009-06-15 13:45:30'],
    ['yyyyMMdd_HHmmss', '20090615_134530'],
    ['dddd, MMMM d, yyyy', 'Monday, June 15, 2009'],
    ["'Day' d 'of' MMMM", 'Day 15 of June'],
    ['"at" h\\h', 'at 1h'],
  ])('%s', (fmt, expected) => {
    expect(sample.toString(fmt)).toBe(expected);
  });

  it.each([
    ['%f', '6'], ['ff', '61'], ['fff', '617'], ['ffff', '6175'], ['fffffff', '6175000'],
    ['FFF', '617'], ['FFFFF', '6175'], ['ss.FFF', '30.617'],
  ])('fractions %s', (fmt, expected) => {
    expect(frac.toString(fmt)).toBe(expected);
  });

  it('an all-zero F run drops the preceding dot', () => {
    expect(sample.toString('HH:mm:ss.FFF')).toBe('13:45:30');
  });

  it('z, zz, zzz and K show the offset (UTC zone here)', () => {
    expect(sample.specifyKind('Local').toString('z|zz|zzz|K')).toBe('+0|+00|+00:00|+00:00');
    expect(sample.toString('%K')).toBe('');
    expect(() => sample.toString('K')).toThrow('Input string was not in a correct format.');
    expect(sample.specifyKind('Utc').toString('%K')).toBe('Z');
  });

  it('FileDateTime-style formats keep sub-millisecond ticks (Get-Date tests)', () => {
    const d = DateTime.parse('0030-01-01T01:02:03.0004')!;
    expect(d.toString('yyyyMMdd')).toBe('00300101');
    expect(d.toString('yyyyMMddTHHmmssffff')).toBe('00300101T0102030004');
  });
});

describe('Get-Date -UFormat (PowerShell Get-Date.Tests.ps1)', () => {
  const d = DateTime.parse('1/1/0030')!;
  it('ymdH', () => {
    expect(DateTime.parse('0030-01-01T00:00:00')!.toUFormat('%y/%m/%d-%H')).toBe('30/01/01-00');
  });
  it('aAbBcCdDehHIkljmMpr', () => {
    expect(d.toUFormat('%a%A%b%B%c%C%d%D%e%h%H%I%k%l%j%m%M%p%r'))
      .toBe('TueTuesdayJanJanuaryTue 01 Jan 0030 00:00:0000101/01/30 1Jan0012 0120010100AM12:00:00 AM');
  });
  it('%s is seconds since the Unix epoch', () => {
    expect(DateTime.parse('Jan 1, 2020')!.toUFormat('%s')).toBe('1577836800');
  });
  it.each([
    ['1998-01-02', '01', '1998', '5'], ['2005-01-01', '53', '2004', '6'], ['2005-01-02', '53', '2004', '7'],
    ['2006-01-01', '52', '2005', '7'], ['2007-12-31', '01', '2008', '1'], ['2008-12-29', '01', '2009', '1'],
    ['2009-12-31', '53', '2009', '4'], ['2010-01-03', '53', '2009', '7'], ['2010-01-04', '01', '2010', '1'],
  ])('ISO week of %s', (date, week, year, dow) => {
    const v = DateTime.parse(date)!;
    expect(v.toUFormat('%V')).toBe(week);
    expect(v.toUFormat('%G')).toBe(year);
    expect(v.toUFormat('%u')).toBe(dow);
  });
  it('literal text and %Y-%m-%d', () => {
    expect(sample.toUFormat('Date: %Y-%m-%d %T')).toBe('Date: 2009-06-15 13:45:30');
  });
});

describe('DateTime parsing', () => {
  const today = DateTime.fromParts(2026, 11, 26);
  it.each([
    ['2024-01-31', '2024-01-31T00:00:00.0000000'],
    ['1/2/2024 3:04 PM', '2024-01-02T15:04:00.0000000'],
    ['Jan 1, 2020', '2020-01-01T00:00:00.0000000'],
    ['Wednesday, January 1, 2020', '2020-01-01T00:00:00.0000000'],
    ['12/31/2023 23:59:59', '2023-12-31T23:59:59.0000000'],
    ['2024-03-05 10:20:30.5', '2024-03-05T10:20:30.5000000'],
    ['1 March 2024', '2024-03-01T00:00:00.0000000'],
    ['3:04 PM', '2026-11-26T15:04:00.0000000'],
  ])('%s', (text, iso) => {
    expect(DateTime.parse(text)?.toString('o') ?? null).toBe(iso);
    void today;
  });

  it('ISO 8601 with Z or an offset becomes local time', () => {
    const z = DateTime.parse('2024-01-31T10:00:00Z')!;
    expect(z.kind).toBe('Local');
    expect(z.toString('yyyy-MM-dd HH:mm')).toBe('2024-01-31 10:00');
    const off = DateTime.parse('2024-01-31T10:00:00+02:00')!;
    expect(off.toString('HH:mm')).toBe('08:00');
  });

  it('RFC 1123 and fractional UTC forms', () => {
    expect(DateTime.parse('Wed, 01 Jan 2020 10:00:00 GMT')!.toString('s')).toBe('2020-01-01T10:00:00');
    expect(DateTime.parse('2024-01-31T10:00:00.123Z')!.toString('HH:mm:ss.fff')).toBe('10:00:00.123');
    expect(DateTime.parse('2024/01/31')!.toString('d')).toBe('1/31/2024');
    expect(DateTime.parse('January 2020')!.toString('d')).toBe('1/1/2020');
    expect(DateTime.parse('5/1/24 08:00')!.toString('s')).toBe('2024-05-01T08:00:00');
  });

  it('rejects text that is not a date', () => {
    expect(DateTime.parse('abc')).toBeNull();
    expect(DateTime.parse('2024-02-30')).toBeNull();
    expect(DateTime.parse('13/45/2024')).toBeNull();
  });

  it('ParseExact', () => {
    expect(DateTime.parseExact('20240131', 'yyyyMMdd')!.toString('s')).toBe('2024-01-31T00:00:00');
    expect(DateTime.parseExact('31/01/2024 07:05 PM', 'dd/MM/yyyy hh:mm tt')!.toString('s')).toBe('2024-01-31T19:05:00');
    expect(DateTime.parseExact('2024-01-31', 'yyyyMMdd')).toBeNull();
  });
});

describe('DateTime arithmetic and properties', () => {
  it('fields and DayOfWeek', () => {
    expect([sample.year, sample.month, sample.day, sample.hour, sample.minute, sample.second]).toEqual([2009, 6, 15, 13, 45, 30]);
    expect(sample.dayOfWeekName).toBe('Monday');
    expect(sample.dayOfYear).toBe(166);
    expect(sample.date.toString('s')).toBe('2009-06-15T00:00:00');
  });
  it('AddMonths clamps to the month end', () => {
    expect(DateTime.fromParts(2024, 1, 31).addMonths(1).toString('d')).toBe('2/29/2024');
    expect(DateTime.fromParts(2024, 2, 29).addYears(1).toString('d')).toBe('2/28/2025');
    expect(DateTime.fromParts(2024, 1, 15).addMonths(-2).toString('d')).toBe('11/15/2023');
  });
  it('AddDays with fractions, subtraction gives a TimeSpan', () => {
    const a = sample.addDays(1.5);
    expect(a.toString('s')).toBe('2009-06-17T01:45:30');
    const span = a.subtract(sample);
    expect(span.totalHours).toBe(36);
    expect(span.toString()).toBe('1.12:00:00');
  });
  it('ticks match .NET', () => {
    expect(DateTime.fromParts(1, 1, 1).ticks).toBe(0);
    expect(DateTime.fromTicks(0).year).toBe(1);
  });
  it('ToUniversalTime of a Utc value is unchanged; ToLocalTime marks Local', () => {
    const u = sample.specifyKind('Utc');
    expect(u.toUniversalTime()).toBe(u);
    expect(u.toLocalTime().kind).toBe('Local');
  });
});

describe('TimeSpan', () => {
  it('components and totals', () => {
    const ts = TimeSpan.fromParts(1, 2, 3, 4, 5);
    expect([ts.days, ts.hours, ts.minutes, ts.seconds, ts.milliseconds]).toEqual([1, 2, 3, 4, 5]);
    expect(ts.totalHours).toBeCloseTo(26.0511125, 7);
  });
  it.each([
    [TimeSpan.fromParts(0, 1, 2, 3), undefined, '01:02:03'],
    [TimeSpan.fromParts(3, 17, 25, 30, 500), undefined, '3.17:25:30.5000000'],
    [TimeSpan.fromParts(3, 17, 25, 30, 500).negate(), undefined, '-3.17:25:30.5000000'],
    [TimeSpan.fromParts(1, 3, 16, 50, 500), 'g', '1:3:16:50.5'],
    [TimeSpan.fromParts(1, 3, 16, 50, 599), 'G', '1:03:16:50.5990000'],
    [TimeSpan.fromParts(0, 14, 32, 17), 'hh\\:mm\\:ss', '14:32:17'],
    [TimeSpan.fromParts(6, 14, 32, 17, 685), "dd\\.hh\\:mm\\:ss\\.fff", '06.14:32:17.685'],
    [TimeSpan.fromParts(0, 0, 5, 0), "m' min'", '5 min'],
  ])('%s with %s', (ts, fmt, expected) => {
    expect(ts.toString(fmt)).toBe(expected);
  });
  it('custom format rejects unescaped literals', () => {
    expect(() => TimeSpan.fromMinutes(5).toString('hh:mm')).toThrow('Input string was not in a correct format.');
  });
});
