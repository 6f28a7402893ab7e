/**
 * [ref]: a reference to a variable (or to a boxed value), so methods such as
 * [int]::TryParse can write their out-parameter. The engine builds one for
 * `[ref]$name` with a getter and setter bound to the variable.
 */
export class PSReference {
  constructor(
    private readonly getter: () => unknown,
    private readonly setter: (value: unknown) => void,
  ) {}

  /** A reference to a fresh box holding `initial` (`[ref]5`). */
  static box(initial: unknown): PSReference {
    let v = initial;
    return new PSReference(() => v, (x) => { v = x; });
  }

  get value(): unknown { return this.getter(); }
  set value(v: unknown) { this.setter(v); }

  toString(): string { return 'System.Management.Automation.PSReference'; }
}
