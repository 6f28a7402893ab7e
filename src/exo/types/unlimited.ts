/**
 * Microsoft.Exchange.Data.Unlimited<T>: a limit that is either a value or
 * `Unlimited` (quotas, MaxSendSize, RecipientLimits, TotalItemSize).
 * `IsUnlimited` tells which; `Value` is the limit ($null when unlimited).
 */
export class Unlimited<T> {
  static readonly TEXT = 'Unlimited';

  private constructor(private readonly inner: T | undefined) {}

  static unlimited<T>(): Unlimited<T> {
    return new Unlimited<T>(undefined);
  }

  static of<T>(value: T): Unlimited<T> {
    return new Unlimited<T>(value);
  }

  get isUnlimited(): boolean {
    return this.inner === undefined;
  }

  get value(): T | undefined {
    return this.inner;
  }

  toString(): string {
    return this.inner === undefined ? Unlimited.TEXT : String(this.inner);
  }

  equals(other: unknown): boolean {
    if (!(other instanceof Unlimited)) return false;
    if (this.isUnlimited || other.isUnlimited) return this.isUnlimited === other.isUnlimited;
    const a = this.inner as { equals?: (o: unknown) => boolean };
    return typeof a?.equals === 'function' ? a.equals(other.inner) : this.inner === other.inner;
  }

  /** Unlimited is larger than any value. */
  compareTo(other: Unlimited<T>): number {
    if (this.isUnlimited || other.isUnlimited) return this.isUnlimited === other.isUnlimited ? 0 : this.isUnlimited ? 1 : -1;
    const a = this.inner as { compareTo?: (o: unknown) => number };
    if (typeof a?.compareTo === 'function') return a.compareTo(other.inner);
    return this.inner! < other.inner! ? -1 : this.inner! > other.inner! ? 1 : 0;
  }
}
