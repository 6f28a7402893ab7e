/**
 * Get-Date: now, or a given date, with fields replaced by -Year ... -Millisecond
 * (by adding the difference, as pwsh does, so a month change keeps the day
 * valid), optionally converted to UTC, and returned as a DateTime or, with
 * -Format/-UFormat, as text.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { DateTime } from '../values/datetime.js';

const COMMAND_ID = 'Microsoft.PowerShell.Commands.GetDateCommand';

const FIELD_RANGES: ReadonlyArray<readonly [string, number, number]> = [
  ['Year', 1, 9999], ['Month', 1, 12], ['Day', 1, 31], ['Hour', 0, 23], ['Minute', 0, 59], ['Second', 0, 59], ['Millisecond', 0, 999],
];

/** pwsh's named -Format values for file names. */
const FILE_FORMATS: Record<string, { pattern: string; utc: boolean }> = {
  filedate: { pattern: 'yyyyMMdd', utc: false },
  filedateuniversal: { pattern: 'yyyyMMddZ', utc: true },
  filedatetime: { pattern: 'yyyyMMddTHHmmssffff', utc: false },
  filedatetimeuniversal: { pattern: 'yyyyMMddTHHmmssffffZ', utc: true },
};

function checkRange(ctx: CmdletContext, name: string, value: number, min: number, max: number): void {
  if (value >= min && value <= max) return;
  const detail = value > max
    ? `greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max}`
    : `less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min}`;
  ctx.fail(`Cannot validate argument on parameter '${name}'. The ${value} argument is ${detail} and then try the command again.`, { category: 'InvalidData', errorId: `ParameterArgumentValidationError,${COMMAND_ID}`, exceptionType: 'System.Management.Automation.ParameterBindingValidationException' });
}

function withFields(ctx: CmdletContext, date: DateTime, params: Readonly<Record<string, unknown>>): DateTime {
  let dt = date;
  for (const [name, min, max] of FIELD_RANGES) {
    if (params[name] === undefined) continue;
    const value = Number(params[name]);
    checkRange(ctx, name, value, min, max);
    switch (name) {
      case 'Year': dt = dt.addYears(value - dt.year); break;
      case 'Month': dt = dt.addMonths(value - dt.month); break;
      case 'Day': dt = dt.addDays(value - dt.day); break;
      case 'Hour': dt = dt.addHours(value - dt.hour); break;
      case 'Minute': dt = dt.addMinutes(value - dt.minute); break;
      case 'Second': dt = dt.addSeconds(value - dt.second); break;
      default: dt = dt.addMilliseconds(value - dt.millisecond); break;
    }
  }
  return dt;
}

export const getDate: CmdletDefinition = {
  name: 'Get-Date',
  synopsis: 'Gets the current date and time.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'net',
  parameters: [
    { name: 'Date', type: 'datetime', aliases: ['LastWriteTime'], position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['net', 'UFormat'], description: 'The date to use instead of now.' },
    { name: 'UnixTimeSeconds', type: 'long', aliases: ['UnixTime'], parameterSets: ['UnixTimeSecondsSet'], description: 'Seconds since 1970-01-01 UTC.' },
    { name: 'Year', type: 'int', description: 'Replaces the year.' },
    { name: 'Month', type: 'int', description: 'Replaces the month (1-12).' },
    { name: 'Day', type: 'int', description: 'Replaces the day of the month (1-31).' },
    { name: 'Hour', type: 'int', description: 'Replaces the hour (0-23).' },
    { name: 'Minute', type: 'int', description: 'Replaces the minute (0-59).' },
    { name: 'Second', type: 'int', description: 'Replaces the second (0-59).' },
    { name: 'Millisecond', type: 'int', description: 'Replaces the millisecond (0-999).' },
    { name: 'DisplayHint', type: 'string', validateSet: ['Date', 'Time', 'DateTime'], description: 'Accepted; output always shows date and time.' },
    { name: 'Format', type: 'string', parameterSets: ['net', 'UnixTimeSecondsSet'], description: '.NET format string; the result is text.' },
    { name: 'UFormat', type: 'string', mandatory: ['UFormat'], parameterSets: ['UFormat'], description: 'Unix-style format string; the result is text.' },
    { name: 'AsUTC', type: 'switch', description: 'Convert the result to UTC.' },
  ],
  outputType: ['System.DateTime', 'System.String'],
  create(ctx) {
    return {
      *process(params) {
        let dt: DateTime;
        if (params['UnixTimeSeconds'] !== undefined) dt = DateTime.fromInstant(Number(params['UnixTimeSeconds']) * 1000, 'Local');
        else if (params['Date'] instanceof DateTime) dt = params['Date'];
        else dt = DateTime.now();
        dt = withFields(ctx, dt, params);
        if (params['AsUTC'] === true) dt = dt.toUniversalTime();
        const uformat = params['UFormat'];
        if (typeof uformat === 'string') {
          yield dt.toUFormat(uformat);
          return;
        }
        const format = params['Format'];
        if (typeof format === 'string') {
          const file = FILE_FORMATS[format.toLowerCase()];
          if (file) {
            yield (file.utc ? dt.toUniversalTime() : dt).toString(file.pattern);
            return;
          }
          yield dt.toString(format);
          return;
        }
        yield dt;
      },
    };
  },
};
