// Paragraph identity across versions of one text, and what each internal reference was
// written for. A reference is bound to the paragraph it named when it was written (or
// last edited); the binding then follows that paragraph through insertions, deletions,
// moves, splits and joins, so renumbering can move the reference with it, and a
// reference whose paragraph was deleted is told, never silently re-targeted.
import type { Citation, OperativeNode, ResolutionDocument } from '../model';
import { paragraphsNamed } from '../paragraph-target';
import type { EditTrail } from './edit-trail';
import { matchByTrail, matchByWords } from './match-paragraphs';
import { Offsets } from './offsets';
import { numberedParagraphs, paragraphHolding, paragraphNodes, type NumberedParagraph } from './paragraphs';

export { EditTrail } from './edit-trail';

export type ParagraphId = number;

export type Binding =
  /** Names the paragraph it was written for (or now names another: see reference.moved). */
  | { kind: 'bound'; id: ParagraphId }
  /** Written where several paragraphs carry the number, and nothing says which was meant. */
  | { kind: 'ambiguous'; ids: ParagraphId[] }
  /** Written for a paragraph since deleted; `path` is the number it had. */
  | { kind: 'deleted'; id: ParagraphId; path: string }
  /** Names no paragraph. */
  | { kind: 'unresolved' };

interface Grave {
  id: ParagraphId;
  path: string;
  text: string;
}

export interface DocumentIdentity {
  readonly idOf: ReadonlyMap<OperativeNode, ParagraphId>;
  readonly nodeOf: ReadonlyMap<ParagraphId, OperativeNode>;
  /** The path each paragraph is cited by now ("4 (c)"). */
  readonly pathOf: ReadonlyMap<ParagraphId, string>;
  /** Every internal reference to a paragraph (not "the annex"). */
  readonly bindingOf: ReadonlyMap<Citation, Binding>;
  /** Paragraphs deleted since the text was first read, newest last: one pasted back is known again. */
  readonly graves: readonly Grave[];
  readonly nextId: ParagraphId;
  /** The text's offsets and its numbered paragraphs' stretches, which following the next version through a trail reads: made then, once. */
  readonly layout: () => Layout;
}

interface Layout {
  offsets: Offsets;
  paragraphs: readonly NumberedParagraph[];
}

function lazyLayout(doc: ResolutionDocument, text: string, made?: Layout): () => Layout {
  return () => {
    if (!made) {
      const offsets = new Offsets(text);
      made = { offsets, paragraphs: numberedParagraphs(doc, offsets) };
    }
    return made;
  };
}

/** A version of a text with its identity. */
export interface IdentifiedVersion {
  doc: ResolutionDocument;
  text: string;
  identity: DocumentIdentity;
}

// Deleted paragraphs remembered to recognise them when pasted back; the oldest are let go.
const MAX_GRAVES = 100;

/** Each parsed model's references to paragraphs, listed once (see paragraphNodes). */
const referencesOf = new WeakMap<ResolutionDocument, Citation[]>();

function paragraphReferences(doc: ResolutionDocument): Citation[] {
  let list = referencesOf.get(doc);
  if (!list) referencesOf.set(doc, (list = doc.citations.filter((c) => c.kind === 'internal' && c.symbol !== 'annex')));
  return list;
}

/** The binding a reference gets from what its text names now. */
function bindByText(doc: ResolutionDocument, citation: Citation, idOf: ReadonlyMap<OperativeNode, ParagraphId>): Binding {
  const ids = paragraphsNamed(doc, citation.symbol, citation.range.start)
    .map((node) => idOf.get(node))
    .filter((id): id is ParagraphId => id !== undefined);
  if (ids.length === 0) return { kind: 'unresolved' };
  return ids.length === 1 ? { kind: 'bound', id: ids[0] } : { kind: 'ambiguous', ids };
}

/** The identity of a text read for the first time: each reference bound to what it names. */
export function identify(doc: ResolutionDocument, text: string): DocumentIdentity {
  const idOf = new Map<OperativeNode, ParagraphId>();
  const nodeOf = new Map<ParagraphId, OperativeNode>();
  const pathOf = new Map<ParagraphId, string>();
  paragraphNodes(doc).forEach(({ node, path }, index) => {
    idOf.set(node, index + 1);
    nodeOf.set(index + 1, node);
    pathOf.set(index + 1, path);
  });
  const bindingOf = new Map(paragraphReferences(doc).map((c) => [c, bindByText(doc, c, idOf)] as const));
  return { idOf, nodeOf, pathOf, bindingOf, graves: [], nextId: nodeOf.size + 1, layout: lazyLayout(doc, text) };
}

/**
 * The identity of `doc` (text `text`), made from the version before it: through the editor's
 * trail of edits when there is one, else by pairing paragraphs by their words. `withinOneParagraph`:
 * the edit changed one paragraph's words and no number (the incremental parse read it so).
 */
export function follow(
  before: IdentifiedVersion,
  trail: EditTrail | null,
  doc: ResolutionDocument,
  text: string,
  withinOneParagraph = false,
): DocumentIdentity {
  return (withinOneParagraph && followInPlace(before, doc, text)) || followChanges(before, trail, doc, text);
}

/**
 * After an edit inside one paragraph, every paragraph is the one at its place before, and every
 * reference the one at its place, when the references read the same numbers in the same order;
 * null when they do not (one typed or changed: the trail tells).
 */
function followInPlace(before: IdentifiedVersion, doc: ResolutionDocument, text: string): DocumentIdentity | null {
  const oldNodes = paragraphNodes(before.doc);
  const newNodes = paragraphNodes(doc);
  const oldReferences = paragraphReferences(before.doc);
  const newReferences = paragraphReferences(doc);
  const same = <T>(a: T[], b: T[], key: (x: T) => string) => a.length === b.length && a.every((x, i) => key(x) === key(b[i]));
  if (!same(oldNodes, newNodes, (p) => p.path) || !same(oldReferences, newReferences, (c) => c.symbol)) return null;
  const old = before.identity;
  const idOf = new Map<OperativeNode, ParagraphId>();
  const nodeOf = new Map<ParagraphId, OperativeNode>();
  newNodes.forEach(({ node }, i) => {
    const id = old.idOf.get(oldNodes[i].node)!;
    idOf.set(node, id);
    nodeOf.set(id, node);
  });
  const bindingOf = new Map<Citation, Binding>();
  newReferences.forEach((c, i) => {
    const binding = old.bindingOf.get(oldReferences[i])!;
    bindingOf.set(c, binding.kind === 'ambiguous' || binding.kind === 'unresolved' ? bindByText(doc, c, idOf) : binding);
  });
  return { idOf, nodeOf, pathOf: old.pathOf, bindingOf, graves: old.graves, nextId: old.nextId, layout: lazyLayout(doc, text) };
}

function followChanges(before: IdentifiedVersion, trail: EditTrail | null, doc: ResolutionDocument, text: string): DocumentIdentity {
  const { offsets: oldOffsets, paragraphs: oldList } = before.identity.layout();
  const newOffsets = new Offsets(text);
  const newList = numberedParagraphs(doc, newOffsets);
  const runs = trail?.usable ? trail.copiedRuns() : null;
  const { partner, absorbed } = runs
    ? matchByTrail(oldList, newList, runs)
    : { partner: matchByWords(texts(oldList), texts(newList)), absorbed: new Map<number, number>() };

  const old = before.identity;
  const idOf = new Map<OperativeNode, ParagraphId>();
  const nodeOf = new Map<ParagraphId, OperativeNode>();
  const pathOf = new Map<ParagraphId, string>();
  const give = (j: number, id: ParagraphId) => {
    idOf.set(newList[j].node, id);
    nodeOf.set(id, newList[j].node);
    pathOf.set(id, newList[j].path);
  };
  const kept = new Set<number>();
  partner.forEach((i, j) => {
    if (i < 0) return;
    give(j, old.idOf.get(oldList[i].node)!);
    kept.add(i);
  });
  const deleted = oldList.filter((_, i) => !kept.has(i) && !absorbed.has(i)).map((p) => ({ id: old.idOf.get(p.node)!, path: p.path, text: p.node.text }));
  let graves = [...old.graves, ...deleted];
  // New paragraphs that are deleted ones pasted back (or, without a trail, rewritten past recognition by the trail).
  const fresh = newList.map((_, j) => j).filter((j) => partner[j] < 0);
  if (graves.length > 0 && fresh.length > 0) {
    const back = matchByWords(
      graves.map((g) => g.text),
      fresh.map((j) => newList[j].node.text),
    );
    const raised = new Set<number>();
    back.forEach((g, k) => {
      if (g < 0) return;
      give(fresh[k], graves[g].id);
      raised.add(g);
    });
    graves = graves.filter((_, g) => !raised.has(g));
  }
  let nextId = old.nextId;
  for (const j of fresh) if (!idOf.has(newList[j].node)) give(j, nextId++);

  const joinedInto = new Map<ParagraphId, ParagraphId>();
  for (const [i, j] of absorbed) joinedInto.set(old.idOf.get(oldList[i].node)!, idOf.get(newList[j].node)!);

  const carry = (binding: Binding | undefined, citation: Citation): Binding => {
    if (binding?.kind === 'bound' || binding?.kind === 'deleted') {
      const id = nodeOf.has(binding.id) ? binding.id : joinedInto.get(binding.id);
      if (id !== undefined) return { kind: 'bound', id };
      return { kind: 'deleted', id: binding.id, path: binding.kind === 'deleted' ? binding.path : (old.pathOf.get(binding.id) ?? citation.symbol) };
    }
    return bindByText(doc, citation, idOf);
  };
  const byParagraph = referenceByParagraph(before, oldOffsets, oldList, doc, newOffsets, newList, idOf);
  const byTrail = runs && referenceByTrail(before, oldOffsets, runs, newOffsets);
  const earlier = (c: Citation) => byTrail?.(c) ?? byParagraph(c);
  const bindingOf = new Map(paragraphReferences(doc).map((c) => [c, carry(earlier(c), c)] as const));
  return {
    idOf,
    nodeOf,
    pathOf,
    bindingOf,
    graves: graves.slice(-MAX_GRAVES),
    nextId,
    layout: lazyLayout(doc, text, { offsets: newOffsets, paragraphs: newList }),
  };
}

function texts(list: readonly NumberedParagraph[]): string[] {
  return list.map((p) => p.node.text);
}

/** A reference's binding before the edit: the reference whose every character it copies. */
function referenceByTrail(before: IdentifiedVersion, oldOffsets: Offsets, runs: ReturnType<EditTrail['copiedRuns']>, newOffsets: Offsets) {
  const oldAt = new Map<number, Citation>();
  for (const c of paragraphReferences(before.doc)) oldAt.set(oldOffsets.of(c.range.start), c);
  return (citation: Citation): Binding | undefined => {
    const start = newOffsets.of(citation.range.start);
    const end = newOffsets.of(citation.range.end);
    const run = runs.find((r) => r.at <= start && end <= r.at + r.length);
    if (!run) return undefined;
    const from = run.from + start - run.at;
    const old = oldAt.get(from);
    if (!old || old.symbol !== citation.symbol || oldOffsets.of(old.range.end) - from !== end - start) return undefined;
    return before.identity.bindingOf.get(old);
  };
}

/**
 * Without a trail, or for a reference the trail does not carry whole (a text replaced whole): the reference to the same
 * number, counted in order, in the paragraph of the same identity before.
 */
function referenceByParagraph(
  before: IdentifiedVersion,
  oldOffsets: Offsets,
  oldList: readonly NumberedParagraph[],
  doc: ResolutionDocument,
  newOffsets: Offsets,
  newList: NumberedParagraph[],
  idOf: ReadonlyMap<OperativeNode, ParagraphId>,
) {
  const byParagraph = (references: Citation[], offsets: Offsets, list: readonly NumberedParagraph[], ids: ReadonlyMap<OperativeNode, ParagraphId>) => {
    const groups = new Map<ParagraphId, Citation[]>();
    for (const c of references) {
      const i = paragraphHolding(list, offsets.of(c.range.start));
      const id = i >= 0 ? ids.get(list[i].node) : undefined;
      if (id !== undefined) groups.set(id, [...(groups.get(id) ?? []), c]);
    }
    return groups;
  };
  // Made at the first reference asked for: through a trail, most never are.
  let groups: [old: Map<ParagraphId, Citation[]>, now: Map<ParagraphId, Citation[]>] | undefined;
  return (citation: Citation): Binding | undefined => {
    const j = paragraphHolding(newList, newOffsets.of(citation.range.start));
    const id = j >= 0 ? idOf.get(newList[j].node) : undefined;
    if (id === undefined) return undefined;
    groups ??= [
      byParagraph(paragraphReferences(before.doc), oldOffsets, oldList, before.identity.idOf),
      byParagraph(paragraphReferences(doc), newOffsets, newList, idOf),
    ];
    const [oldGroups, newGroups] = groups;
    const sameNumber = (list: Citation[] | undefined) => (list ?? []).filter((c) => c.symbol === citation.symbol);
    const old = sameNumber(oldGroups.get(id))[sameNumber(newGroups.get(id)).indexOf(citation)];
    return old && before.identity.bindingOf.get(old);
  };
}

/** What a reference was written for, when its text now names another paragraph (or none): the paragraph and its number now. */
export function movedTarget(doc: ResolutionDocument, identity: DocumentIdentity, citation: Citation): { node: OperativeNode; path: string | null } | null {
  const binding = identity.bindingOf.get(citation);
  if (binding?.kind !== 'bound') return null;
  const meant = identity.nodeOf.get(binding.id)!;
  if (paragraphsNamed(doc, citation.symbol, citation.range.start)[0] === meant) return null;
  return { node: meant, path: identity.pathOf.get(binding.id) ?? null };
}
