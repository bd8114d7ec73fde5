// What several benches share: a deterministic random source, so every run measures the same data, and
// the median and p95 of a list of timings.

/** mulberry32: small, fast and deterministic for a given seed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((x, y) => x - y);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
}
