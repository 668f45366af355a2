// What a damaged variant must share with its clean source, one line per fact, each line
// opening with its category so a difference says what broke:
//   tree:      every part's and annex's label tree (H/P and the label, indented by depth)
//   preamble:  the number of preambular paragraphs of every part and annex
//   footnotes: the footnote labels in order
//   cited:     the cited symbols, one a line, as a sorted set (internal references aside)
//   findings:  every diagnostic's code and message, sorted (positions aside; spacing aside,
//              as messages quote the text)
//   text:      the text of every paragraph and footnote without spacing or hyphens, as
//              corpus-helpers' `comparable` — so that no dropped or altered word passes. The
//              model keeps a text as written, with the spaces an extractor put inside words
//              ("resolut ion"); a reader sees the same words, so spacing is no difference
// Phrases are not compared on their own: a phrase the parser no longer sees shows in the findings.
import type { OperativeNode, ResolutionDocument } from '../../src/core/model';
import { checkDocument } from '../../src/core/check';
import { bodyParts } from '../../src/core/parts';
import { comparable } from '../corpus-helpers';

export const CATEGORIES = ['tree', 'preamble', 'footnotes', 'cited', 'findings', 'text'] as const;
export type Category = (typeof CATEGORIES)[number];

function walk(nodes: OperativeNode[], where: string, depth: number, out: string[]): void {
  for (const node of nodes) {
    const label = `${node.kind === 'heading' ? 'H' : 'P'} ${node.label?.text ?? '-'}`;
    out.push(`tree: ${where}${' '.repeat(depth)}${label}`);
    out.push(`text: ${where}${label}|${comparable(node.text)}`);
    walk(node.children, `${where}${label} `, depth + 1, out);
  }
}

/** The facts of a parsed document the variants of its text must keep. */
export function perturbModel(doc: ResolutionDocument): string[] {
  const out: string[] = [];
  const body = (where: string, preamble: { text: string }[], operative: OperativeNode[]) => {
    out.push(`preamble: ${where}${preamble.length}`);
    preamble.forEach((p, i) => out.push(`text: ${where}preamble ${i + 1}|${comparable(p.text)}`));
    walk(operative, where, 0, out);
  };
  for (const part of bodyParts(doc)) {
    if (part.label) out.push(`tree: part ${part.label.value}`);
    body(part.label ? `part ${part.label.value} ` : '', part.preamble, part.operative);
  }
  for (const annex of doc.annexes) {
    out.push(`tree: ${annex.label}`);
    body(`${annex.label} `, annex.preamble, annex.operative);
  }
  out.push(`footnotes: ${doc.footnotes.map((f) => f.label).join(' ')}`);
  for (const f of doc.footnotes) out.push(`text: footnote ${f.label}|${comparable(f.text)}`);
  for (const symbol of [...new Set(doc.citations.filter((c) => c.kind !== 'internal').map((c) => c.symbol))].sort()) out.push(`cited: ${symbol}`);
  out.push(
    ...checkDocument(doc)
      .diagnostics.map((d) => `findings: ${d.code}|${comparable(d.message)}`)
      .sort(),
  );
  return out;
}

export interface Difference {
  categories: Category[];
  /** Lines of the source's model the variant lacks (`-`) and lines it has instead (`+`), in order. */
  lines: string[];
}

/** How a variant's model differs from its source's: empty categories when they agree. */
export function difference(source: string[], variant: string[]): Difference {
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const only = (lines: string[], other: Map<string, number>) =>
    lines.filter((line) => {
      const left = other.get(line) ?? 0;
      other.set(line, left - 1);
      return left <= 0;
    });
  const removed = only(source, count(variant));
  const added = only(variant, count(source));
  const categories = CATEGORIES.filter((c) => [...removed, ...added].some((line) => line.startsWith(`${c}:`)));
  return { categories, lines: [...removed.map((l) => `- ${l}`), ...added.map((l) => `+ ${l}`)] };
}

/** A difference for a report: structural lines first, repeats counted, `max` entries, a changed text shown from where it starts to differ. */
export function shortDiff(diff: Difference, max = 6, width = 140): string[] {
  const rank = (line: string) => CATEGORIES.findIndex((c) => line.startsWith(`${c}:`, 2));
  const lines = [...diff.lines].sort((a, b) => rank(a) - rank(b));
  const counted = [...lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>())];
  const shown = counted.slice(0, max).map(([line, times]) => {
    const key = line.slice(2, line.indexOf('|') + 1);
    const other = key.length > 0 ? lines.find((l) => l !== line && l[0] !== line[0] && l.slice(2).startsWith(key)) : undefined;
    let from = key.length + 2;
    if (other) while (from < line.length && line[from] === other[from]) from++;
    const start = Math.max(key.length + 2, from - 40);
    const cut = `${line.slice(0, key.length + 2)}${start > key.length + 2 ? '…' : ''}${line.slice(start, start + width)}${start + width < line.length ? '…' : ''}`;
    return times > 1 ? `${cut}  (×${times})` : cut;
  });
  return counted.length > max ? [...shown, `… ${counted.length - max} more`] : shown;
}
