/**
 * A small seeded generator (mulberry32): the same seed draws the same values, so a generated tree that fails is
 * built again from the seed fast-check reports.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const maybe = <T>(items: readonly T[], chance = 0.5) => (next() < chance ? pick(items) : null);
  return { next, int, pick, maybe };
}
