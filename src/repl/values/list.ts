/** The generic collection classes PSList models; both have the same members. */
export type ListClass = 'System.Collections.Generic.List' | 'System.Collections.ObjectModel.Collection';

/**
 * System.Collections.Generic.List[T] (a growable list with an element type
 * name), or System.Collections.ObjectModel.Collection[T], which cmdlets such
 * as Group-Object hand out.
 */
export class PSList {
  readonly items: unknown[];

  constructor(
    /** Element type full name, e.g. 'System.String'. */
    readonly elementType: string = 'System.Object',
    items: Iterable<unknown> = [],
    readonly listClass: ListClass = 'System.Collections.Generic.List',
  ) {
    this.items = [...items];
  }

  get count(): number { return this.items.length; }

  toString(): string { return `${this.listClass}\`1[${this.elementType}]`; }
}
