// Page furniture of PDF-extracted text: lines that belong to the printed page, not
// to the resolution. They are recognised line by line and never reach a paragraph.
import { codeAt } from './letters';
import type { Furniture } from './model';
import { skipWhitespace } from './whitespace';

const JOB_NUMBER = /^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?$/;
/** The job's date stamp, DDMMYY ("050124"): not a year glued to a marker ("201719"). */
const JOB_DATE = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d$/;
const PAGE_NUMBER = /^\d{1,3}\/\d{1,3}$/;
// In either order, spaced or glued as pdf.js's text gives them ("23-260502/2", "3/32519857").
const PAGE_WITH_JOB = /^(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?\s*\d{1,3}\/[\d*]{1,7}|\d{1,3}\/\d{1,3}\s*\d{2}-?\d{5}(?:\s*\([A-Z]\))?)$/;
const BARCODE = /^\*\d{7}\*$/;
/**
 * A document's official address alone on a line, the target of a link an extractor wrote out
 * ("https://undocs.org/en/A/RES/53/70"). Other addresses are a sentence's words, wrapped onto a line
 * of their own ("Available at" "https://www.un.org/Depts/los/…/" "Guidelines.pdf."), and so is one
 * closing with a full stop.
 */
const URL = /^<?https?:\/\/(?:undocs\.org|docs\.un\.org)\/\S*[^\s.]>?$/;
const RULE = /^_{5,}$/;
const RECYCLE = /^Please recycle\b/i;
/** The characters of page and job numbers (and of the bold markup and spacing furnitureKind removes). */
const NUMBER_CHARACTERS_ONLY = /^[\d\s/()*A-Z-]*$/;

/** First characters a furniture line can open with (digits, `_`, `*`, `<`, `h`, `P`, `p`): the others need no pattern. */
function mayOpenFurniture(code: number): boolean {
  if (code <= 32 || code >= 127) return true; // spaces and the rest of Unicode: let the patterns judge
  return (code >= 48 && code <= 57) || code === 95 || code === 42 || code === 60 || code === 104 || code === 80 || code === 112;
}

/** Whether a line opening with `first` and then `second` may be an address or "Please recycle" (URL, RECYCLE), or opens otherwise than with a letter. */
function mayGoOnAsLetterFurniture(first: number, second: number): boolean {
  if (second === 42) return true; // *
  if (first === 104) return second === 116; // h, t
  if (first === 80 || first === 112) return second === 108 || second === 76; // P p, l L
  return true;
}

/** The kind of furniture a line is, judged from its trimmed text alone. */
export function furnitureKind(trimmed: string): Furniture['kind'] | null {
  const first = trimmed.charCodeAt(0);
  if (!mayOpenFurniture(first)) return null;
  // A line opening with a digit can only be a page or job number: a paragraph ("1. Decides …") shows a
  // character those lack within its first few.
  if (first >= 48 && first <= 57 && !NUMBER_CHARACTERS_ONLY.test(trimmed)) return null;
  // One opening with a letter can only be an address ("http…") or "Please recycle": its second letter
  // tells most words apart ("has", "paragraph") before the markup is taken out (a star may stand there).
  if (!mayGoOnAsLetterFurniture(first, codeAt(trimmed, 1))) return null;
  // Markdown conversions bold page numbers: "3/**3**".
  const plain = trimmed.replace(/\*\*/g, '').replace(/\s{2,}/g, ' ');
  if (plain.length === 0 || plain.length > 120) return null;
  if (RULE.test(plain)) return 'rule';
  if (BARCODE.test(plain)) return 'barcode';
  if (PAGE_NUMBER.test(plain) || PAGE_WITH_JOB.test(plain)) return 'page-number';
  if (JOB_NUMBER.test(plain) || JOB_DATE.test(plain)) return 'job-number';
  if (URL.test(plain)) return 'url';
  if (RECYCLE.test(plain)) return 'recycle';
  // Page and job numbers and the date stamp share a line in any order ("4/6 261289", "250715 16-18173").
  if (first >= 48 && first <= 57 && plain.includes(' ')) {
    const kinds = plain.split(' ').map(furnitureKind);
    if (kinds.every((kind) => kind === 'page-number' || kind === 'job-number')) return kinds.includes('page-number') ? 'page-number' : 'job-number';
  }
  return null;
}

/** furnitureKind of a line's untrimmed text, trimmed only when its first character could open furniture. */
export function lineFurnitureKind(text: string): Furniture['kind'] | null {
  return mayOpenFurniture(text.charCodeAt(skipWhitespace(text, 0, text.length))) ? furnitureKind(text.trim()) : null;
}

/** A text without the page furniture its words open or close with ("2/4 Effects of atomic radiation 041024" → "Effects of atomic radiation"). */
export function withoutFurnitureWords(text: string): string {
  // Only the outer words are looked at (most lines open and close with words of text): no split of the line.
  let from = 0;
  let to = text.length;
  for (let end; from < to; from = end) {
    while (text.charCodeAt(from) === 32) from++;
    end = text.indexOf(' ', from);
    if (end < 0 || end > to) end = to;
    if (from === end || furnitureKind(text.slice(from, end)) === null) break;
  }
  for (let start; to > from; to = start) {
    while (text.charCodeAt(to - 1) === 32) to--;
    start = text.lastIndexOf(' ', to - 1) + 1;
    if (start < from) start = from;
    if (start === to || furnitureKind(text.slice(start, to)) === null) break;
  }
  return from === 0 && to === text.length ? text : text.slice(from, to);
}
