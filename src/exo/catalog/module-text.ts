/**
 * Reads cmdlet metadata out of the service's generated module text (the
 * AutoGEN tmpEXO .psm1, exo-protocol.md §4.3), as the module's own import
 * does: one `function script:Verb-Noun` per cmdlet, with its
 * `[CmdletBinding(...)]` and a `param(...)` block of `[Parameter(...)]`,
 * `[Alias(...)]` and type attributes ahead of each `${Name}`.
 */
import type { Catalog, CatalogBinding, CatalogCmdlet, CatalogParameter } from './metadata.js';

const FUNCTION = /^function\s+(?:script:|global:)?([A-Za-z]+-[A-Za-z0-9]+)\s*$/gim;
/** `[Name(args)]`, `[type]` (possibly generic or an array), or a `${Name}` / `$Name` variable. */
const TOKEN = /\[\s*([\w.]+)\s*\(((?:[^()'"]|'[^']*'|"[^"]*"|\([^()]*\))*)\)\s*\]|\[\s*([\w.]+(?:\[[\w.,\s]*\])*)\s*\]|\$\{([^}]+)\}|\$(\w+)/g;

export function parseModuleText(text: string): Catalog {
  const catalog: Catalog = {};
  const heads = [...text.matchAll(FUNCTION)];
  heads.forEach((m, i) => {
    const body = text.slice(m.index! + m[0].length, i + 1 < heads.length ? heads[i + 1]!.index : text.length);
    const parsed = parseFunction(body);
    if (parsed) catalog[m[1]!] = parsed;
  });
  return catalog;
}

/** Named arguments of an attribute: `ParameterSetName='x', Mandatory=$true, Position=0` → lower-cased keys. */
function attributeArgs(args: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of args.matchAll(/(\w+)\s*(?:=\s*('(?:[^']|'')*'|"[^"]*"|\$\w+|[\w.-]+))?/g)) {
    out.set(m[1]!.toLowerCase(), (m[2] ?? '$true').replace(/^['"]|['"]$/g, ''));
  }
  return out;
}

const isTrue = (v: string | undefined) => v !== undefined && /^\$?true$/i.test(v);

function parseFunction(body: string): CatalogCmdlet | undefined {
  const paramStart = body.search(/\bparam\s*\(/i);
  if (paramStart < 0) return undefined;
  const binding = /\[CmdletBinding\s*\(([^)]*)\)\s*\]/i.exec(body.slice(0, paramStart));
  const bindingArgs = attributeArgs(binding?.[1] ?? '');
  const block = body.slice(body.indexOf('(', paramStart) + 1, paramBlockEnd(body, paramStart));
  const parameters: CatalogParameter[] = [];
  let pending: { bindings: CatalogBinding[]; aliases: string[]; type: string } = { bindings: [], aliases: [], type: 'object' };
  for (const t of block.matchAll(TOKEN)) {
    const [, attr, args, typeName, braced, plain] = t;
    if (attr !== undefined) {
      const a = attributeArgs(args ?? '');
      if (/^parameter$/i.test(attr)) {
        const pipe = isTrue(a.get('valuefrompipeline')) ? 'True (ByPropertyName, ByValue)' : isTrue(a.get('valuefrompipelinebypropertyname')) ? 'True (ByPropertyName)' : 'False';
        const position = a.get('position');
        pending.bindings.push({ sets: [a.get('parametersetname') ?? '(All)'], required: isTrue(a.get('mandatory')), position: position === undefined ? null : Number(position), pipeline: pipe });
      } else if (/^alias$/i.test(attr)) {
        pending.aliases.push(...[...(args ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((x) => x[1] ?? x[2]!));
      }
    } else if (typeName !== undefined) {
      pending.type = typeName.split('.').pop()!;
    } else {
      const name = braced ?? plain!;
      parameters.push({ name, type: pending.type, aliases: pending.aliases, bindings: pending.bindings.length ? pending.bindings : [{ sets: ['(All)'], required: false, position: null, pipeline: 'False' }] });
      pending = { bindings: [], aliases: [], type: 'object' };
    }
  }
  const sets = [...new Set(parameters.flatMap((p) => p.bindings.flatMap((b) => b.sets)).filter((s) => s !== '(All)'))];
  return {
    parameterSets: sets.length ? sets : ['(single)'],
    defaultSet: bindingArgs.get('defaultparametersetname') ?? null,
    supportsShouldProcess: isTrue(bindingArgs.get('supportsshouldprocess')),
    parameters,
  };
}

/** Index of the `)` closing `param(`, skipping nested parentheses and quoted text. */
function paramBlockEnd(body: string, from: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = body.indexOf('(', from); i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return body.length;
}
