/**
 * Deterministic randomness: every seeded value is derived from a string key
 * (seed, tenant domain, object index, purpose), so any object can be rebuilt
 * on demand without keeping it in memory.
 */
export function hash32(text: string): number {
  // FNV-1a followed by a murmur3 finalizer for good bit diffusion.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small fast PRNG (mulberry32) seeded from a key. */
export class Rng {
  private state: number;
  constructor(key: string) {
    this.state = hash32(key) || 1;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += ((this.next() * 0x10000) >>> 0).toString(16).padStart(4, '0');
    return out.slice(0, length);
  }
}
