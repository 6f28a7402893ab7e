/**
 * Static members and constructors of [datetime], [timespan], [guid],
 * [System.IO.Path], [environment], [regex], [pscredential], List[T],
 * [hashtable], [securestring] and a few enums.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DateTime, daysInMonth, isLeapYear, type DateTimeKind } from './datetime.js';
import { TimeSpan } from './timespan.js';
import { PSGuid } from './guid.js';
import { PSList } from './list.js';
import { PSHashtable } from './hashtable.js';
import { PSRegex } from './psregex.js';
import { SecureString, createCredential } from './securestring.js';
import { DotNetException, formatException } from './errors.js';
import { parseTimeSpan } from './timespan-parse.js';
import { compileRegex, escapeRegex, unescapeRegex, parseRegexOptions, regexReplace } from './regex.js';
import { firstMatch, allMatches } from './regex-objects.js';
import { splitString } from './string-operators.js';
import { convertTo } from './convert.js';
import { toPSString } from './to-string.js';
import { argInt, argNum, argStr, noOverload } from './method-support.js';
import { tryParse, type StaticType } from './static-numeric.js';
import { PSEnumValue, enumValue, enumNames } from './enum.js';

function parseDate(text: unknown): DateTime {
  const s = argStr(text);
  const d = DateTime.parse(s);
  if (!d) throw formatException(`String '${s}' was not recognized as a valid DateTime.`);
  return d;
}

export const DATETIME: StaticType = {
  props: {
    now: () => DateTime.now(), utcnow: () => DateTime.utcNow(), today: () => DateTime.today(),
    minvalue: () => DateTime.MinValue, maxvalue: () => DateTime.MaxValue, unixepoch: () => DateTime.UnixEpoch,
  },
  methods: {
    parse: { name: 'Parse', arity: [1, 2], fn: (_, a) => parseDate(a[0]) },
    parseexact: {
      name: 'ParseExact', arity: [2, 3, 4],
      fn: (_, a) => {
        const s = argStr(a[0]);
        const formats = Array.isArray(a[1]) ? a[1].map((f) => toPSString(f)) : [argStr(a[1])];
        for (const f of formats) {
          const d = DateTime.parseExact(s, f);
          if (d) return d;
        }
        throw formatException(`String '${s}' was not recognized as a valid DateTime.`);
      },
    },
    tryparse: { name: 'TryParse', arity: [2], fn: (_, a) => tryParse(a, () => parseDate(a[0]), DateTime.MinValue) },
    daysinmonth: { name: 'DaysInMonth', arity: [2], fn: (_, a) => daysInMonth(argInt(a[0]), argInt(a[1])) },
    isleapyear: { name: 'IsLeapYear', arity: [1], fn: (_, a) => isLeapYear(argInt(a[0])) },
    specifykind: { name: 'SpecifyKind', arity: [2], fn: (_, a) => parseOrDate(a[0]).specifyKind(kindOf(a[1])) },
    compare: { name: 'Compare', arity: [2], fn: (_, a) => parseOrDate(a[0]).compareTo(parseOrDate(a[1])) },
    fromfiletime: { name: 'FromFileTime', arity: [1], fn: (_, a) => DateTime.fromTicks(argNum(a[0]) + 504911232000000000, 'Utc').toLocalTime() },
    new: {
      name: 'new', arity: [1, 3, 6, 7, 8],
      fn: (_, a) => {
        if (a.length === 1) return DateTime.fromTicks(argNum(a[0]));
        const last = a[a.length - 1];
        const kind = last instanceof PSEnumValue || (typeof last === 'string' && /^[a-z]/i.test(last)) ? kindOf(last) : undefined;
        const n = (kind ? a.slice(0, -1) : a).map(argInt);
        if (![3, 6, 7].includes(n.length)) throw noOverload('new', a.length);
        return DateTime.fromParts(n[0]!, n[1]!, n[2]!, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0, kind ?? 'Unspecified');
      },
    },
  },
};

function kindOf(v: unknown): DateTimeKind {
  return (convertTo('System.DateTimeKind', v) as PSEnumValue).name as DateTimeKind;
}

function parseOrDate(v: unknown): DateTime {
  return v instanceof DateTime ? v : parseDate(v);
}

export const TIMESPAN: StaticType = {
  props: { zero: () => TimeSpan.Zero, maxvalue: () => TimeSpan.MaxValue, minvalue: () => TimeSpan.MinValue },
  methods: {
    fromdays: { name: 'FromDays', arity: [1], fn: (_, a) => TimeSpan.fromDays(argNum(a[0])) },
    fromhours: { name: 'FromHours', arity: [1], fn: (_, a) => TimeSpan.fromHours(argNum(a[0])) },
    fromminutes: { name: 'FromMinutes', arity: [1], fn: (_, a) => TimeSpan.fromMinutes(argNum(a[0])) },
    fromseconds: { name: 'FromSeconds', arity: [1], fn: (_, a) => TimeSpan.fromSeconds(argNum(a[0])) },
    frommilliseconds: { name: 'FromMilliseconds', arity: [1], fn: (_, a) => TimeSpan.fromMilliseconds(argNum(a[0])) },
    fromticks: { name: 'FromTicks', arity: [1], fn: (_, a) => new TimeSpan(argNum(a[0])) },
    parse: {
      name: 'Parse', arity: [1, 2],
      fn: (_, a) => {
        const ts = parseTimeSpan(argStr(a[0]));
        if (!ts) throw formatException(`String '${argStr(a[0])}' was not recognized as a valid TimeSpan.`);
        return ts;
      },
    },
    new: {
      name: 'new', arity: [1, 3, 4, 5],
      fn: (_, a) => {
        const n = a.map(argInt);
        if (a.length === 1) return new TimeSpan(n[0]!);
        if (a.length === 3) return TimeSpan.fromParts(0, n[0]!, n[1]!, n[2]!);
        return TimeSpan.fromParts(n[0]!, n[1]!, n[2]!, n[3]!, n[4] ?? 0);
      },
    },
  },
};

export const GUID: StaticType = {
  props: { empty: () => PSGuid.Empty },
  methods: {
    newguid: { name: 'NewGuid', arity: [0], fn: () => PSGuid.newGuid() },
    parse: { name: 'Parse', arity: [1], fn: (_, a) => PSGuid.parse(argStr(a[0])) },
    new: { name: 'new', arity: [1], fn: (_, a) => (Array.isArray(a[0]) ? PSGuid.fromBytes(a[0].map((b) => argInt(b))) : PSGuid.parse(argStr(a[0]))) },
  },
};

/** [System.IO.Path] with the host platform's separators. */
export const PATH: StaticType = {
  props: {
    directoryseparatorchar: () => path.sep, altdirectoryseparatorchar: () => '/', pathseparator: () => path.delimiter,
    volumeseparatorchar: () => (path.sep === '\\' ? ':' : '/'),
  },
  methods: {
    combine: {
      name: 'Combine', arity: [-1],
      fn: (_, a) => {
        const parts = (a.length === 1 && Array.isArray(a[0]) ? a[0] : a).map((p) => argStr(p));
        if (parts.length === 0) throw noOverload('Combine', 0);
        // Like .NET: a rooted later part discards what came before.
        let out = '';
        for (const p of parts) {
          if (p === '') continue;
          if (path.isAbsolute(p) || out === '') out = p;
          else out = out.endsWith(path.sep) || out.endsWith('/') ? out + p : out + path.sep + p;
        }
        return out;
      },
    },
    join: { name: 'Join', arity: [-1], fn: (_, a) => a.map((p) => argStr(p)).filter(Boolean).join(path.sep) },
    getfilename: { name: 'GetFileName', arity: [1], fn: (_, a) => (a[0] === null ? null : argStr(a[0]).split(/[\\/]/).pop() ?? '') },
    getextension: {
      name: 'GetExtension', arity: [1],
      fn: (_, a) => {
        if (a[0] === null) return null;
        const name = argStr(a[0]).split(/[\\/]/).pop() ?? '';
        const dot = name.lastIndexOf('.');
        return dot < 0 || dot === name.length - 1 ? '' : name.slice(dot);
      },
    },
    getfilenamewithoutextension: {
      name: 'GetFileNameWithoutExtension', arity: [1],
      fn: (_, a) => {
        if (a[0] === null) return null;
        const name = argStr(a[0]).split(/[\\/]/).pop() ?? '';
        const dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.slice(0, dot);
      },
    },
    getdirectoryname: {
      name: 'GetDirectoryName', arity: [1],
      fn: (_, a) => {
        const p = argStr(a[0]);
        if (p === '' || p === path.parse(p).root) return null;
        const cut = Math.max(p.lastIndexOf('/'), path.sep === '\\' ? p.lastIndexOf('\\') : -1);
        if (cut < 0) return '';
        return cut === 0 ? path.sep : p.slice(0, cut);
      },
    },
    changeextension: {
      name: 'ChangeExtension', arity: [2],
      fn: (_, a) => {
        const p = argStr(a[0]);
        const ext = a[1] === null ? '' : argStr(a[1]);
        const base = p.replace(/\.[^.\\/]*$/, '');
        return ext === '' ? base : base + (ext.startsWith('.') ? ext : `.${ext}`);
      },
    },
    ispathrooted: { name: 'IsPathRooted', arity: [1], fn: (_, a) => path.isAbsolute(argStr(a[0])) },
    getfullpath: { name: 'GetFullPath', arity: [1, 2], fn: (_, a) => (a.length === 2 ? path.resolve(argStr(a[1]), argStr(a[0])) : path.resolve(argStr(a[0]))) },
    gettemppath: { name: 'GetTempPath', arity: [0], fn: () => (os.tmpdir().endsWith(path.sep) ? os.tmpdir() : os.tmpdir() + path.sep) },
    getrandomfilename: {
      name: 'GetRandomFileName', arity: [0],
      fn: () => { const s = randomBytes(8).toString('hex').slice(0, 11); return `${s.slice(0, 8)}.${s.slice(8)}`; },
    },
    getinvalidfilenamechars: { name: 'GetInvalidFileNameChars', arity: [0], fn: () => ['\0', '/'] },
  },
};

export const ENVIRONMENT: StaticType = {
  props: {
    newline: () => os.EOL,
    machinename: () => os.hostname().split('.')[0],
    username: () => os.userInfo().username,
    userdomainname: () => os.hostname().split('.')[0],
    currentdirectory: () => process.cwd(),
    processorcount: () => os.cpus().length,
    is64bitprocess: () => true,
    is64bitoperatingsystem: () => true,
    tickcount: () => Math.floor(performance.now()) | 0,
    tickcount64: () => Math.floor(performance.now()),
    osversion: () => `${os.type()} ${os.release()}`,
    processid: () => process.pid,
  },
  methods: {
    getenvironmentvariable: { name: 'GetEnvironmentVariable', arity: [1, 2], fn: (_, a) => process.env[argStr(a[0])] ?? null },
    setenvironmentvariable: {
      name: 'SetEnvironmentVariable', arity: [2, 3],
      fn: (_, a) => {
        const name = argStr(a[0]);
        if (a[1] === null || argStr(a[1]) === '') delete process.env[name]; else process.env[name] = argStr(a[1]);
        return undefined;
      },
    },
    getenvironmentvariables: {
      name: 'GetEnvironmentVariables', arity: [0, 1],
      fn: () => new PSHashtable(false, Object.entries(process.env).map(([k, v]) => [k, v ?? ''] as const)),
    },
  },
};

function regexArgs(a: unknown[], patternAt: number): RegExp {
  const opts = a.length > patternAt + 1 ? parseRegexOptions(a[patternAt + 1]) : {};
  return compileRegex(argStr(a[patternAt]), opts);
}

export const REGEX: StaticType = {
  methods: {
    escape: { name: 'Escape', arity: [1], fn: (_, a) => escapeRegex(argStr(a[0])) },
    unescape: { name: 'Unescape', arity: [1], fn: (_, a) => unescapeRegex(argStr(a[0])) },
    ismatch: { name: 'IsMatch', arity: [2, 3], fn: (_, a) => regexArgs(a, 1).test(argStr(a[0])) },
    match: { name: 'Match', arity: [2, 3], fn: (_, a) => firstMatch(regexArgs(a, 1), argStr(a[0])) },
    matches: { name: 'Matches', arity: [2, 3], fn: (_, a) => allMatches(regexArgs(a, 1), argStr(a[0])) },
    replace: {
      name: 'Replace', arity: [3, 4],
      fn: (_, a) => {
        const opts = a.length > 3 ? parseRegexOptions(a[3]) : {};
        return regexReplace(argStr(a[0]), compileRegex(argStr(a[1]), opts, true), argStr(a[2]));
      },
    },
    split: {
      name: 'Split', arity: [2, 3],
      fn: (_, a) => splitString(argStr(a[0]), compileRegex(argStr(a[1]), a.length > 2 ? parseRegexOptions(a[2]) : {}, true)),
    },
    new: { name: 'new', arity: [1, 2], fn: (_, a) => new PSRegex(argStr(a[0]), a.length > 1 ? parseRegexOptions(a[1]) : {}) },
  },
};

export const PSCREDENTIAL: StaticType = {
  methods: {
    new: {
      name: 'new', arity: [2],
      fn: (_, a) => {
        if (!(a[1] instanceof SecureString)) {
          throw new DotNetException(`Cannot convert argument "password", with value: "${toPSString(a[1])}", for "PSCredential" to type "System.Security.SecureString".`, 'System.Management.Automation.PSInvalidCastException');
        }
        return createCredential(argStr(a[0]), a[1]);
      },
    },
  },
};

export function listStatics(elementType: string): StaticType {
  return {
    methods: {
      new: {
        name: 'new', arity: [0, 1],
        fn: (_, a) => {
          if (a.length === 0 || typeof a[0] === 'number') return new PSList(elementType);
          return convertTo(`System.Collections.Generic.List[${elementType}]`, a[0]);
        },
      },
    },
  };
}

export const HASHTABLE: StaticType = {
  methods: { new: { name: 'new', arity: [0, 1], fn: () => new PSHashtable() } },
};

export const SECURESTRING: StaticType = {
  methods: { new: { name: 'new', arity: [0], fn: () => new SecureString() } },
};

/** An enum's members as static properties. */
export function enumStatics(typeName: string): StaticType {
  return { props: Object.fromEntries(enumNames(typeName).map((n) => [n.toLowerCase(), () => enumValue(typeName, n)])) };
}
