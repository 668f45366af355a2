import { citationsAtHand } from './cited-text';
import type { Finding, Rule } from './rule';

/** A title's words as compared: quotes of one style, the first letter in lower case, no full stop at the end. */
function words(title: string): string[] {
  const plain = title
    .replace(/[‘’‛']/g, "'")
    .replace(/[“”„"]/g, '"')
    .replace(/\u00AD/g, '')
    .trim()
    .replace(/\.$/, '');
  return `${plain.charAt(0).toLowerCase()}${plain.slice(1)}`.split(/\s+/).filter(Boolean);
}

/** What the words quoted have where the title's differ: the part between what both begin and end with. */
function difference(quoted: string[], title: string[], symbol: string): string {
  let start = 0;
  while (start < quoted.length && start < title.length && quoted[start] === title[start]) start++;
  let end = 0;
  while (end < quoted.length - start && end < title.length - start && quoted[quoted.length - 1 - end] === title[title.length - 1 - end]) end++;
  const ours = quoted.slice(start, quoted.length - end).join(' ');
  const theirs = title.slice(start, title.length - end).join(' ');
  if (!ours) return `it lacks “${theirs}”`;
  if (!theirs) return `“${ours}” is not in the title of ${symbol}`;
  return `“${ours}” where the title of ${symbol} has “${theirs}”`;
}

export const citationTitle: Rule = {
  code: 'citation.title',
  severity: 'warning',
  reads: 'text',
  description:
    "A title quoted after a citation ('resolution 71/28 entitled \"…\"') that is not the cited document's title (case of the first letter, quotes, spacing, hyphens and a final full stop aside); checked when the cited document is at hand.",
  check(doc, { cited }) {
    const findings: Finding[] = [];
    for (const { citation, document } of citationsAtHand(doc, cited, (c) => c.title !== undefined)) {
      if (!document.title) continue;
      const quoted = words(citation.title!.value);
      const title = words(document.title.text);
      // Spacing and hyphens aside: an extractor's stray space inside a word ("cyber space"), a hyphen it dropped at a line's end ("zerowaste").
      if (quoted.join('').replaceAll('-', '') === title.join('').replaceAll('-', '')) continue;
      findings.push({ message: `The title quoted differs: ${difference(quoted, title, citation.symbol)}.`, range: citation.title!.range });
    }
    return findings;
  },
};
