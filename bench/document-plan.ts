// What a generated resolution says, before it is written in a shape: header facts,
// preambular and operative paragraphs (every third with lettered sub-items), footnote
// markers and the footnotes. Large texts carry annexes, each numbering its own
// paragraphs as real annexed texts do (labels stay within three digits). Paragraphs
// are drawn from real texts until the clean shape would reach the wanted size.
import { Random } from './random';
import type { TextPool } from './fixture-texts';

export interface PlannedParagraph {
  /** "1.", "(a)" or null for a preambular paragraph. */
  label: string | null;
  /** The text with its closing punctuation. */
  text: string;
  /** Footnote label glued after the text, if any. */
  marker: number | null;
}

/** The resolution's own body (no heading), or an annex ("Annex 2" and its title). */
export interface PlannedPart {
  heading: string | null;
  title: string | null;
  paragraphs: PlannedParagraph[];
}

export interface DocumentPlan {
  symbol: string;
  /** "79/144": the number in the title of an adopted resolution. */
  number: string;
  title: string;
  jobNumber: string;
  parts: PlannedPart[];
  /** Footnote texts; footnote n is `footnotes[n - 1]`. */
  footnotes: string[];
}

/** One footnote every this many bytes, so a 10 MB text stays within three-digit labels. */
const BYTES_PER_FOOTNOTE = 10_600;
const MAX_FOOTNOTES = 999;
/** Bytes of the resolution's own body and of each annex. */
const PART_BYTES = 150_000;
export const ADOPTION_DATE = '12 December 2024';

export function resolutionSymbol(session: number, number: number): string {
  return `A/RES/${session}/${number}`;
}

/**
 * A plan whose clean shape is about `bytes` long. `citing` adds a preambular paragraph
 * recalling those resolutions ("79/12 of 12 December 2024"), for workspaces.
 */
export function planDocument(pool: TextPool, bytes: number, seed: number, symbol = 'A/RES/79/144', citing: string[] = []): DocumentPlan {
  const random = new Random(seed);
  const titles = pool.titles.filter((t) => t.length < 70);
  const footnotes: string[] = [];
  const parts: PlannedPart[] = [];
  let size = 600;
  let part: PlannedPart = { heading: null, title: random.pick(titles), paragraphs: [] };
  const add = (paragraph: PlannedParagraph) => {
    part.paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph.text) + (paragraph.label?.length ?? 0) + 3;
  };
  const maybeMarker = (): number | null => {
    if (footnotes.length >= MAX_FOOTNOTES || size < (footnotes.length + 0.5) * BYTES_PER_FOOTNOTE) return null;
    const footnote = random.pick(pool.footnotes);
    footnotes.push(footnote);
    size += Buffer.byteLength(footnote) + 6;
    return footnotes.length;
  };
  if (citing.length > 0) {
    const list = citing.map((s) => `${s.replace(/^A\/RES\//, '')} of ${ADOPTION_DATE}`);
    const written = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
    add({ label: null, text: `Recalling its resolutions ${written},`, marker: null });
  }
  while (size < bytes - 200) {
    const partEnd = Math.min(bytes - 200, size + PART_BYTES);
    const preambleEnd = size + Math.min((partEnd - size) * 0.25, 20_000);
    while (size < preambleEnd || part.paragraphs.length < 3) add({ label: null, text: random.pick(pool.preambular), marker: maybeMarker() });
    let ordinal = 0;
    while (size < partEnd || ordinal < 3) {
      ordinal++;
      const withItems = ordinal % 3 === 0;
      add({ label: `${ordinal}.`, text: `${random.pick(pool.operative)}${withItems ? ':' : ';'}`, marker: withItems ? null : maybeMarker() });
      if (!withItems) continue;
      const count = 2 + random.int(3);
      for (let i = 0; i < count; i++) add({ label: `(${String.fromCharCode(97 + i)})`, text: `${random.pick(pool.subItems)};`, marker: maybeMarker() });
    }
    // The last paragraph of a part closes it with a full stop.
    const last = part.paragraphs[part.paragraphs.length - 1];
    last.text = last.text.replace(/[;:,]$/, '.');
    parts.push(part);
    part = { heading: `Annex ${parts.length}`, title: random.pick(titles), paragraphs: [] };
  }
  return {
    symbol,
    number: symbol.replace(/^A\/RES\//, ''),
    title: parts[0].title!,
    jobNumber: `24-${10_000 + random.int(89_999)}`,
    parts,
    footnotes,
  };
}
