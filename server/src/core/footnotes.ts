// Footnotes: the entries at the foot of a page (after a `____` rule in PDF text, or
// `¹ A/65/201.` lines in conversions) and the markers in the body that point to them
// (`¹`, `[1]`, digits glued after a word or a year in PDF text: `2010,1`, `20132`).

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscriptToDigits(text: string): string {
  return [...text].map((c) => {
    const at = SUPERSCRIPT_DIGITS.indexOf(c);
    return at >= 0 ? String(at) : c;
  }).join('');
}

export interface FootnoteStart {
  label: string;
  /** Where the entry's text begins in the line (0 when the label stands alone on its line). */
  textStart: number;
  labelLength: number;
}

/** A footnote entry's first line: `¹ text`, `[^1]: text`, `1  text`, or a label alone. */
export function matchFootnoteStart(line: string, afterRule: boolean): FootnoteStart | null {
  let match = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=\S)/.exec(line);
  if (match) return { label: superscriptToDigits(match[1]), textStart: match[0].length, labelLength: match[1].length };
  match = /^\[\^?(\d{1,3})\]:?\s+(?=\S)/.exec(line);
  if (match) return { label: match[1], textStart: match[0].length, labelLength: match[0].trimEnd().length };
  if (!afterRule) return null;
  match = /^(\d{1,3}|\*{1,3})(?:\s+(?=\S)|$)/.exec(line);
  if (match) return { label: match[1], textStart: match[0].length, labelLength: match[1].length };
  return null;
}

export interface MarkerMatch {
  start: number;
  end: number;
  label: string;
}

const ABBREVIATION_BEFORE = /(?:Corr|Add|Rev|Amend|No|Nos|para|paras|chap|sect|art|arts|vol|p|pp|Part|annex|Suppl|L|C|Sub|Res|WP|CRP|Ser|Inf|fig|op)\.$/;

/**
 * Markers in a paragraph's text. `labels` are the document's footnote labels;
 * `sequence.next` is the lowest label not yet referenced, so ambiguous digits are
 * accepted only when they continue the sequence.
 */
export function findMarkers(text: string, labels: ReadonlySet<string>, sequence: { highest: number }): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  const accept = (start: number, end: number, label: string, certain: boolean) => {
    const value = Number(label);
    if (!certain) {
      if (!labels.has(label) || value > sequence.highest + 1) return;
    }
    if (found.some((m) => start < m.end && m.start < end)) return;
    found.push({ start, end, label });
    if (Number.isFinite(value)) sequence.highest = Math.max(sequence.highest, value);
  };
  const candidates: Array<{ start: number; end: number; label: string; certain: boolean }> = [];
  for (const match of text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/g)) {
    candidates.push({ start: match.index, end: match.index + match[0].length, label: superscriptToDigits(match[0]), certain: true });
  }
  for (const match of text.matchAll(/\[\^?(\d{1,3})\]/g)) {
    candidates.push({ start: match.index, end: match.index + match[0].length, label: match[1], certain: true });
  }
  // Glued after a lower-case letter, closing bracket, quote or punctuation: "reports,3", "(2023)1".
  for (const match of text.matchAll(/(?<=[a-z\u00DF-\u024F’”"')\].,;:])(\d{1,3})(?=[\s,;:.)”’]|$)/g)) {
    if (ABBREVIATION_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const before = text.slice(0, match.index);
    if (/\d\.$/.test(before) || (/\d,$/.test(before) && match[1].length === 3)) continue;
    if (/[A-Z]{2,}[a-z]?s?$/.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    candidates.push({ start: match.index, end: match.index + match[1].length, label: match[1], certain: labels.has(match[1]) && text[match.index - 1] !== '.' });
  }
  // Glued to a year: "20132" is 2013 and marker 2.
  for (const match of text.matchAll(/\b((?:19|20)\d\d)(\d{1,2})(?=[\s,;:.)]|$)/g)) {
    const start = match.index + match[1].length;
    candidates.push({ start, end: start + match[2].length, label: match[2], certain: false });
  }
  // Separated by a space after punctuation or a year ("cooperation, 1 and", "2013 3 and"),
  // or ending the paragraph ("Trust Fund 170").
  for (const match of text.matchAll(/(?<=(?:[a-z’”"')][,;.:]|\)|\b(?:19|20)\d\d,?)) (\d{1,3})(?=$| (?:and|or|to|the|that|in|of|on|which|identified|decides|as|with)\b| (?:19|20)\d\d\b| ?[,;:.]$)/g)) {
    candidates.push({ start: match.index + 1, end: match.index + match[0].length, label: match[1], certain: false });
  }
  for (const match of text.matchAll(/(?<=[a-z] )(\d{1,3})$/g)) {
    candidates.push({ start: match.index, end: match.index + match[0].length, label: match[1], certain: false });
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const candidate of candidates) accept(candidate.start, candidate.end, candidate.label, candidate.certain);
  return found.sort((a, b) => a.start - b.start);
}
