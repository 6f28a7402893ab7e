/** Default views for the objects the engine cmdlets emit, as pwsh's format data has them. */
import { registerView } from '../../format/views.js';

for (const type of ['System.Management.Automation.CmdletInfo', 'System.Management.Automation.FunctionInfo', 'System.Management.Automation.AliasInfo']) {
  registerView(type, {
    kind: 'table',
    columns: [{ property: 'CommandType', width: 15 }, { label: 'Name', property: 'DisplayName', width: 50 }, { property: 'Version', width: 10 }, { property: 'Source' }],
  });
}

registerView('System.Management.Automation.PSVariable', {
  kind: 'table',
  columns: [{ property: 'Name', width: 30 }, { property: 'Value' }],
});
