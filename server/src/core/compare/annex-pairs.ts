// Which annex of the newer version continues which annex of the older one: the same
// label ("Annex II") first, then the rest in order.
import type { Annex } from '../model';

export interface AnnexPair {
  before: Annex | null;
  after: Annex | null;
}

export function pairAnnexes(before: Annex[], after: Annex[]): AnnexPair[] {
  const partner = new Map<Annex, Annex>();
  const taken = new Set<Annex>();
  for (const a of before) {
    const b = after.find((candidate) => !taken.has(candidate) && candidate.label === a.label);
    if (b) {
      partner.set(a, b);
      taken.add(b);
    }
  }
  const freeAfter = after.filter((b) => !taken.has(b));
  for (const a of before) {
    if (partner.has(a) || freeAfter.length === 0) continue;
    const b = freeAfter.shift()!;
    partner.set(a, b);
    taken.add(b);
  }
  // In the newer version's order; an unpaired older annex right after the annexes that preceded it.
  const pairs: AnnexPair[] = after.map((b) => ({ before: before.find((a) => partner.get(a) === b) ?? null, after: b }));
  before.forEach((a, i) => {
    if (partner.has(a)) return;
    const earlier = new Set(before.slice(0, i));
    let at = 0;
    pairs.forEach((p, k) => {
      if (p.before && earlier.has(p.before)) at = k + 1;
    });
    pairs.splice(at, 0, { before: a, after: null });
  });
  return pairs;
}
