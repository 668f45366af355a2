// The bodies of a text, each with its own organ line, preamble and operative numbering:
// the lettered parts of a resolution in parts, or the one body of any other text. Readers
// walk these instead of `doc.preamble` and `doc.operative`, which hold part A alone.
import type { Range, ResolutionDocument, ResolutionPart } from './model';

export function bodyParts(doc: ResolutionDocument): ResolutionPart[] {
  if (doc.parts.length > 0) return doc.parts;
  return [{ label: null, title: null, organ: doc.organ, preamble: doc.preamble, operative: doc.operative, closing: doc.closing, range: undividedRange(doc) }];
}

/** The part whose range holds a line; the first part when none does. */
export function partAtLine(doc: ResolutionDocument, line: number): ResolutionPart {
  const parts = bodyParts(doc);
  return parts.find((p) => p.range.start.line <= line && line <= p.range.end.line) ?? parts[0];
}

function undividedRange(doc: ResolutionDocument): Range {
  const starts = [doc.organ?.range, doc.preamble[0]?.range, doc.operative[0]?.range].filter((r): r is Range => r !== undefined);
  const ends = [doc.closing?.range, doc.operative[doc.operative.length - 1]?.range, doc.preamble[doc.preamble.length - 1]?.range].filter(
    (r): r is Range => r !== undefined,
  );
  const start = starts[0]?.start ?? { line: 0, character: 0 };
  return { start, end: ends[0]?.end ?? start };
}
