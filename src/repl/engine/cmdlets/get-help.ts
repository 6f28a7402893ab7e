/** Get-Help: NAME, SYNOPSIS and SYNTAX built from a command's own definition; -Full adds PARAMETERS. */
import type { CmdletDefinition, ParameterDefinition } from '../../cmdlets/types.js';
import { resolveCommand } from '../eval/commands.js';
import { RuntimeError } from '../errors/error-record.js';
import { dotNetTypeName, type EngineParameter } from '../binder.js';
import { allAliases } from './command-info.js';
import { engineOf, frameOf } from './engine-access.js';

export const getHelp: CmdletDefinition = {
  name: 'Get-Help',
  synopsis: 'Displays information about commands.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Name', type: 'string', position: 0, description: 'The command to describe.' },
    { name: 'Full', type: 'switch', description: 'Adds parameter details.' },
    { name: 'Examples', type: 'switch', description: 'Shows only the examples.' },
    { name: 'Detailed', type: 'switch', description: 'Adds parameter descriptions.' },
  ],
  create(ctx) {
    return {
      *process(params) {
        const name = (params['Name'] as string | undefined) ?? 'Get-Help';
        let def: CmdletDefinition;
        try {
          def = resolveCommand(name, frameOf(ctx)).def;
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e;
          ctx.writeError(`Get-Help could not find ${name} in a help file in this session.`, { category: 'ResourceUnavailable', errorId: 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand', targetObject: name });
          return;
        }
        const shown = def.name || name;
        if (params['Examples'] === true) {
          yield ['', `NAME`, `    ${shown}`, '', 'SYNOPSIS', `    ${def.synopsis}`, '', '    (No examples are available for this command.)', ''].join('\n');
          return;
        }
        const lines = ['', 'NAME', `    ${shown}`, '', 'SYNOPSIS', `    ${def.synopsis || shown}`, '', '', 'SYNTAX'];
        for (const line of syntaxLines(def, shown)) lines.push(`    ${line}`, '');
        if (params['Full'] === true || params['Detailed'] === true) {
          lines.push('', 'PARAMETERS');
          for (const p of def.parameters) lines.push(...parameterBlock(p));
          lines.push('    <CommonParameters>', '        This cmdlet supports the common parameters: Verbose, Debug,', '        ErrorAction, ErrorVariable, WarningAction, WarningVariable,', '        OutBuffer, PipelineVariable, and OutVariable.', '');
        }
        const aliases = [...allAliases(engineOf(ctx)).values()].filter((a) => a.target.toLowerCase() === shown.toLowerCase()).map((a) => a.name);
        lines.push('', 'ALIASES', `    ${aliases.length ? aliases.join(', ') : 'None'}`, '', '', 'REMARKS', `    Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.`, '');
        yield lines.join('\n');
      },
    };
  },
};

/** One syntax line per parameter set, as pwsh writes them. */
export function syntaxLines(def: CmdletDefinition, name: string): string[] {
  const sets = new Set<string>();
  for (const p of def.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
  const setNames = sets.size ? [...sets] : [undefined];
  if (def.defaultParameterSet && sets.has(def.defaultParameterSet)) setNames.sort((a, b) => (a === def.defaultParameterSet ? -1 : b === def.defaultParameterSet ? 1 : 0));
  return setNames.map((set) => {
    const params = def.parameters.filter((p) => !set || !p.parameterSets || p.parameterSets.includes(set));
    const positional = params.filter((p) => p.position !== undefined).sort((a, b) => a.position! - b.position!);
    const named = params.filter((p) => p.position === undefined);
    const parts = [...positional, ...named].map((p) => syntaxOf(p, set));
    if (def.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    parts.push('[<CommonParameters>]');
    return `${name} ${parts.join(' ')}`;
  });
}

function isMandatory(p: ParameterDefinition, set: string | undefined): boolean {
  return p.mandatory === true || (Array.isArray(p.mandatory) && set !== undefined && p.mandatory.includes(set));
}

function syntaxOf(p: ParameterDefinition, set: string | undefined): string {
  const mandatory = isMandatory(p, set);
  if (p.type === 'switch') return mandatory ? `-${p.name}` : `[-${p.name}]`;
  const type = `<${shortType(p)}>`;
  const nameText = p.position !== undefined ? `[-${p.name}]` : `-${p.name}`;
  const body = `${nameText} ${type}`;
  return mandatory ? body : `[${body}]`;
}

const SHORT_TYPES: Record<string, string> = { String: 'string', 'String[]': 'string[]', Int32: 'int', 'Int32[]': 'int[]', Int64: 'long', UInt32: 'uint', Double: 'double', Boolean: 'bool', Object: 'Object', 'Object[]': 'Object[]', ScriptBlock: 'scriptblock', 'ScriptBlock[]': 'scriptblock[]', Hashtable: 'hashtable', DateTime: 'datetime', TimeSpan: 'timespan', SecureString: 'securestring', PSCredential: 'pscredential' };

/** A .NET type name as syntax shows it: no namespace, accelerators for the common ones, generics as `Unlimited[uint]`. */
function shortTypeName(full: string): string {
  const generic = /^([^`]+)`\d+\[(.+)\]$/.exec(full);
  if (generic) return `${shortTypeName(generic[1]!)}[${generic[2]!.split(',').map((a) => shortTypeName(a.trim())).join(',')}]`;
  const short = full.slice(full.lastIndexOf('.') + 1);
  return SHORT_TYPES[short] ?? short;
}

function shortType(p: ParameterDefinition): string {
  return shortTypeName(dotNetTypeName(p as EngineParameter));
}

function parameterBlock(p: ParameterDefinition): string[] {
  const type = p.type === 'switch' ? '' : ` <${shortType(p)}>`;
  return [
    `    -${p.name}${type}`,
    ...(p.description ? [`        ${p.description}`, ''] : []),
    `        Required?                    ${p.mandatory ? 'true' : 'false'}`,
    `        Position?                    ${p.position !== undefined ? p.position : 'named'}`,
    `        Accept pipeline input?       ${p.valueFromPipeline ? 'true (ByValue)' : p.valueFromPipelineByPropertyName ? 'true (ByPropertyName)' : 'false'}`,
    `        Aliases                      ${p.aliases?.length ? p.aliases.join(', ') : 'None'}`,
    `        Accept wildcard characters?  false`,
    '',
  ];
}
