/**
 * Where-Object: passes on the input objects for which the script block is
 * true, or (simplified syntax) for which `$_.Property -op Value` is true.
 */
import type { CmdletDefinition, ParameterDefinition } from './types.js';
import { binaryOperator } from '../values/operators.js';
import { getProperty, toBoolean } from './pipeline-common/values.js';

/** Switch name → [operator, parameter set, aliases]. */
const OPERATORS: [string, string, string, string[]][] = [
  ['EQ', 'eq', 'EqualSet', ['IEQ']], ['CEQ', 'ceq', 'CaseSensitiveEqualSet', []],
  ['NE', 'ne', 'NotEqualSet', ['INE']], ['CNE', 'cne', 'CaseSensitiveNotEqualSet', []],
  ['GT', 'gt', 'GreaterThanSet', ['IGT']], ['CGT', 'cgt', 'CaseSensitiveGreaterThanSet', []],
  ['LT', 'lt', 'LessThanSet', ['ILT']], ['CLT', 'clt', 'CaseSensitiveLessThanSet', []],
  ['GE', 'ge', 'GreaterOrEqualSet', ['IGE']], ['CGE', 'cge', 'CaseSensitiveGreaterOrEqualSet', []],
  ['LE', 'le', 'LessOrEqualSet', ['ILE']], ['CLE', 'cle', 'CaseSensitiveLessOrEqualSet', []],
  ['Like', 'like', 'LikeSet', ['ILike']], ['CLike', 'clike', 'CaseSensitiveLikeSet', []],
  ['NotLike', 'notlike', 'NotLikeSet', ['INotLike']], ['CNotLike', 'cnotlike', 'CaseSensitiveNotLikeSet', []],
  ['Match', 'match', 'MatchSet', ['IMatch']], ['CMatch', 'cmatch', 'CaseSensitiveMatchSet', []],
  ['NotMatch', 'notmatch', 'NotMatchSet', ['INotMatch']], ['CNotMatch', 'cnotmatch', 'CaseSensitiveNotMatchSet', []],
  ['Contains', 'contains', 'ContainsSet', ['IContains']], ['CContains', 'ccontains', 'CaseSensitiveContainsSet', []],
  ['NotContains', 'notcontains', 'NotContainsSet', ['INotContains']], ['CNotContains', 'cnotcontains', 'CaseSensitiveNotContainsSet', []],
  ['In', 'in', 'InSet', ['IIn']], ['CIn', 'cin', 'CaseSensitiveInSet', []],
  ['NotIn', 'notin', 'NotInSet', ['INotIn']], ['CNotIn', 'cnotin', 'CaseSensitiveNotInSet', []],
  ['Is', 'is', 'IsSet', []], ['IsNot', 'isnot', 'IsNotSet', []],
];

const COMPARISON_SETS = OPERATORS.map(([, , set]) => set);

const parameters: ParameterDefinition[] = [
  { name: 'InputObject', type: 'object', valueFromPipeline: true },
  { name: 'FilterScript', type: 'scriptblock', mandatory: true, position: 0, parameterSets: ['ScriptBlockSet'] },
  { name: 'Property', type: 'string', mandatory: true, position: 0, parameterSets: [...COMPARISON_SETS, 'Not'] },
  { name: 'Value', type: 'object', position: 1, parameterSets: COMPARISON_SETS },
  ...OPERATORS.map(([name, , set, aliases]): ParameterDefinition => ({
    name, type: 'switch', parameterSets: [set], aliases,
    // -EQ may be left out: `Where-Object Name` alone tests the property's truth.
    mandatory: name !== 'EQ',
  })),
  { name: 'Not', type: 'switch', mandatory: true, parameterSets: ['Not'] },
];

export const whereObject: CmdletDefinition = {
  name: 'Where-Object',
  aliases: ['?', 'where'],
  synopsis: 'Selects objects from a collection based on their property values.',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'EqualSet',
  parameters,
  create(ctx) {
    const filter = ctx.params.FilterScript;
    const property = ctx.params.Property as string | undefined;
    const valueGiven = ctx.boundNames.has('Value');
    const value = ctx.params.Value;
    const chosen = OPERATORS.find(([name]) => ctx.params[name] === true);
    const negate = ctx.params.Not === true;

    if (filter === undefined || filter === null) {
      if (!valueGiven && chosen) {
        ctx.fail('The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.',
          { errorId: 'ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand', category: 'InvalidArgument' });
      }
      if (valueGiven && !chosen) {
        ctx.fail('An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle',
          { errorId: 'OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand', category: 'InvalidArgument' });
      }
    }
    const op = chosen?.[1];
    const rhs = op === 'like' || op === 'clike' || op === 'notlike' || op === 'cnotlike' ? String(value ?? '') : value;

    const test = (input: unknown): boolean => {
      const lhs = getProperty(input, property!);
      if (negate) return !toBoolean(lhs);
      if (!valueGiven) return toBoolean(lhs);
      return toBoolean(binaryOperator(`-${op}`, lhs, rhs));
    };

    return {
      process(params, input) {
        const item = input.present ? input.value : params.InputObject;
        if (!input.present && !ctx.boundNames.has('InputObject')) return;
        if (filter !== undefined && filter !== null) {
          const now = ctx.invokeSync?.(filter, { dollarUnder: item, input: [item] });
          if (now) return toBoolean(now.length === 1 ? now[0] : now) ? [item] : [];
          return filterByScript(item);
        }
        return test(item) ? [item] : [];
      },
    };

    async function* filterByScript(item: unknown): AsyncGenerator<unknown> {
      const result = await ctx.invoke(filter, { dollarUnder: item, input: [item] });
      if (toBoolean(result.length === 1 ? result[0] : result)) yield item;
    }
  },
};
