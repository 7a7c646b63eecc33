/**
 * A seeded generator for the simulation: the same seed gives the same month, byte for byte.
 * Ids come from nanoid's `customRandom` fed by this generator (never `Math.random`, and never
 * inside the engine, whose ids are the host's).
 */
import { customRandom } from "nanoid";

/** Readable ids: no 0/O or 1/I/L to confuse on a phone screen. */
export const ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export interface Random {
  /** A number in [0, 1). */
  next: () => number;
  /** A whole number in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  /** An index of `weights`, each drawn in proportion to its weight. */
  weighted: (weights: readonly number[]) => number;
  /** A Poisson count with mean `mean` (Knuth: the means here are small). */
  poisson: (mean: number) => number;
  /** A new id: `prefix` + 8 characters of ID_ALPHABET. */
  id: (prefix: string) => string;
}

/** mulberry32: 32 bits of state, a full period, fast; good enough for synthetic data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  // Ids draw from a generator of their own, so adding an id does not shift every later draw.
  const idBytes = mulberry32(seed ^ 0x5eed1d5);
  const nanoid = customRandom(ID_ALPHABET, 8, (size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = Math.floor(idBytes() * 256);
    return bytes;
  });
  const weighted = (weights: readonly number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    weighted,
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k++;
      return k;
    },
    id: (prefix) => `${prefix}${nanoid()}`,
  };
}
