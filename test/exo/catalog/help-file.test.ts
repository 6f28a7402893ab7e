import { describe, expect, it } from 'vitest';
import { helpFileNamesOf, synopsesOf } from '../../../src/exo/catalog/help-file.js';
import { mamlFor } from '../../../src/sandbox/exchange/http/help-file.js';

describe('cmdlet help from the service', () => {
  it('finds $HelpFileNames in the module text', () => {
    const text = "function script:Get-Mailbox\n{\n}\n$HelpFileNames = @('Microsoft.Exchange.RecipientTasks-Help.xml', \"Microsoft.Exchange.WebClient-Help.xml\")\n$PublicKey = 'x'\n";
    expect(helpFileNamesOf(text)).toEqual(['Microsoft.Exchange.RecipientTasks-Help.xml', 'Microsoft.Exchange.WebClient-Help.xml']);
    expect(helpFileNamesOf('$PublicKey = "x"')).toEqual([]);
  });

  it('reads each command synopsis out of MAML, entities decoded', () => {
    const maml = mamlFor(['Get-Mailbox', 'Get-InboxRule']);
    const s = synopsesOf(maml);
    expect([...s.keys()]).toEqual(['Get-Mailbox', 'Get-InboxRule']);
    expect(s.get('Get-Mailbox')).toBe('Use the Get-Mailbox cmdlet to view mailbox objects and attributes, or to supply mailbox information to other cmdlets.');
    expect(synopsesOf('<command:details><command:name>A-B</command:name><maml:description><maml:para>x &amp; &lt;y&gt;</maml:para></maml:description></command:details>').get('A-B')).toBe('x & <y>');
  });
});
