// Which paragraph an internal reference ("paragraph 3 above", "paragraph 1 (a)") names: the
// reference.paragraph rule checks it; hover, definition and references follow it. And which one
// a citation of another document names in it ("paragraph 11 of resolution 78/322"): citation.paragraph.
import type { Annex, OperativeNode, Position, ResolutionDocument } from './model';
import { missingNumbers } from './missing-numbers';
import { contains } from './lookup';
import { partAtLine } from './parts';

/** The operative tree a position belongs to: an annex's own, or its part's ("paragraph 3 above" in part B is part B's). */
function scopeAt(doc: ResolutionDocument, at: Position): { nodes: OperativeNode[]; ownPart: boolean } {
  const annex = doc.annexes.find((a) => contains(a.range, at));
  return annex ? { nodes: annex.operative, ownPart: false } : { nodes: partAtLine(doc, at.line).operative, ownPart: true };
}

/**
 * Every paragraph a path such as "1 (a)" names in a scope, in reading order: more than one where a number is repeated.
 * A number no paragraph carries names the paragraph that lacks it (missingNumbers), in a part's own tree.
 */
function resolveParagraphPath(nodes: OperativeNode[], path: string, ownPart: boolean): OperativeNode[] {
  const [first, ...rest] = path.split(' ');
  let found: OperativeNode[] = [];
  const collect = (list: OperativeNode[]) => {
    for (const node of list) {
      if (node.kind === 'heading') collect(node.children);
      else if (node.label?.style === 'arabic' && node.label.text === first) found.push(node);
    }
  };
  collect(nodes);
  if (found.length === 0 && ownPart) for (const [node, number] of missingNumbers(nodes)) if (String(number) === first) found.push(node);
  for (const part of rest) found = found.flatMap((node) => node.children.filter((c) => c.label?.text === part));
  return found;
}

/** What each path names in a scope, found once per parsed model: a text refers to a few paragraphs many times. */
const namedInScope = new WeakMap<OperativeNode[], Map<string, OperativeNode[]>>();

/** Every paragraph a path names in a scope (a part's operative tree, or an annex's), in reading order. */
function paragraphsInScope({ nodes, ownPart }: { nodes: OperativeNode[]; ownPart: boolean }, path: string): OperativeNode[] {
  let named = namedInScope.get(nodes);
  if (!named) namedInScope.set(nodes, (named = new Map()));
  let found = named.get(path);
  if (!found) named.set(path, (found = resolveParagraphPath(nodes, path, ownPart)));
  return found;
}

/** Every paragraph a reference at `at` may name by its path, in the scope the reference stands in. */
export function paragraphsNamed(doc: ResolutionDocument, path: string, at: Position): OperativeNode[] {
  return paragraphsInScope(scopeAt(doc, at), path);
}

/** The paragraph a reference at `at` names by its path (the first, where a number is repeated); null when there is none. */
export function paragraphTarget(doc: ResolutionDocument, path: string, at: Position): OperativeNode | null {
  return paragraphsNamed(doc, path, at)[0] ?? null;
}

/** The annex of a cited document a citation names ("Annex I"; "Annex": the only one), or null. */
export function annexNamed(doc: ResolutionDocument, label: string): Annex | null {
  const wanted = label.toLowerCase();
  const same = doc.annexes.find((a) => a.label.replace(/\s+/g, ' ').toLowerCase() === wanted);
  return same ?? (wanted === 'annex' && doc.annexes.length === 1 ? doc.annexes[0] : null);
}

/**
 * The paragraph a citation of another document names by `path` ("paragraph 11 of resolution 78/322"):
 * in the cited document's own operative part (part A's in a resolution in parts), or its annex's
 * when `annex` names one; null when there is no such paragraph, or no such annex.
 */
export function citedParagraph(doc: ResolutionDocument, path: string, annex?: string): OperativeNode | null {
  const scope = annex === undefined ? { nodes: doc.operative, ownPart: true } : { nodes: annexNamed(doc, annex)?.operative, ownPart: false };
  return scope.nodes ? (paragraphsInScope({ nodes: scope.nodes, ownPart: scope.ownPart }, path)[0] ?? null) : null;
}
