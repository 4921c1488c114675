/**
 * A seeded pseudo-random generator for the demo data (sfc32, seeded through a string hash). Never
 * Math.random: the same seed must give the same plant, byte for byte. `fork` derives independent
 * streams (one per client and concern), so a change in how one table is generated does not shift
 * the numbers every other table receives.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  readonly #seed: number;
  readonly #stream: string;

  /** A generator for `seed`, on the stream named `stream` (any text). */
  constructor(seed: number, stream = '') {
    const [a, b, c, d] = hash128(`${seed}\u0000${stream}`);
    this.#a = a;
    this.#b = b;
    this.#c = c;
    this.#d = d;
    this.#seed = seed;
    this.#stream = stream;
    // Discard the first outputs: sfc32 needs a few rounds to mix a seed.
    for (let i = 0; i < 12; i += 1) this.next();
  }

  /** An independent generator for a named sub-stream of this one. */
  fork(name: string): Random {
    return new Random(this.#seed, `${this.#stream}/${name}`);
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick needs a non-empty list');
    return item;
  }

  /** A key of `weights`, chosen in proportion to its weight (keys in insertion order). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = (Object.entries(weights) as [K, number | undefined][]).map(
      ([key, weight]): [K, number] => [key, weight ?? 0],
    );
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('Random.weighted needs at least one weight');
    return last[0];
  }

  /** A normally distributed number (Box-Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A copy of `items` in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  }

  /**
   * A UUIDv7 for the moment `ms`: the store would otherwise generate one from the wall clock and
   * crypto randomness, and the same seed must give the same ids.
   */
  uuid7(ms: number): string {
    const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
    const time = hex(Math.max(0, Math.floor(ms)), 12);
    const word = () => Math.floor(this.next() * 0x10000);
    const randA = word() & 0x0fff;
    const variant = (word() & 0x3fff) | 0x8000;
    const tail = [word(), word(), word()].map((w) => hex(w, 4)).join('');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(randA, 3)}-${hex(variant, 4)}-${tail}`;
  }
}

/** cyrb128: four 32-bit words from a string, enough state to seed sfc32. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
