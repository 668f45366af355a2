// Which paragraph an internal reference ("paragraph 3 above", "paragraph 1 (a)") names: the
// reference.paragraph rule checks it; hover, definition and references follow it. And which one
// a citation of another document names in it ("paragraph 11 of resolution 78/322"): citation.paragraph.
import type { Annex, OperativeNode, Position, ResolutionDocument } from './model';
import { contains } from './lookup';
import { partAtLine } from './parts';

/** The operative tree a position belongs to: an annex's own, or its part's ("paragraph 3 above" in part B is part B's). */
export function scopeAt(doc: ResolutionDocument, at: Position): OperativeNode[] {
  const annex = doc.annexes.find((a) => contains(a.range, at));
  return annex ? annex.operative : partAtLine(doc, at.line).operative;
}

/** Every paragraph a path such as "1 (a)" names in a scope, in reading order: more than one where a number is repeated. */
function resolveParagraphPath(nodes: OperativeNode[], path: string): OperativeNode[] {
  const [first, ...rest] = path.split(' ');
  let found: OperativeNode[] = [];
  const collect = (list: OperativeNode[]) => {
    for (const node of list) {
      if (node.kind === 'heading') collect(node.children);
      else if (node.label?.style === 'arabic' && node.label.text === first) found.push(node);
    }
  };
  collect(nodes);
  for (const part of rest) found = found.flatMap((node) => node.children.filter((c) => c.label?.text === part));
  return found;
}

/** What each path names in a scope, found once per parsed model: a text refers to a few paragraphs many times. */
const namedInScope = new WeakMap<OperativeNode[], Map<string, OperativeNode[]>>();

/** Every paragraph a path names in a scope (an operative tree), in reading order. */
function paragraphsInScope(scope: OperativeNode[], path: string): OperativeNode[] {
  let named = namedInScope.get(scope);
  if (!named) namedInScope.set(scope, (named = new Map()));
  let found = named.get(path);
  if (!found) named.set(path, (found = resolveParagraphPath(scope, path)));
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
  const scope = annex === undefined ? doc.operative : annexNamed(doc, annex)?.operative;
  return scope ? (paragraphsInScope(scope, path)[0] ?? null) : null;
}
