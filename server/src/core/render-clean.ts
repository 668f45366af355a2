// The clean shape: one paragraph a line, single spaces, labels followed by one space,
// footnotes gathered at the end, page furniture gone — and not a word changed. Works
// from the source lines the model points to, so markers and spellings stay as written.
import type { Footnote, FootnoteMarker, Range, ResolutionDocument } from './model';
import { parse } from './parser';
import { bodyParts } from './parts';
import { linesOf, SourceText } from './source';
import { comparable } from './reading/page-heads';
import { cleanLine, normalizeSpacing, splitCells } from './line-cleaning';

const FOOTNOTE_RULE = /^\s*_{5,}\s*$/;
/** A rule glued to the end of a body line (`… Non-Self_______________` in pdftotext). */
const GLUED_RULE = /(?<=[^_\s])\s*_{10,}\s*$/;
const LABEL_ALONE = /^\s*(?:\d{1,3}|\*{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*$/;

interface Unit {
  range: Range;
  /** Header lines keep their columns apart; paragraphs are joined into one line. */
  cells?: boolean;
  /** The paragraph as the parser read it, for where its lines are not in reading order. */
  read?: { text: string; label?: Range };
}

/**
 * Every line of the footnote areas: from a rule over the entries' texts, blanks, page
 * furniture and the labels an extractor set alone on their lines ("4", "5" after the
 * texts in pdftotext), up to the first line of body text.
 */
function footnoteAreaLines(source: SourceText, entries: Set<number>, furniture: Set<number>): Set<number> {
  const lines = new Set<number>(entries);
  for (let index = 0; index < source.lines.length; index++) {
    const text = source.lines[index].text;
    if (!FOOTNOTE_RULE.test(text) && !GLUED_RULE.test(text)) continue;
    if (FOOTNOTE_RULE.test(text)) lines.add(index);
    let next = index + 1;
    for (; next < source.lines.length; next++) {
      const line = source.lines[next].text;
      if (FOOTNOTE_RULE.test(line)) break;
      if (!line.trim() || furniture.has(next) || entries.has(next) || LABEL_ALONE.test(line)) lines.add(next);
      else break;
    }
    index = next - 1;
  }
  return lines;
}

/** The text of a range as one line, skipping furniture and footnote lines inside it. */
function joinRange(source: SourceText, range: Range, skip: Set<number>, markdown: boolean): string {
  const pieces: string[] = [];
  for (let index = range.start.line; index <= range.end.line; index++) {
    const line = source.lines[index];
    if ((skip.has(index) && index !== range.start.line) || FOOTNOTE_RULE.test(line.text)) continue;
    const from = index === range.start.line ? range.start.character : 0;
    const to = index === range.end.line ? range.end.character : line.text.length - (GLUED_RULE.exec(line.text)?.[0].length ?? 0);
    const piece = normalizeSpacing(cleanLine(source.text, line.start + from, line.start + to, markdown)).text.trim();
    if (!piece) continue;
    const previous = pieces[pieces.length - 1];
    // "Secretary -" + "General" and "confidence-" + "building" were one word.
    if (previous !== undefined && /[A-Za-z] -$/.test(previous) && /^[A-Za-z]/.test(piece)) pieces[pieces.length - 1] = `${previous.slice(0, -2)}-${piece}`;
    else if (previous !== undefined && /[A-Za-z]-$/.test(previous) && /^[a-z]/.test(piece)) pieces[pieces.length - 1] = `${previous}${piece}`;
    else pieces.push(piece);
  }
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The footnote marker that follows `at` on its line with nothing but spacing between. */
function markerRightAfter(source: SourceText, markers: readonly FootnoteMarker[], at: Range['end']): FootnoteMarker | undefined {
  return markers.find(
    (m) => m.range.start.line === at.line && !before(m.range.start, at) && !source.lines[at.line].text.slice(at.character, m.range.start.character).trim(),
  );
}

export function renderClean(text: string, doc: ResolutionDocument): string {
  const source = new SourceText(text);
  const markdown = doc.shape === 'markdown';
  const furniture = linesOf(doc.furniture.map((f) => f.range));
  const skip = new Set([...furniture, ...footnoteAreaLines(source, linesOf(doc.footnotes.map((f) => f.range)), furniture)]);
  const units: Unit[] = [];
  const markers = doc.footnotes.flatMap((f) => f.markers);
  // A title's field holds its words alone; the markers written after them ("… Trust Fund¹⁷⁰") go with it.
  const titled = (range: Range): Range => {
    let end = range.end;
    for (let next = markerRightAfter(source, markers, end); next; next = markerRightAfter(source, markers, end)) end = next.range.end;
    return { start: range.start, end };
  };
  const { header } = doc;
  // Header fields that wrap over lines are units of their own; other header lines stand alone.
  const joined: Range[] = [];
  if (header.agendaItem?.title) joined.push(header.agendaItem.title.range);
  if (header.sponsors.length > 0 && header.kindRange) joined.push({ start: header.sponsors[0].range.start, end: header.kindRange.end });
  if (header.adoption) joined.push(header.adoption.range);
  if (header.report) joined.push(header.report.range);
  if (doc.title) joined.push(titled(doc.title.range));
  const joinedLines = linesOf(joined);
  // A resolution in parts (A, B, …): each part's letter, title, preamble, paragraphs and closing.
  const bodies = bodyParts(doc);
  const bodyStart =
    bodies[0].label?.range.start.line ??
    doc.organ?.range.start.line ??
    doc.preamble[0]?.range.start.line ??
    doc.operative[0]?.range.start.line ??
    source.lines.length;
  for (let line = 0; line < bodyStart; line++) {
    if (skip.has(line) || joinedLines.has(line)) continue;
    if (source.lines[line].text.trim()) units.push({ range: source.lineRange(line), cells: true });
  }
  for (const range of joined) units.push({ range });
  for (const part of bodies) {
    if (part.label) units.push({ range: source.lineRange(part.label.range.start.line) });
    if (part.title) units.push({ range: titled(part.title.range) });
    for (const p of part.preamble) units.push({ range: p.range, read: { text: p.text } });
  }
  const operative = (nodes: ResolutionDocument['operative']) => {
    for (const node of nodes) {
      // A heading's label set alone above its title ("I" / "Conditions of service …") stays alone:
      // joined to its title it would read as a paragraph.
      const label = node.kind === 'heading' ? node.label?.range : undefined;
      const labelLine = label ? source.lines[label.end.line].text : '';
      if (label && label.end.line < node.ownRange.end.line && !labelLine.slice(label.end.character).trim()) {
        units.push({ range: { start: node.ownRange.start, end: label.end } });
        units.push({ range: { start: { line: label.end.line + 1, character: 0 }, end: node.ownRange.end } });
      } else units.push({ range: node.ownRange, read: node.kind === 'paragraph' ? { text: node.text, label: node.label?.range } : undefined });
      operative(node.children);
    }
  };
  for (const part of bodies) {
    operative(part.operative);
    if (part.closing) units.push({ range: part.closing.range, cells: true });
  }
  for (const annex of doc.annexes) {
    // An adopted text ("Adopts the following outcome document:") has no label line of its own.
    const labelLine = source.lines[annex.range.start.line].text;
    if (comparable(labelLine.slice(annex.range.start.character)).toLowerCase().startsWith(comparable(annex.label).toLowerCase())) {
      units.push({ range: { start: annex.range.start, end: { line: annex.range.start.line, character: labelLine.length } } });
    }
    if (annex.title) units.push({ range: titled(annex.title.range) });
    for (const p of annex.preamble) units.push({ range: p.range, read: { text: p.text } });
    operative(annex.operative);
  }
  for (const organ of bodies.flatMap((part) => (part.organ ? [part.organ.range] : []))) {
    // A decision's paragraph runs on from "The General Assembly," on its line: one line, as printed.
    const runsOn = units.find((u) => u.range.start.line === organ.end.line && u.range.start.character >= organ.end.character);
    if (runsOn) {
      runsOn.range = { start: organ.start, end: runsOn.range.end };
      runsOn.read = undefined;
    } else units.push({ range: source.lineRange(organ.start.line) });
  }
  units.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  const lines: RenderedLine[] = [];
  let lastEnd = -1;
  for (const unit of units) {
    // A unit already covered by a longer one (a title inside the header lines) is skipped.
    if (unit.range.end.line <= lastEnd && unit.range.start.line <= lastEnd && unit.cells) continue;
    const from = unit.range.start.line;
    if (unit.cells) {
      for (let index = unit.range.start.line; index <= unit.range.end.line; index++) {
        const row = source.lines[index];
        if (skip.has(index)) continue;
        for (const cell of splitCells(cleanLine(source.text, row.start, row.start + row.text.length, markdown)))
          lines.push({ from, text: normalizeSpacing(cell).text });
      }
    } else {
      let joinedText = joinRange(source, unit.range, skip, markdown);
      if (unit.read) joinedText = inReadingOrder(source, unit.range, unit.read, joinedText, markers) ?? joinedText;
      if (joinedText) lines.push({ from, text: joinedText });
    }
    lastEnd = Math.max(lastEnd, unit.range.end.line);
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const write = (out: string[]) => `${out.join(`${eol}${eol}`)}${eol}`;
  const gathered = write(gatheredFootnotes(lines, doc.footnotes));
  if (doc.footnotes.length === 0) return gathered;
  // Gathered after one rule, footnotes lose the page they stood on, which told a marker
  // ("resolution 20/1,21") from a number ("Agenda 21,"): where that changes the reading,
  // each footnote stays where its page put it, after the paragraph, as `²¹ text`.
  const expected = footnoteReading(doc);
  if (footnoteReading(parse(gathered)) === expected) return gathered;
  const inPlace = write(footnotesInPlace(lines, doc.footnotes));
  return footnoteReading(parse(inPlace)) === expected ? inPlace : gathered;
}

/** The letters of a text, numbers, spacing and hyphens aside: what differs when lines are out of order or lost. */
function words(text: string): string {
  return text.replace(/[\s\u00AD-]+|[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
}

/**
 * The paragraph as the parser read it, where pdftotext wrote its lines out of order
 * ("30." "to:" then "Small island developing States seek …") or set words apart below it
 * ("2018," "entitled"): the label and markers as written, put back after the words they follow.
 * Undefined where the source lines already read in order, or a marker cannot be placed.
 */
function inReadingOrder(
  source: SourceText,
  range: Range,
  read: { text: string; label?: Range },
  joined: string,
  markers: readonly FootnoteMarker[],
): string | undefined {
  const labelText = read.label ? source.lines[read.label.start.line].text.slice(read.label.start.character, read.label.end.character) : '';
  const ordered = labelText ? `${labelText} ${read.text}` : read.text;
  if (words(joined) === words(ordered)) return undefined;
  let text = read.text;
  let cursor = 0;
  const inside = markers
    .filter((m) => !before(m.range.start, range.start) && !before(range.end, m.range.end))
    .sort((a, b) => (before(a.range.start, b.range.start) ? -1 : 1));
  for (const marker of inside) {
    const line = source.lines[marker.range.start.line].text;
    const preceding = line.slice(0, marker.range.start.character);
    const word = preceding.trimEnd().split(/\s+/).pop();
    const at = word ? text.indexOf(word, cursor) : -1;
    if (!word || at < 0) return undefined;
    const insert = `${/\s$/.test(preceding) ? ' ' : ''}${line.slice(marker.range.start.character, marker.range.end.character)}`;
    text = `${text.slice(0, at + word.length)}${insert}${text.slice(at + word.length)}`;
    cursor = at + word.length + insert.length;
  }
  return labelText ? `${labelText} ${text}` : text;
}

interface RenderedLine {
  /** The source line of the unit the line was written from. */
  from: number;
  text: string;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The body, then every footnote after one rule. */
function gatheredFootnotes(lines: RenderedLine[], footnotes: readonly Footnote[]): string[] {
  const out = lines.map((line) => line.text);
  if (footnotes.length > 0) out.push('__________', ...footnotes.map((f) => `${f.label} ${f.text}`));
  return out;
}

/** Each numbered footnote after the paragraph its page broke or ended with, labelled in superscript; others after a rule at the end. */
function footnotesInPlace(lines: RenderedLine[], footnotes: readonly Footnote[]): string[] {
  const numbered = footnotes.filter((f) => /^\d{1,3}$/.test(f.label));
  const rest = footnotes.filter((f) => !numbered.includes(f));
  const out: string[] = [];
  let next = 0;
  lines.forEach((line, at) => {
    out.push(line.text);
    const following = lines[at + 1];
    for (; next < numbered.length && (!following || following.from > numbered[next].range.start.line); next++) {
      const label = [...numbered[next].label].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
      out.push(`${label} ${numbered[next].text}`);
    }
  });
  if (rest.length > 0) out.push('__________', ...rest.map((f) => `${f.label} ${f.text}`));
  return out;
}

/** What the footnotes say about the text: each footnote with the number of its markers, and the markers without one. */
function footnoteReading(doc: ResolutionDocument): string {
  return `${doc.footnotes.map((f) => `${f.label}:${f.markers.length}`).join(' ')} / ${doc.danglingMarkers.map((m) => m.label).join(' ')}`;
}
