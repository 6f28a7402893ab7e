/**
 * The value layer's public API, for the evaluator, binder and formatter.
 * See each module for details; the number model is described in types.ts.
 */
export { PSObject, type PSNoteProperty, type PSMethod } from './psobject.js';
export { PSHashtable, type HashtableEntry } from './hashtable.js';
export { DateTime, TimeSpan, type DateTimeKind, type Culture } from './datetime.js';
export { formatDateTime } from './datetime-format.js';
export { PSGuid } from './guid.js';
export { PSList } from './list.js';
export { PSRegex } from './psregex.js';
export { PSReference } from './reference.js';
export { PSEnumValue, enumValue } from './enum.js';
export { createStringBuilder } from './string-builder.js';
export { SecureString, revealSecureString, createCredential, isCredential, PSCREDENTIAL_TYPE } from './securestring.js';
export { PSRuntimeError, DotNetException, type ErrorCategory } from './errors.js';
export {
  resolveType, typeOf, typeNamesOf, isInstanceOf, registerValueType, arrayTypeOf, listTypeOf, TYPES, ARRAY_ELEMENT_TYPE,
  type PSTypeInfo, type TypeKind,
} from './types.js';
export { PSTypeObject } from './type-object.js';
export {
  toBoolean, toPSString, toNumber, convertTo, tryConvertTo, parseNumber, roundHalfEven, SwitchValue,
  conversionError, castError, typeNotFound,
} from './convert.js';
export { customObjectToString, numberToPSString } from './to-string.js';
export { formatNumber, formatGeneral, doubleToPSString } from './number-format.js';
export { PSNumber, makeDouble, makeLong, makeDecimal, numberKindOf, unboxNumber, literalNumber, type NumberKind } from './numbers.js';
export { compositeFormat, formatArgument } from './composite-format.js';
export { binaryOperator, unaryOperator, type OperatorContext } from './operators.js';
export { valueEquals, compareValues, compareStrings, wildcardToRegExp, likeMatch } from './comparison.js';
export { matchesTable } from './string-operators.js';
export { compileRegex, translatePattern, escapeRegex, type RegexOptions } from './regex.js';
export { getMember, setMember, invokeMethod, indexValue, setIndex, registerMemberProvider, type MemberProvider } from './members.js';
export { getStaticMember, invokeStaticMethod, registerStaticType, staticMembersOf, type StaticType } from './statics.js';
export { listMembers, shortTypeName, type MemberInfo, type MemberType } from './member-list.js';
