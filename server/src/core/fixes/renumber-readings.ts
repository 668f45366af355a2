// Which paragraph each reference follows when the text is renumbered. Where the editor
// has seen the references written, each follows the paragraph it was written for. Where
// it has not (a file opened with a number already repeated), a reference to a repeated
// number could mean either paragraph: each reading is offered, none is chosen silently.
import type { Citation, OperativeNode } from '../model';
import type { DocumentIdentity, ParagraphId } from '../identity';
import type { TargetOf } from './renumber';

export interface RenumberReading {
  /** What the reading decides, for the fix's title: "references to 3 follow the first 3 (line 74)"; null when nothing is open to choice. */
  choice: string | null;
  targetOf: TargetOf;
}

// Past this many readings (several repeated numbers, each referred to) the first ones are offered.
const MAX_READINGS = 6;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function ordinal(n: number): string {
  return ORDINALS[n] ?? `${n + 1}th`;
}

/** The readings renumbering can follow: one when every reference's paragraph is known. */
export function renumberReadings(identity: DocumentIdentity): RenumberReading[] {
  const open = new Map<string, { symbol: string; ids: ParagraphId[] }>();
  for (const [citation, binding] of identity.bindingOf) {
    if (binding.kind === 'ambiguous') open.set(`${citation.symbol}|${binding.ids.join(',')}`, { symbol: citation.symbol, ids: binding.ids });
  }
  const groups = [...open.entries()];
  // Every combination of one paragraph per open group, in order.
  let choices: Array<Map<string, number>> = [new Map()];
  for (const [key, group] of groups) {
    choices = choices.flatMap((chosen) => group.ids.map((_, k) => new Map([...chosen, [key, k]]))).slice(0, MAX_READINGS);
  }
  return choices.map((chosen) => {
    const targetOf = (citation: Citation): OperativeNode | null => {
      const binding = identity.bindingOf.get(citation);
      if (binding?.kind === 'bound') return identity.nodeOf.get(binding.id) ?? null;
      if (binding?.kind !== 'ambiguous') return null;
      const k = chosen.get(`${citation.symbol}|${binding.ids.join(',')}`)!;
      return identity.nodeOf.get(binding.ids[k]) ?? null;
    };
    const words = groups.map(([key, group], g) => {
      const k = chosen.get(key)!;
      const node = identity.nodeOf.get(group.ids[k])!;
      const what = `${ordinal(k)} ${group.symbol} (line ${node.ownRange.start.line + 1})`;
      return g === 0 ? `references to ${group.symbol} follow the ${what}` : `to ${group.symbol} the ${what}`;
    });
    return { choice: words.length > 0 ? words.join(', ') : null, targetOf };
  });
}
