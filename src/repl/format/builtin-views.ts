/**
 * Default views for the types the language itself produces, after pwsh's
 * DotNetTypes / PowerShellCore format data.
 */
import { DateTime } from '../values/datetime.js';
import { PSObject } from '../values/psobject.js';
import { toText } from './display.js';
import { dictionaryEntries, isDictionary } from './dictionary.js';
import { dateTimeLongText, getProperty } from './properties.js';
import { registerView } from './views.js';

registerView('System.DateTime', {
  kind: 'custom',
  columns: [],
  render: (d) => [d instanceof DateTime ? dateTimeLongText(d) : toText(d)],
});

registerView('System.TimeSpan', {
  kind: 'list',
  columns: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds']
    .map((property) => ({ property })),
});
registerView('System.TimeSpan', {
  kind: 'table',
  columns: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map((property) => ({ property })),
});

registerView('System.TimeSpan', { kind: 'wide', columns: [{ property: 'TotalMilliseconds' }] });

registerView('System.Collections.DictionaryEntry', {
  kind: 'table',
  columns: [{ property: 'Name', width: 30 }, { property: 'Value' }],
});
registerView('System.Collections.DictionaryEntry', {
  kind: 'list',
  columns: [{ property: 'Name' }, { property: 'Value' }],
});

registerView('Microsoft.PowerShell.Commands.GroupInfo', {
  kind: 'table',
  columns: [{ property: 'Count', width: 5, align: 'right' }, { property: 'Name', width: 25 }, { property: 'Group' }],
});
registerView('Microsoft.PowerShell.Commands.GroupInfo', {
  kind: 'list',
  columns: [{ property: 'Name' }, { property: 'Count' }, { property: 'Group' }, { property: 'Values' }],
});
registerView('Microsoft.PowerShell.Commands.GroupInfoNoElement', {
  kind: 'table',
  columns: [{ property: 'Count', width: 5, align: 'right' }, { property: 'Name', width: 25 }],
});

registerView('Microsoft.PowerShell.Commands.GenericMeasureInfo', {
  kind: 'list',
  columns: ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property'].map((property) => ({ property })),
});

registerView('Microsoft.PowerShell.Commands.MemberDefinition', {
  kind: 'table',
  autosize: true,
  groupBy: { property: 'TypeName' },
  columns: [{ property: 'Name' }, { property: 'MemberType' }, { property: 'Definition' }],
});

/** Get-Command: an alias shows its DisplayName (`gci -> Get-ChildItem`). */
const commandInfoView = {
  kind: 'table' as const,
  columns: [
    { property: 'CommandType', width: 15 },
    {
      label: 'Name',
      width: 50,
      expression: (c: unknown) => (String(getProperty(c, 'CommandType')) === 'Alias' ? getProperty(c, 'DisplayName') : getProperty(c, 'Name')),
    },
    { property: 'Version', width: 10 },
    { property: 'Source' },
  ],
};
for (const type of ['CmdletInfo', 'FunctionInfo', 'FilterInfo', 'AliasInfo', 'ApplicationInfo', 'ExternalScriptInfo', 'ScriptInfo', 'CommandInfo']) {
  registerView(`System.Management.Automation.${type}`, commandInfoView);
}

/** Get-Module: ExportedCommands shows the command names (the keys of pwsh's dictionary). */
registerView('System.Management.Automation.PSModuleInfo', {
  kind: 'table',
  columns: [
    { property: 'ModuleType', width: 10 },
    { property: 'Version', width: 10 },
    { property: 'PreRelease', width: 10 },
    { property: 'Name', width: 35 },
    {
      label: 'ExportedCommands',
      expression: (m) => {
        const commands = getProperty(m, 'ExportedCommands');
        return isDictionary(commands) ? dictionaryEntries(commands).map(([key]) => key) : commands;
      },
    },
  ],
});

registerView('System.Management.Automation.PSModuleInfo', { kind: 'wide', columns: [{ property: 'Name' }] });

/** Get-InstalledModule / Find-Module (PowerShellGet's format data). */
registerView('Microsoft.PowerShell.Commands.PSRepositoryItemInfo', {
  kind: 'table',
  columns: [{ property: 'Version', width: 10 }, { property: 'Name', width: 35 }, { property: 'Repository', width: 20 }, { property: 'Description' }],
});

/** An error record in the output stream prints its message on its own. */
registerView('System.Management.Automation.ErrorRecord', {
  kind: 'custom',
  outOfBand: true,
  columns: [],
  render: (e) => [e instanceof PSObject && e.getMethod('ToString') ? toText(e) : toText(getProperty(getProperty(e, 'Exception'), 'Message'))],
});
