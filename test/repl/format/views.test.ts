/**
 * The view registry and how Out-Default picks a view, and the display rules
 * for values inside cells.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSList } from '../../../src/repl/values/list.js';
import { PSGuid } from '../../../src/repl/values/guid.js';
import { SecureString } from '../../../src/repl/values/securestring.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { findView, registerView, unregisterViews } from '../../../src/repl/format/views.js';
import { chooseColumns } from '../../../src/repl/format/column-choice.js';
import { cellText, toText } from '../../../src/repl/format/display.js';
import { formatTable } from '../../../src/repl/cmdlets/format-table.js';
import { outDefaultLines, runCmdlet, textOf } from './helpers.js';

const MAILBOX = 'Microsoft.Exchange.Data.Directory.Management.Mailbox';

describe('view registry', () => {
  afterEach(() => unregisterViews(MAILBOX));

  it('finds a view by the most specific type name, and Deserialized.X by X', () => {
    registerView(MAILBOX, { kind: 'table', columns: [{ property: 'Name' }] });
    expect(findView([MAILBOX, 'System.Object'])?.kind).toBe('table');
    expect(findView([`Deserialized.${MAILBOX}`, 'Deserialized.System.Object'])?.kind).toBe('table');
    expect(findView(['Other', 'System.Object'])).toBeUndefined();
    expect(findView([MAILBOX], 'list')).toBeUndefined();
  });

  it('keeps one view per kind, the first registered being the default', () => {
    registerView(MAILBOX, { kind: 'table', columns: [{ property: 'Name' }] });
    registerView(MAILBOX, { kind: 'list', columns: [{ property: 'Alias' }] });
    registerView(MAILBOX, { kind: 'table', columns: [{ property: 'Alias' }] });
    expect(findView([MAILBOX])?.kind).toBe('list');
    expect(findView([MAILBOX], 'table')?.columns[0].property).toBe('Alias');
  });

  it('shows an Exchange object with its registered table view, whatever its property count', () => {
    registerView(MAILBOX, {
      kind: 'table',
      columns: ['Name', 'Alias', 'Database', 'ProhibitSendQuota', 'ExternalDirectoryObjectId'].map((property) => ({ property })),
    });
    const mailbox = new PSObject({
      Name: 'adele', Alias: 'adele', Database: 'EURP195DG018-db093', ProhibitSendQuota: '99 GB (106,300,440,576 bytes)',
      ExternalDirectoryObjectId: '2f5e3a5c-1d8e-4c4e-9a7b-0f1e2d3c4b5a', DisplayName: 'Adele Vance', PrimarySmtpAddress: 'adele@contoso.com',
    }, [MAILBOX, 'System.Object']);
    expect(outDefaultLines([mailbox])).toEqual([
      '',
      'Name  Alias Database           ProhibitSendQuota             ExternalDirectoryObjectId',
      '----  ----- --------           -----------------             -------------------------',
      'adele adele EURP195DG018-db093 99 GB (106,300,440,576 bytes) 2f5e3a5c-1d8e-4c4e-9a7b-0f1e2d3c4b5a',
      '',
    ]);
  });
});

describe('Out-Default view selection', () => {
  it('keeps objects of types registered with identical views in one table (Get-Command\'s CmdletInfo and AliasInfo)', () => {
    for (const type of ['Test.CmdletInfo', 'Test.AliasInfo']) {
      registerView(type, { kind: 'table', columns: [{ property: 'CommandType', width: 15 }, { property: 'Name' }] });
    }
    const cmd = (type: string, name: string) => new PSObject({ CommandType: type.slice(5, -4), Name: name }, [type, 'System.Object']);
    expect(outDefaultLines([cmd('Test.CmdletInfo', 'Get-Date'), cmd('Test.AliasInfo', 'gm')])).toEqual([
      '',
      'CommandType     Name',
      '-----------     ----',
      'Cmdlet          Get-Date',
      'Alias           gm',
      '',
    ]);
  });

  it('shows at most 10 columns of an ad-hoc table (Format-Table without -Property)', async () => {
    const props = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, i]));
    const { output } = await runCmdlet(formatTable, {}, [new PSObject(props)]);
    expect(textOf(output)[1]).toBe('p0 p1 p2 p3 p4 p5 p6 p7 p8 p9');
  });

  it('shows an empty custom object as an empty line (its ToString is empty)', () => {
    expect(outDefaultLines([new PSObject()])).toEqual(['']);
  });

  it('shows a Guid under a Guid header, as its types.ps1xml property', () => {
    const g = PSGuid.parse('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(outDefaultLines([g])).toEqual(['', 'Guid', '----', '0f8fad5b-d9cb-469f-a165-70867728950e', '']);
  });

  it('never shows a SecureString\'s content', () => {
    expect(outDefaultLines([new SecureString('p@ss')])).toEqual(['System.Security.SecureString']);
  });

  it('enumerates a List[T] like an array', () => {
    expect(outDefaultLines([new PSList('System.String', ['a', 'b'])])).toEqual(['a', 'b']);
  });

  it('prints an error record in the output stream as its message', () => {
    const err = new PSObject({ Exception: new PSObject({ Message: 'boom' }) }, ['System.Management.Automation.ErrorRecord', 'System.Object']);
    err.addMethod('ToString', () => 'boom');
    expect(outDefaultLines([new PSObject({ a: 1 }), err])).toEqual(['', 'a', '-', '1', 'boom', '']);
  });

  it('keeps Format-Table output and raw objects in separate documents', () => {
    expect(outDefaultLines(['x', new PSObject({ a: 1 })])).toEqual(['x', '', 'a', '-', '1', '']);
  });
});

describe('built-in views of the module cmdlets', () => {
  // Get-Module's documented output: ModuleType Version PreRelease Name ExportedCommands.
  it('shows Get-Module output as pwsh\'s Module table', () => {
    const m = new PSObject({ ModuleType: 'Script', Version: '3.7.1', PreRelease: '', Name: 'ExchangeOnlineManagement',
      ExportedCommands: ['Connect-ExchangeOnline', 'Get-EXOMailbox'], Path: 'x' }, ['System.Management.Automation.PSModuleInfo', 'System.Object']);
    expect(outDefaultLines([m])).toEqual([
      '',
      'ModuleType Version    PreRelease Name                                ExportedCommands',
      '---------- -------    ---------- ----                                ----------------',
      'Script     3.7.1                 ExchangeOnlineManagement            {Connect-ExchangeOnline, Get-EXOMailbox}',
      '',
    ]);
  });

  // Get-InstalledModule / Find-Module examples in the PowerShellGet docs.
  it('shows Get-InstalledModule output as Version Name Repository Description', () => {
    const m = new PSObject({ Version: '1.3.2', Name: 'Azure', Repository: 'PSGallery', Description: 'Microsoft Azure PowerShell - Service Management' },
      ['Microsoft.PowerShell.Commands.PSRepositoryItemInfo', 'System.Object']);
    expect(outDefaultLines([m])).toEqual([
      '',
      'Version    Name                                Repository           Description',
      '-------    ----                                ----------           -----------',
      '1.3.2      Azure                               PSGallery            Microsoft Azure PowerShell - Service Management',
      '',
    ]);
  });
});

describe('cell text', () => {
  it('follows $FormatEnumerationLimit', () => {
    expect(cellText([1, 2, 3], { enumerationLimit: 1 })).toBe('{1\u2026}');
    expect(cellText([1, 2, 3], { enumerationLimit: -1 })).toBe('{1, 2, 3}');
    expect(cellText([1, 2], { enumerationLimit: 2 })).toBe('{1, 2}');
  });

  it('shows $null elements as $null and a hashtable by its keys', () => {
    expect(cellText([1, null])).toBe('{1, $null}');
    expect(cellText(new PSHashtable(false, [['a', 1], ['b', 2]]))).toBe('{a, b}');
  });

  // PowerShell/PowerShell#19354: a hashtable inside an array shows its Key (or Name, Id) entry.
  it('shows a hashtable element by its display-name entry', () => {
    expect(cellText([new PSHashtable(false, [['Key', 'Test Key'], ['DisplayName', 'CN=x']])])).toBe('{Test Key}');
    expect(cellText([new PSHashtable(false, [['Key', null], ['DisplayName', 'CN=x']])])).toBe('{}');
    expect(cellText([new PSHashtable(false, [['other', 1]])])).toBe('{System.Collections.Hashtable}');
  });

  it('prints numbers as PowerShell does', () => {
    expect(toText(0.1 + 0.2)).toBe('0.3');
    expect(toText(1 / 3)).toBe('0.333333333333333');
    expect(toText(1e20)).toBe('1E+20');
    expect(cellText(2.5, { table: true })).toBe('2.50');
    expect(cellText(2, { table: true })).toBe('2');
  });

  it('prints a date in the current culture', () => {
    expect(toText(DateTime.fromParts(2026, 11, 26, 12, 46, 37))).toBe('11/26/2026 12:46:37 PM');
  });
});

describe('column choice for other renderers', () => {
  it('gives the ad-hoc table columns with their alignment and cell text', () => {
    const choice = chooseColumns(new PSObject({ Name: 'a', Size: 1.5 }));
    expect(choice?.shape).toBe('table');
    expect(choice?.columns.map((c) => [c.label, c.align])).toEqual([['Name', 'left'], ['Size', 'right']]);
    expect(choice?.columns[1].text(new PSObject({ Name: 'b', Size: 2.25 }))).toBe('2.25');
  });

  it('uses a registered view, a list for 5+ properties, and nothing for scalars', () => {
    const group = new PSObject({ Count: 1, Name: 'x', Group: [1], Values: ['x'] }, ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(chooseColumns(group)?.columns.map((c) => c.label)).toEqual(['Count', 'Name', 'Group']);
    expect(chooseColumns(new PSObject({ a: 1, b: 2, c: 3, d: 4, e: 5 }))?.shape).toBe('list');
    expect(chooseColumns('text')).toBeUndefined();
    expect(chooseColumns(42)).toBeUndefined();
  });
});
