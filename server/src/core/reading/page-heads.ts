// The head of each page after the first: the symbol standing as a cell, and the running title
// beside it in whichever arrangement the extractor wrote, marked as furniture.
import { withoutFurnitureWords } from '../furniture';
import { SYMBOL_LINE } from '../header';
import { matchLabel } from '../labels';
import { splitCells } from '../line-cleaning';
import { isWhitespaceCode } from '../whitespace';
import { markAsFurniture, type Reading } from './reading';

const WHITESPACE_RUNS = /\s+/g;

/** The fewest characters of the title that tell a page head's piece of it (and a title worth looking for). */
export const TITLE_PIECE = 12;

/**
 * A header without its symbol (a draft as typed): the symbol the page heads carry, standing as a
 * cell of its own beside page or job numbers after `from` (on its line or near it), or null. It
 * stands so at least twice, or once with the running title beside it: nothing but the title's
 * words beside it on its line, and a piece of the document's `title` there or on a line near it.
 */
export function symbolOfPageHeads(r: Reading, from: number, title: string | null): string | null {
  const wanted = title ? comparable(title) : '';
  const ofTitle = (piece: string) => wanted.length >= TITLE_PIECE && wanted.includes(piece);
  const seen = new Map<string, number>();
  /** The first line where each symbol was seen, and the title's words beside it there. */
  const firstAt = new Map<string, { at: number; beside: string | null }>();
  // Page or job numbers among the `reach` lines on either side that are not blank, on a line of their own or
  // closing or opening one ("… international security 2/4 11-53268").
  const numbers = (j: number) => {
    const { furniture, content } = r.lines[j];
    return furniture === 'page-number' || furniture === 'job-number' || (!furniture && withoutFurnitureWords(content.text) !== content.text);
  };
  const nearFurniture = (i: number, reach: number) => [...linesAround(r, i, -1, reach), ...linesAround(r, i, 1, reach)].some(numbers);
  for (let i = from; i < r.lines.length; i++) {
    const line = r.lines[i];
    if (line.blank || line.furniture || !line.content.text.includes('/')) continue;
    // Each cell without the page and job numbers and date stamp it opens or closes with ("2/4 12-39799 A/C.1/73/L.27/Rev.1").
    const cells = splitCells(line.content).map((cell) => [cell.text, withoutFurnitureWords(cell.text)]);
    const carriesNumbers = cells.some(([text, rest]) => rest !== text);
    // The symbol is a cell of its own, or opens or closes one (as besideSymbol reads a head).
    const found = cells.map(([, text]) => {
      const words = text.split(' ');
      return [text, words[0], words[words.length - 1]].map((piece) => SYMBOL_LINE.exec(piece)?.[1]).find(Boolean);
    });
    const symbol = found.find(Boolean);
    if (!symbol) continue;
    const beside = titleBesideSymbol(line.content.text, symbol);
    // Alone on its line or beside the title's words, a symbol may stand a running title away from the page number.
    const headLike = beside !== null && (beside === '' || ofTitle(comparable(beside)));
    if (!carriesNumbers && !nearFurniture(i, 2) && !(headLike && nearFurniture(i, TITLE_REACH + 2))) continue;
    for (const each of found) {
      if (!each) continue;
      seen.set(each, (seen.get(each) ?? 0) + 1);
      if (!firstAt.has(each)) firstAt.set(each, { at: i, beside: each === symbol && headLike ? beside : null });
    }
  }
  const [best] = [...seen].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1]);
  if (best) return best[0];
  const once = [...firstAt].find(([, { at, beside }]) => {
    if (beside === null) return false;
    const piece = (j: number) => comparable(j === at ? beside : withoutFurnitureWords(r.lines[j].content.text));
    return [at, ...linesAround(r, at, -1, TITLE_REACH), ...linesAround(r, at, 1, TITLE_REACH)].some((j) => {
      const text = piece(j);
      return text.length >= TITLE_PIECE && ofTitle(text);
    });
  });
  return once?.[0] ?? null;
}

export function markPageHeaders(r: Reading, symbol: string | null, bodyStart: number): void {
  if (!symbol) return;
  for (let i = bodyStart; i < r.lines.length; i++) {
    const line = r.lines[i];
    if (line.blank || line.furniture) continue;
    if (!line.content.text.includes(symbol)) continue;
    if (splitCells(line.content).some((cell) => cell.text === symbol)) {
      markAsFurniture(r, line, 'page-header');
      r.pageHeadLines.push(i);
    } else {
      r.linesWithSymbol.push(i);
    }
  }
}

/**
 * The title repeated beside the symbol at the head of each page, over as many lines
 * as it takes and in whichever order the extractor wrote them (before the symbol,
 * after it, or sharing its line): the lines around a page head that together spell
 * the title, or its beginning.
 */
export function markRunningTitle(r: Reading, title: string | null, symbol: string | null): void {
  const wanted = title ? comparable(title) : '';
  if (wanted.length < TITLE_PIECE) return;
  if (symbol) markHeadsSharingTheTitle(r, wanted, symbol);
  for (const head of r.pageHeadLines) {
    // The content lines on either side of the head, however many blank lines and furniture lines stand between.
    const around = [...contentLinesAround(r, head, -1).reverse(), head, ...contentLinesAround(r, head, 1)];
    const at = around.indexOf(head);
    // A label alone ("V.") that the extractor read into the head of the page is passed over, and kept.
    const labelAlone = (i: number) => matchLabel(r.lines[i].content.text, true)?.length === r.lines[i].content.length;
    // Each line's words, the head's beside the symbol, without the page and job numbers and date stamp sharing a line with them.
    const pieceOf = (i: number) =>
      i === head
        ? splitCells(r.lines[i].content)
            .map((cell) => (symbol ? titleBesideSymbol(cell.text, symbol) : null) ?? withoutFurnitureWords(cell.text))
            .filter((text) => text !== '')
            .join(' ')
        : labelAlone(i)
          ? ''
          : withoutFurnitureWords(r.lines[i].content.text);
    // The lines from..to spell, without spacing, their pieces one after another; each piece read when first needed.
    const pieces: Array<string | undefined> = [];
    const piece = (k: number) => (pieces[k] ??= pieceOf(around[k]));
    // The lines spelling the whole title, before those spelling its beginning (the next page's head may follow
    // at once, its title's first line beside this head); then the most lines, a label alone at either end not counted.
    let best: [number, number] | null = null;
    let bestWhole = false;
    for (let from = at; from >= 0; from--) {
      if (from < at && piece(from) === '') continue;
      // A line above whose words are nowhere in the title ends every run through it: none starts higher.
      if (from < at && !wanted.includes(comparable(piece(from)))) break;
      // How much of the title pieces from..to spell (-1: they stop spelling it).
      let spelled = 0;
      for (let i = from; i < at && spelled >= 0; i++) spelled = spellOn(wanted, piece(i), spelled);
      for (let to = at; to < around.length && spelled >= 0; to++) {
        spelled = spellOn(wanted, piece(to), spelled);
        if (spelled <= 0 || (to > at && piece(to) === '')) continue;
        const whole = spelled === wanted.length;
        if ((whole || spelled >= TITLE_PIECE) && (!best || (whole && !bestWhole) || (whole === bestWhole && to - from > best[1] - best[0]))) {
          best = [from, to];
          bestWhole = whole;
        }
      }
    }
    if (best) for (const i of around.slice(best[0], best[1] + 1)) if (!labelAlone(i)) markAsFurniture(r, r.lines[i], 'page-header');
  }
}

/** How many content lines on each side of a page head may hold the running title (a title and a subtitle, each over a few lines). */
const TITLE_REACH = 8;

/** Up to TITLE_REACH content lines from a page head in the direction `step`, nearest first. */
function contentLinesAround(r: Reading, head: number, step: 1 | -1): number[] {
  return linesAround(r, head, step, TITLE_REACH, true);
}

/** Up to `count` lines that are not blank (nor furniture, with `contentOnly`) from line `at` in the direction `step`, nearest first. */
function linesAround(r: Reading, at: number, step: 1 | -1, count: number, contentOnly = false): number[] {
  const found: number[] = [];
  for (let i = at + step; i >= 0 && i < r.lines.length && found.length < count; i += step) {
    if (!r.lines[i].blank && !(contentOnly && r.lines[i].furniture)) found.push(i);
  }
  return found;
}

/**
 * A page head written on one line with single spaces (`pdftotext -raw`, PDFium): the symbol
 * first or last, the rest a piece of the title ("A/RES/78/192 The right of …", "… of International Law A/RES/78/107").
 */
function markHeadsSharingTheTitle(r: Reading, wanted: string, symbol: string): void {
  const heads = new Set(r.pageHeadLines);
  for (const i of r.linesWithSymbol) {
    const line = r.lines[i];
    if (line.furniture) continue;
    const text = withoutFurnitureWords(line.content.text);
    const rest = titleBesideSymbol(line.content.text, symbol);
    if (rest === null) continue;
    const piece = comparable(rest);
    if (piece.length === 0) {
      markAsFurniture(r, line, 'page-header');
      heads.add(i);
      continue;
    }
    // A short piece must be where the symbol's side puts it: the title's end before the symbol ("… in Kosovo A/RES/79/305").
    const inPlace = text.startsWith(symbol) ? wanted.startsWith(piece) : wanted.endsWith(piece);
    if ((piece.length >= Math.min(TITLE_PIECE, wanted.length) && wanted.includes(piece)) || (piece.length >= 2 && inPlace)) {
      markAsFurniture(r, line, 'page-header');
      heads.add(i);
    }
  }
  r.pageHeadLines = [...heads].sort((a, b) => a - b);
}

/**
 * The words of a page head's line beside the symbol it opens or closes with, or null. Page and job
 * numbers and the date stamp may share the line, in any order, on either side of the symbol
 * ("2/4 A/RES/78/149 25-19120", "2/4 Effects of … 041024 A/C.4/80/L.6", "… development 4/5 A/RES/78/149 25-01404").
 */
function titleBesideSymbol(text: string, symbol: string): string | null {
  const beside = besideSymbol(withoutFurnitureWords(text), symbol);
  return beside === null ? null : withoutFurnitureWords(beside);
}

/** A text's words before or after the symbol it opens or closes with ("" for the symbol alone), or null. */
function besideSymbol(text: string, symbol: string): string | null {
  if (text === symbol) return '';
  if (text.length > symbol.length && isWhitespaceCode(text.charCodeAt(symbol.length)) && text.startsWith(symbol)) return text.slice(symbol.length).trim();
  const end = text.length - symbol.length - 1;
  if (end > 0 && isWhitespaceCode(text.charCodeAt(end)) && text.endsWith(symbol)) return text.slice(0, end).trim();
  return null;
}

/**
 * Where `wanted` (a comparable text) goes on after spelling `piece` from `at`, the piece's spacing
 * left out as comparable leaves it; -1 where it does not spell it. Read in place: most pieces fail
 * at their first character, and a copy of each without spacing was much of the time spent on page heads.
 */
export function spellOn(wanted: string, piece: string, at: number): number {
  let cursor = at;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (isWhitespaceCode(code)) continue;
    if (cursor >= wanted.length || wanted.charCodeAt(cursor) !== code) return -1;
    cursor++;
  }
  return cursor;
}

/** Text compared without spacing or the hyphens of broken lines. */
export function comparable(text: string): string {
  // Removing all spacing also joins the hyphens of broken lines ("-\s+" becomes "-").
  return text.replace(WHITESPACE_RUNS, '');
}
