import { describe, expect, it } from 'vitest';
import { parseModuleText } from '../../../src/exo/catalog/module-text.js';
import { parametersOf, defaultSetOf } from '../../../src/exo/catalog/parameters.js';

const MODULE = `# generated
function script:Get-Widget
{
    [CmdletBinding(DefaultParameterSetName='Identity')]
    param(
    [Parameter(ParameterSetName='Identity', Position=0, ValueFromPipeline=$true, ValueFromPipelineByPropertyName=$true)]
    [object]
    \${Identity},

    [Parameter(ParameterSetName='AnrSet')]
    [string]
    \${Anr},

    [Alias('RS')]
    [object]
    \${ResultSize},

    [switch]
    \${Archive}
    )
    Process { Execute-Command -CommandName 'Get-Widget' -Parameters $PSBoundParameters }
}

function script:Set-Widget
{
    [CmdletBinding(DefaultParameterSetName='Identity', SupportsShouldProcess=$true, ConfirmImpact='Medium')]
    param(
    [Parameter(ParameterSetName='Identity', Mandatory=$true, Position=0)]
    [Parameter(ParameterSetName='Other', Mandatory=$true)]
    [object]
    \${Identity},

    [Parameter(ParameterSetName='Identity')]
    [ValidateSet('a', 'b(c)')]
    [System.Nullable[bool]]
    \${Enabled},

    [securestring]
    \${Password}
    )
}
$PublicKey = '<RSAKeyValue></RSAKeyValue>'
`;

describe('parseModuleText', () => {
  const catalog = parseModuleText(MODULE);

  it('finds every function with its binding', () => {
    expect(Object.keys(catalog)).toEqual(['Get-Widget', 'Set-Widget']);
    expect(catalog['Get-Widget']!.defaultSet).toBe('Identity');
    expect(catalog['Get-Widget']!.supportsShouldProcess).toBe(false);
    expect(catalog['Set-Widget']!.supportsShouldProcess).toBe(true);
  });

  it('reads parameter sets, positions, pipeline binding, aliases and types', () => {
    const params = parametersOf(catalog['Get-Widget']!);
    expect(params).toEqual([
      { name: 'Identity', type: 'object', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Identity'] },
      { name: 'Anr', type: 'string', parameterSets: ['AnrSet'] },
      { name: 'ResultSize', type: 'unlimited-int', aliases: ['RS'] },
      { name: 'Archive', type: 'switch' },
    ]);
  });

  it('keeps mandatory per set and one binding per [Parameter()]', () => {
    const [identity, enabled, password] = parametersOf(catalog['Set-Widget']!);
    expect(identity).toMatchObject({ name: 'Identity', mandatory: ['Identity', 'Other'], position: 0, parameterSets: ['Identity', 'Other'] });
    expect(enabled).toMatchObject({ name: 'Enabled', type: 'object' });
    expect(password).toMatchObject({ name: 'Password', type: 'securestring' });
    expect(defaultSetOf(catalog['Set-Widget']!)).toBe('Identity');
  });
});
