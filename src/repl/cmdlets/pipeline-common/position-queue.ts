/**
 * Select-Object's -First/-Last/-Skip/-SkipLast selection, following pwsh's
 * SelectObjectQueue: objects stream through as soon as their fate is known and
 * at most last+skip (or skipLast) objects are held, so `-Last 1` over a
 * million objects uses constant memory. With -Last, -Skip counts from the end.
 */
export interface PositionOptions { first?: number; last?: number; skip: number; skipLast: number }

export class PositionQueue {
  private readonly first: number;
  private readonly last: number;
  private skip: number;
  private readonly skipLast: number;
  private readonly firstOrLast: boolean;
  private streamed = 0;
  private items: unknown[] = [];
  private head = 0;

  constructor(options: PositionOptions) {
    this.first = options.first ?? 0;
    this.last = options.last ?? 0;
    this.skip = options.skip;
    this.skipLast = options.skipLast;
    this.firstOrLast = options.first !== undefined || options.last !== undefined;
  }

  /** True once -First has all it asked for: upstream may stop. */
  get done(): boolean {
    return this.firstOrLast && this.last === 0 && this.first !== 0 && this.streamed >= this.first;
  }

  /** Takes one input object; returns those now ready to be written. */
  push(item: unknown): unknown[] {
    if (this.last > 0 && ((this.first === 0 && this.size >= this.last + this.skip) || (this.first !== 0 && this.size >= this.last))) {
      this.dequeue();
    }
    this.items.push(item);
    const ready = this.streamingDequeue();
    return ready === NOTHING ? [] : [ready];
  }

  /** At the end of input: what is still held and selected. */
  flush(): unknown[] {
    const out: unknown[] = [];
    if (this.skipLast > 0) return out;
    if (this.first !== 0) {
      while (this.size > 0) out.push(this.dequeue());
    } else {
      while (this.size > this.skip) out.push(this.dequeue());
    }
    return out;
  }

  private streamingDequeue(): unknown {
    if (this.skip === 0) {
      if (this.skipLast > 0) {
        if (this.size > this.skipLast) return this.dequeue();
      } else {
        if (this.streamed < this.first || !this.firstOrLast) {
          this.streamed++;
          return this.dequeue();
        }
        if (this.last === 0) this.dequeue();
      }
    } else if (this.last === 0 || this.first !== 0) {
      this.dequeue();
      this.skip--;
    }
    return NOTHING;
  }

  private get size(): number {
    return this.items.length - this.head;
  }

  private dequeue(): unknown {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    // Compact now and then so the array does not grow with the input.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const NOTHING = Symbol('nothing');
