/** A parsed filter, shared by OPATH (`-Filter`) and OData (`$filter`). */
export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge' | 'like' | 'notlike';

export type FilterValue = { kind: 'string'; text: string } | { kind: 'number'; value: number } | { kind: 'bool'; value: boolean } | { kind: 'null' };

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; expr: FilterNode }
  | { type: 'cmp'; property: string; op: CompareOp; value: FilterValue; position: number };
