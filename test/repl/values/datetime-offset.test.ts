import { describe, expect, it } from 'vitest';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { DateTimeOffset } from '../../../src/repl/values/datetime-offset.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { out, run } from '../engine/run.js';

// Local time is UTC here, so LocalDateTime and [datetime] casts are predictable.
process.env.TZ = 'UTC';

// .NET docs' sample: 2009-06-15T13:45:30 at -07:00 (20:45:30 UTC).
const sample = new DateTimeOffset(DateTime.fromParts(2009, 6, 15, 13, 45, 30), -7 * 3_600_000);

describe('DateTimeOffset formatting (.NET standard format docs)', () => {
  it('ToString() is the date, long time and offset, as output shows it', () => {
    expect(sample.toString()).toBe('6/15/2009 1:45:30 PM -07:00');
    expect(DateTimeOffset.fromInstant(Date.UTC(2026, 10, 26, 17, 12, 3)).toString()).toBe('11/26/2026 5:12:03 PM +00:00');
  });

  it.each([
    ['G', '6/15/2009 1:45:30 PM'],
    ['o', '2009-06-15T13:45:30.0000000-07:00'],
    ['u', '2009-06-15 20:45:30Z'],
    ['R', 'Mon, 15 Jun 2009 20:45:30 GMT'],
    ['s', '2009-06-15T13:45:30'],
    ['yyyy-MM-dd HH:mm zzz', '2009-06-15 13:45 -07:00'],
    ['%z', '-7'],
    ['HH:mmK', '13:45-07:00'],
  ])('%s', (fmt, expected) => {
    expect(sample.toString(fmt)).toBe(expected);
  });

  it('converts to string with the invariant culture', () => {
    expect(sample.toInvariantString()).toBe('06/15/2009 13:45:30 -07:00');
  });
});

describe('DateTimeOffset values', () => {
  it('UtcDateTime, LocalDateTime and DateTime', () => {
    expect(sample.utcDateTime.kind).toBe('Utc');
    expect(sample.utcDateTime.toString('s')).toBe('2009-06-15T20:45:30');
    expect(sample.localDateTime.kind).toBe('Local');
    expect(sample.localDateTime.toString('s')).toBe('2009-06-15T20:45:30');
    expect(sample.dateTime.kind).toBe('Unspecified');
    expect(sample.offset.equals(TimeSpan.fromHours(-7))).toBe(true);
  });

  it('compares instants, with DateTime as its implicit conversion makes it', () => {
    const sameInstant = DateTimeOffset.fromInstant(Date.UTC(2009, 5, 15, 20, 45, 30));
    expect(sample.equals(sameInstant)).toBe(true);
    expect(sample.compareTo(DateTime.fromInstant(Date.UTC(2009, 5, 15, 20, 45, 31), 'Utc'))).toBe(-1);
  });

  it('parses the zone the text names, else takes the local one', () => {
    expect(DateTimeOffset.parse('2009-06-15T13:45:30-07:00')!.toString()).toBe('6/15/2009 1:45:30 PM -07:00');
    expect(DateTimeOffset.parse('11/26/2026 5:12:03 PM +00:00')!.toString('o')).toBe('2026-11-26T17:12:03.0000000+00:00');
    expect(DateTimeOffset.parse('2026-11-26 08:00')!.offsetMs).toBe(0);
    expect(DateTimeOffset.parse('not a date')).toBeNull();
  });
});

describe('DateTimeOffset in the language', () => {
  it('[datetimeoffset] casts; GetType().Name is DateTimeOffset', async () => {
    expect(await out("$d = [datetimeoffset]'2009-06-15T13:45:30-07:00'; $d.GetType().Name; $d.GetType().FullName; $d")).toEqual([
      'DateTimeOffset', 'System.DateTimeOffset', '6/15/2009 1:45:30 PM -07:00',
    ]);
    expect(await out("$d = [datetimeoffset][datetime]::new(2020, 1, 2, 3, 4, 5, 'Utc'); \"$d\"; $d -is [datetimeoffset]")).toEqual(['01/02/2020 03:04:05 +00:00', 'True']);
  });

  it('members: .UtcDateTime, .LocalDateTime, .Offset, .ToString(fmt), .AddHours', async () => {
    const script = "$d = [datetimeoffset]'2009-06-15T13:45:30-07:00'; $d.UtcDateTime.Kind; $d.UtcDateTime.ToString('s'); $d.LocalDateTime.Kind; $d.Offset.TotalHours; $d.ToString('yyyy-MM-dd zzz'); $d.AddHours(2).ToString('HH:mm zzz'); $d.Hour";
    expect(await out(script)).toEqual(['Utc', '2009-06-15T20:45:30', 'Local', '-7', '2009-06-15 -07:00', '15:45 -07:00', '13']);
  });

  it('compares with DateTime by instant, on either side', async () => {
    const script = "$d = [datetimeoffset]'2009-06-15T13:45:30-07:00'; $u = [datetime]::new(2009, 6, 15, 20, 45, 30, 'Utc'); $d -eq $u; $u -eq $d; $d -lt $u.AddSeconds(1); $u.AddSeconds(-1) -lt $d; $d -gt '2009-06-15T20:00:00Z'";
    expect(await out(script)).toEqual(['True', 'True', 'True', 'True', 'True']);
  });

  it('a string that is no date is a conversion error', async () => {
    const r = await run("[datetimeoffset]'soon'");
    expect(r.stderr).toContain("String 'soon' was not recognized as a valid DateTime.");
  });
});
