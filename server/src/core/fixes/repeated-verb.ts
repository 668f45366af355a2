// House style qualifies a repeated operative verb: Decides, Also decides, Further
// decides. The rule style.repeated-verb (off by default: the UN's own texts often repeat a
// verb plainly) finds the repetitions; without it, the refactoring here offers the
// qualified form on a repeated verb.
import type { Field, OperativeNode, Position, ResolutionDocument } from '../model';
import { contains } from '../lookup';
import { partAtLine } from '../parts';
import type { Fix } from './fix';

function topParagraphs(nodes: OperativeNode[]): OperativeNode[] {
  return nodes.flatMap((n) => (n.kind === 'heading' ? topParagraphs(n.children) : [n]));
}

const QUALIFIER = /^(?:also|further|again|once again)\s+|\s+(?:also|further|again)\b/gi;

function verbOf(phrase: string): string {
  return phrase.replace(QUALIFIER, ' ').trim().split(/\s+/)[0].toLowerCase();
}

export interface RepeatedVerb {
  paragraph: OperativeNode;
  phrase: Field;
  /** The first paragraph that opened with the verb. */
  first: OperativeNode;
  /** "Also decides" for the first repetition, "Further decides" after. */
  replacement: string;
}

/** The paragraphs of one part's operative list (under headings too) that open, unqualified, with a verb an earlier one opened with. */
export function repeatedVerbs(operative: OperativeNode[]): RepeatedVerb[] {
  const repeated: RepeatedVerb[] = [];
  // Each verb's first paragraph and how many have opened with it so far.
  const earlier = new Map<string, { first: OperativeNode; count: number }>();
  for (const paragraph of topParagraphs(operative)) {
    const phrase = paragraph.phrase;
    if (!phrase) continue;
    const verb = verbOf(phrase.value);
    const seen = earlier.get(verb);
    if (seen) seen.count++;
    else earlier.set(verb, { first: paragraph, count: 1 });
    if (!seen || /^(?:also|further|again|once)\b/i.test(phrase.value) || /\b(?:also|further)\b/i.test(phrase.value)) continue;
    const qualifier = seen.count === 2 ? 'Also' : 'Further';
    repeated.push({ paragraph, phrase, first: seen.first, replacement: `${qualifier} ${phrase.value[0].toLowerCase()}${phrase.value.slice(1)}` });
  }
  return repeated;
}

export function repeatedVerbFix(doc: ResolutionDocument, at: Position): Fix | null {
  // A verb repeats within its own part of a resolution in parts.
  const found = repeatedVerbs(partAtLine(doc, at.line).operative).find((r) => contains(r.phrase.range, at) || contains(r.paragraph.ownRange, at));
  if (!found) return null;
  return { title: `Change to "${found.replacement}"`, kind: 'refactor', edits: [{ range: found.phrase.range, newText: found.replacement }], safe: false };
}
