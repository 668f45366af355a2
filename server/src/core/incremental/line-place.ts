// Whether the edited line is read as before wherever the parser looks at a line on its own or
// beside its neighbours: each condition names the phase decision it keeps from changing.
import { emphasisMarks } from '../emphasis';
import { matchFootnoteStart } from '../footnotes';
import { matchLabel } from '../labels';
import { startsWithCapital, startsWithLowerCase } from '../letters';
import { hasCellGap } from '../line-cleaning';
import type { ResolutionDocument } from '../model';
import type { ParseFacts } from '../parser';
import { matchOperativePhrase, matchPreambularPhrase } from '../phrases';
import { HEADING_LENGTH, spacedLength } from '../reading/block-text';
import { ONE_WORD } from '../reading/blocks';
import { ENTRY_LENGTH, endsEntry } from '../reading/footnote-zones';
import { MEASURED_LENGTH } from '../reading/layout';
import { TITLE_PIECE, comparable } from '../reading/page-heads';
import {
  CLOSES_WITH_PUNCTUATION,
  ENDS_PARAGRAPH,
  SPEAKERS,
  continuesNumber,
  endsOnLinkingWord,
  opensPreambularParagraph,
  opensWithPreambularHead,
} from '../reading/text-ends';
import { commonPrefix, type Window } from './window';

const LABEL_STYLES_OPENING_A_PARAGRAPH = /^(?:arabic|heading-roman|heading-alpha)$/;

/**
 * Sub-item labels that the text before may name (" (a) " … " (b) "): inline items run on; with the separator before
 * them ("; (ii)"), they tell an enumeration written inline (rejoinInlineLists).
 */
const INLINE_ITEM = /(?:;\s(?:and\s|or\s)?)?(?<= )\([a-z]{1,6}\)(?= )/g;

/** The characters at a paragraph's end an edit on its last line leaves alone. */
const LINE_END_REACH = 30;

/**
 * Whether the edited line is read as before wherever the parser looks at a line on its own or
 * beside its neighbours: it keeps its opening words, stays a content line of its paragraph, and
 * its new ending decides nothing a neighbour depends on.
 */
export function lineKeepsItsPlace(
  was: Window,
  now: Window,
  line: number,
  lines: number[],
  at: number,
  furniture: ReadonlySet<number>,
  footnoteLine: (l: number) => boolean,
  doc: ResolutionDocument,
  facts: ParseFacts,
  lineCount: number,
): boolean {
  const oldContent = was.content(line).text;
  const newContent = now.content(line).text;
  for (const {
    content: { text: content },
    furniture: kind,
    ruleAfter,
  } of [was.line(line), now.line(line)]) {
    // Long enough to count in the widths and the shape; no furniture, footnote start, cells, hyphen join or speakers' "We".
    if (content.length < MEASURED_LENGTH + 5 || kind || ruleAfter || matchFootnoteStart(content, false)) return false;
    if (hasCellGap(content) || content.endsWith('-') || SPEAKERS.test(content)) return false;
    // A label opens a paragraph only on its first line.
    if (at > 0 && (matchLabel(content, true) || matchLabel(content, false))) return false;
  }
  if (at === 0 && matchLabel(oldContent, true)?.style.startsWith('heading')) return false;
  // A footnote entry set one a line without its full stop runs on up to a line ending with one (entryEnd).
  if (unfinishedEntryBefore(was, line, furniture, footnoteLine)) return false;
  const previousText = before0(was, line, furniture, footnoteLine);
  // A preambular paragraph's first line opens it after a paragraph's end (startsParagraph's opening words) whatever
  // the line ends with, when its participle opens it (isPreambularHead: never a heading, never a sentence running on)
  // and the line before does not end in a colon (a name may run on after one).
  if (at === 0 && facts.shape.wrapped && !matchLabel(oldContent, true)) {
    const opens = opensWithPreambularHead(oldContent) && opensPreambularParagraph(oldContent);
    if (!opens || previousText === null || previousText.length < 8 || !ENDS_PARAGRAPH.test(previousText) || /:$/.test(previousText)) return false;
    if (matchLabel(oldContent, false)) return false;
  }
  // The opening words stay: at least six words and forty characters stand before the edit on the line.
  const opening = sharedOpening(oldContent, newContent);
  if (opening.length < 40 || (opening.match(/ /g) ?? []).length < 6) return false;
  for (const phrase of [matchPreambularPhrase, matchOperativePhrase]) if (phrase(oldContent) !== phrase(newContent)) return false;
  // A line the title could be read from, near a page head, is the running title's business.
  const wanted = comparable(doc.title?.text ?? '');
  if (wanted.length >= TITLE_PIECE && (wanted.includes(comparable(oldContent)) || wanted.includes(comparable(newContent)))) return false;
  // "(b)" at a line's start runs on after " (a) " inside the paragraph (continuesInlineItems), and a list whose item
  // carries the next one after its semicolon is written inline (rejoinInlineLists).
  const items = (content: string) => ` ${content} `.match(INLINE_ITEM)?.join() ?? '';
  if (items(oldContent) !== items(newContent)) return false;

  const content = (l: number) => was.content(l).text;
  const previousLine = at > 0 ? content(lines[at - 1]) : '';
  const tail = `${at >= 2 ? content(lines[at - 2]) : ''} ${previousLine}`;
  // A line opening in lower case continues its paragraph whatever it ends with; another one,
  // after a paragraph's text that does not end, continues it too (startsParagraph's first tests).
  if (at > 0 && !startsWithLowerCase(oldContent) && ENDS_PARAGRAPH.test(tail)) return false;
  // The next line of the paragraph: opening in lower case it continues whatever this line ends
  // with; otherwise this line must not end a sentence, before or after the edit.
  // (None on a paragraph's last line: text that does not wrap opens the next paragraph whatever this line ends with.)
  const next = at + 1 < lines.length ? content(lines[at + 1]) : null;
  if (next !== null && matchLabel(next, true)) return false;
  if (
    next !== null &&
    !startsWithLowerCase(next) &&
    (ENDS_PARAGRAPH.test(`${previousLine} ${oldContent}`) || ENDS_PARAGRAPH.test(`${previousLine} ${newContent}`))
  )
    return false;
  // Nor may it come to end, or cease to, on a linking word or before a number that cannot stand apart, after which the
  // next line runs on (startsParagraph).
  if (
    next !== null &&
    !startsWithLowerCase(next) &&
    (endsOnLinkingWord(oldContent) !== endsOnLinkingWord(newContent) || continuesNumber(oldContent, next) !== continuesNumber(newContent, next))
  )
    return false;

  // Neighbours in the parser's sequence of content lines (over-approximated: blank lines, furniture and footnotes skipped).
  // The window must hold them all, unless the text ends first.
  const neighbours = (step: 1 | -1, count: number) => {
    const found: Array<{ line: number; text: string }> = [];
    let l = line + step;
    for (; l >= was.first && l <= was.last && found.length < count; l += step) {
      if (was.splits(l)) return null;
      if (furniture.has(l) || footnoteLine(l)) continue;
      const text = content(l);
      if (text.length > 0) found.push({ line: l, text });
    }
    const complete = found.length === count || l < 0 || l >= lineCount;
    return complete ? found : null;
  };
  const before = neighbours(-1, 14);
  const after = neighbours(1, 8);
  if (!before || !after) return false;
  const labelOf = (text: string) => matchLabel(text, true);
  const labelAlone = (text: string) => matchLabel(text, false)?.length === text.length;
  // restoreOpeningLine swaps the two lines after a label standing alone when the second follows a blank line:
  // this line and the next are such a pair only with a blank line before one of them.
  const blankBefore = (l: number) => l - 1 >= was.first && content(l - 1).length === 0;
  if (before.slice(0, 3).some((l) => labelAlone(l.text)) && (blankBefore(line) || (after.length > 0 && blankBefore(after[0].line)))) return false;
  // A heading's title and the sentence opening after it are read over the lines that follow (continuesHeadingTitle, opensOperativeSentence).
  if (before.some((l) => labelOf(l.text)?.style.startsWith('heading'))) return false;
  // headsNumberedParagraph reads on from a capitalised line without closing punctuation, after a paragraph's end, over up to two lines to a numbered paragraph.
  const mayHead = (k: number) =>
    k < before.length &&
    startsWithCapital(before[k].text) &&
    !CLOSES_WITH_PUNCTUATION.test(before[k].text) &&
    (k + 1 >= before.length || ENDS_PARAGRAPH.test(`${before[k + 2]?.text ?? ''} ${before[k + 1].text}`));
  if ((mayHead(0) || mayHead(1)) && after.slice(0, 3).some((l) => LABEL_STYLES_OPENING_A_PARAGRAPH.test(labelOf(l.text)?.style ?? ''))) return false;
  // restoreSetAsideWords gives a word set apart below back to a line that stops short.
  if (facts.restoresSetAsideWords) for (const { line: l, text } of after) if (ONE_WORD.test(text) && blankBefore(l)) return false;
  // A paragraph this short may read as a heading's text (isHeadingText, asked before a labelled line): the lines up
  // to the next one are long (on its last line, the whole paragraph: closesList's bound too). (A label or a lower-case
  // letter opening the paragraph rules that out.)
  const upTo = (edited: string) =>
    lines.slice(0, at).reduce((sum, l) => sum + spacedLength(content(l)) + 1, 0) + spacedLength(edited) + 1 + (next === null ? 0 : spacedLength(next) + 1);
  if (startsWithCapital(content(lines[0])) && (upTo(oldContent) < HEADING_LENGTH || upTo(newContent) < HEADING_LENGTH)) return false;
  return true;
}

/**
 * Whether the edit, ending at `editEnd` in the old text, leaves the line's last characters as they were: its closing
 * punctuation, a hyphen join, its last word whole (the space before it kept) and what ENDS_PARAGRAPH, endsLikeSentence
 * and the rules read of a paragraph's end.
 */
export function keepsLineEnd(old: string, starts: Int32Array, line: number, editEnd: number): boolean {
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : old.length;
  const tail = old.slice(editEnd, end).trimEnd();
  return tail.length >= LINE_END_REACH && tail.lastIndexOf(' ') > 0;
}

/**
 * Whether an edit at `at` of a markdown line, `removed` characters replaced by `inserted`, leaves
 * the emphasis marks the cleaning drops outside it as they were: a pair's two runs may stand
 * anywhere on the line (its last characters among them), so an edit between them may pair them
 * otherwise.
 */
export function keepsEmphasis(oldLine: string, newLine: string, at: number, removed: number, inserted: number): boolean {
  const outside = (marks: Array<[number, number]>, end: number, shift: number) => {
    const kept: number[] = [];
    for (const [start, stop] of marks) {
      if (stop <= at) kept.push(start, stop);
      else if (start >= end) kept.push(start + shift, stop + shift);
      else return null;
    }
    return kept.sort((a, b) => a - b).join();
  };
  const before = outside(emphasisMarks(oldLine), at + removed, inserted - removed);
  return before !== null && before === outside(emphasisMarks(newLine), at + inserted, 0);
}

/**
 * Whether a footnote's line without its full stop stands within ENTRY_LENGTH characters of content lines before
 * `line`, the lines between not a footnote's (or the window cannot tell): the entry may run on up to a line ending
 * with one (entryEnd), after a page's furniture too (cutEntryEnd).
 */
function unfinishedEntryBefore(window: Window, line: number, furniture: ReadonlySet<number>, footnoteLine: (l: number) => boolean): boolean {
  for (let l = line - 1, length = window.line(line).content.length; length <= ENTRY_LENGTH && l >= 0; l--) {
    if (l < window.first || window.splits(l)) return true;
    // An area's entry the page turned in goes on after the furniture (cutEntryEnd).
    if (furniture.has(l)) continue;
    const { content } = window.line(l);
    if (footnoteLine(l) && content.length > 0) return !endsEntry(content.text);
    length += content.length;
  }
  return false;
}

/** The content line before `line` (blank lines, furniture and footnotes skipped), or null when the window holds none. */
function before0(window: Window, line: number, furniture: ReadonlySet<number>, footnoteLine: (l: number) => boolean): string | null {
  for (let l = line - 1; l >= window.first; l--) {
    if (window.splits(l)) return null;
    if (furniture.has(l) || footnoteLine(l)) continue;
    const { content, furniture: kind } = window.line(l);
    if (content.length > 0 && kind !== 'rule') return content.text;
  }
  return null;
}

function sharedOpening(a: string, b: string): string {
  return a.slice(0, commonPrefix(a, b, Math.min(a.length, b.length)));
}
