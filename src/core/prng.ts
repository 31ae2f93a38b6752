/**
 * The seeded random numbers behind AHP.UNCERTAINTY — spec §1.6 (Uncertainty).
 *
 * xoshiro128** 1.1 (Blackman & Vigna, 2018): 32-bit output, 128-bit state. Seeded as Rust's
 * rand_xoshiro `Xoshiro128StarStar::seed_from_u64(seed)` does: the first two outputs of SplitMix64
 * for the seed fill the state, each low 32 bits first. An auditor re-performs a run with that crate
 * or with the reference C code (xoshiro128starstar.c, splitmix64.c); the tests check both published
 * test vectors. Hand-written (some 30 lines) because the npm generators do not document this
 * seeding, and the functions bundle stays small.
 */

export const PRNG_NAME = "xoshiro128**";

const MASK64 = (BigInt(1) << BigInt(64)) - BigInt(1);
const SPLITMIX_GAMMA = BigInt("0x9e3779b97f4a7c15");
const SPLITMIX_M1 = BigInt("0xbf58476d1ce4e5b9");
const SPLITMIX_M2 = BigInt("0x94d049bb133111eb");

/** SplitMix64 (Steele, Lea & Flood 2014; Vigna's splitmix64.c): the seeding generator. */
export function splitMix64(seed: bigint): () => bigint {
  let state = BigInt.asUintN(64, seed);
  return () => {
    state = (state + SPLITMIX_GAMMA) & MASK64;
    let z = state;
    z = ((z ^ (z >> BigInt(30))) * SPLITMIX_M1) & MASK64;
    z = ((z ^ (z >> BigInt(27))) * SPLITMIX_M2) & MASK64;
    return z ^ (z >> BigInt(31));
  };
}

/** xoshiro128** from an explicit state of four 32-bit words (not all zero): next() → 0 … 2³²−1. */
export function xoshiro128ss(state: readonly number[]): () => number {
  let [s0, s1, s2, s3] = state.map((x) => x >>> 0);
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Uniform numbers in [0, 1): each is next() / 2³², from a whole-number seed ≥ 0. */
export function seededUniform(seed: number): () => number {
  const mix = splitMix64(BigInt(seed));
  const words: number[] = [];
  for (let k = 0; k < 2; k++) {
    const z = mix();
    words.push(Number(z & BigInt(0xffffffff)), Number(z >> BigInt(32)));
  }
  const next = xoshiro128ss(words);
  return () => next() / 4294967296;
}
