/** System.Collections.Generic.List[T]: a growable list with an element type name. */
export class PSList {
  readonly items: unknown[];

  constructor(
    /** Element type full name, e.g. 'System.String'. */
    readonly elementType: string = 'System.Object',
    items: Iterable<unknown> = [],
  ) {
    this.items = [...items];
  }

  get count(): number { return this.items.length; }

  toString(): string { return `System.Collections.Generic.List\`1[${this.elementType}]`; }
}
