// Which paragraph an internal reference ("paragraph 3 above", "paragraph 1 (a)") names: the
// reference.paragraph rule checks it; hover, definition and references follow it.
import type { OperativeNode, Position, ResolutionDocument } from './model';
import { contains } from './lookup';
import { partAtLine } from './parts';

/** The operative tree a position belongs to: an annex's own, or its part's ("paragraph 3 above" in part B is part B's). */
function scopeAt(doc: ResolutionDocument, at: Position): OperativeNode[] {
  const annex = doc.annexes.find((a) => contains(a.range, at));
  return annex ? annex.operative : partAtLine(doc, at.line).operative;
}

/** The paragraph a path such as "1 (a)" names, in a scope. */
function resolveParagraphPath(nodes: OperativeNode[], path: string): OperativeNode | null {
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

/** The paragraph a reference at `at` names by its path, in the scope the reference stands in; null when there is none. */
export function paragraphTarget(doc: ResolutionDocument, path: string, at: Position): OperativeNode | null {
  return resolveParagraphPath(scopeAt(doc, at), path);
}
