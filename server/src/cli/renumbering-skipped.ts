// Why `fix` leaves the numbers as they are: a number is repeated and a reference to it could
// mean either paragraph, with nothing (no earlier version) to tell which was meant.
import type { DocumentIdentity } from '../core/identity';
import { spokenReference } from '../core/rules/reference-deleted';

const TIMES = ['never', 'once', 'twice', 'three times'];

/** "84", "84 and 92", "84, 92 and 100". */
function listed(items: readonly number[]): string {
  return items.length === 1 ? `${items[0]}` : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The references open to choice and what to do, for a user who ran `fix` with `--since` (`since`) or without. */
export function renumberingSkipped(identity: DocumentIdentity, since: boolean): string {
  // One group for each repeated number, with the lines of each way a reference to it is written.
  const groups = new Map<string, { symbol: string; count: number; lines: Map<string, number[]> }>();
  for (const [citation, binding] of identity.bindingOf) {
    if (binding.kind !== 'ambiguous') continue;
    const key = `${citation.symbol}|${binding.ids.join(',')}`;
    const group = groups.get(key) ?? { symbol: citation.symbol, count: binding.ids.length, lines: new Map<string, number[]>() };
    groups.set(key, group);
    const spoken = spokenReference(citation);
    group.lines.set(spoken, [...(group.lines.get(spoken) ?? []), citation.range.start.line + 1]);
  }
  const open = [...groups.values()].map(({ symbol, count, lines }) => {
    const references = [...lines].map(([spoken, at]) => `"${spoken}" (${at.length === 1 ? 'line' : 'lines'} ${listed(at)})`);
    return `paragraph ${symbol} is numbered ${TIMES[count] ?? `${count} times`} and ${references.join(' and ')} could mean ${count === 2 ? 'either' : 'any of them'}`;
  });
  return `${open.join('; ')}: renumber in the editor, which offers each reading${since ? '' : ', or run with --since EARLIER'}`;
}
