import type { OperativeNode, Position, ResolutionDocument } from '../model';
import { partAtLine } from '../parts';
import type { Finding, Rule } from './rule';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The operative tree a position belongs to: an annex's own, or its part's ("paragraph 3 above" in part B is part B's). */
function scopeAt(doc: ResolutionDocument, at: Position): OperativeNode[] {
  const annex = doc.annexes.find((a) => !before(at, a.range.start) && !before(a.range.end, at));
  return annex ? annex.operative : partAtLine(doc, at.line).operative;
}

/** The paragraph a path such as "1 (a)" names, in a scope. */
export function resolveParagraphPath(nodes: OperativeNode[], path: string): OperativeNode | null {
  const [first, ...rest] = path.split(' ');
  const top: OperativeNode[] = [];
  const collect = (list: OperativeNode[]) => {
    for (const node of list) {
      if (node.kind === 'heading') collect(node.children);
      else if (node.label?.style === 'arabic') top.push(node);
    }
  };
  collect(nodes);
  let node = top.find((n) => n.label!.text === first) ?? null;
  for (const part of rest) {
    node = node?.children.find((c) => c.label?.text === part) ?? null;
  }
  return node;
}

export function paragraphTarget(doc: ResolutionDocument, path: string, at: Position): OperativeNode | null {
  return resolveParagraphPath(scopeAt(doc, at), path);
}

export const referenceParagraph: Rule = {
  code: 'reference.paragraph',
  severity: 'error',
  description: '"paragraph 3 above" pointing to a paragraph that does not exist, or is not above.',
  check(doc) {
    const findings: Finding[] = [];
    for (const citation of doc.citations) {
      if (citation.kind !== 'internal' || citation.symbol === 'annex') continue;
      const target = paragraphTarget(doc, citation.symbol, citation.range.start);
      if (!target) {
        findings.push({ message: `There is no paragraph ${citation.symbol} in this text.`, range: citation.range });
      } else if (citation.direction === 'above' && !before(target.range.start, citation.range.start)) {
        findings.push({
          message: `Paragraph ${citation.symbol} is not above this reference.`,
          range: citation.range,
          related: [{ message: `paragraph ${citation.symbol}`, range: target.label?.range ?? target.range }],
        });
      } else if (citation.direction === 'below' && !before(citation.range.start, target.range.start)) {
        findings.push({
          message: `Paragraph ${citation.symbol} is not below this reference.`,
          range: citation.range,
          related: [{ message: `paragraph ${citation.symbol}`, range: target.label?.range ?? target.range }],
        });
      }
    }
    return findings;
  },
};
