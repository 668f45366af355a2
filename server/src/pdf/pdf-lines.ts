// Lines of a PDF page from pdf.js text items: items sharing a baseline make a line,
// raised small digits are footnote markers, and a wide gap splits the columns of the
// header ("United Nations" … "A/RES/78/192") into lines of their own.

export interface PdfItem {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  size: number;
  italic: boolean;
  bold: boolean;
  /** Set once the item is found raised above a line's baseline: a footnote marker or label. */
  raised?: boolean;
}

export interface PdfLine {
  page: number;
  text: string;
  x: number;
  /** Where the words begin after a bullet or label opening the line: a hanging indent's continuation lines stand there. */
  textX: number;
  right: number;
  y: number;
  /** The size most of the line's characters are set in. */
  size: number;
  /** The line opens with italic words (an opening phrase). */
  italicStart: boolean;
  bold: boolean;
  /** A footnote label raised at the start of the line ("¹ Resolution 70/1."). */
  noteLabel: string | null;
}

/** A bullet or a paragraph label set as an item of its own: "•", "1.", "(a)", "(iv)". */
const LEADING_LABEL = /^(?:[•·▪–-]|\d{1,3}\.|\([a-z]{1,2}\)|\([ivxl]{1,6}\)|[a-z]\.)$/;

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function toSuperscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPTS[Number(d)] ?? d).join('');
}

/** Small digits: perhaps a marker, if the text beside them sits lower. */
function smallDigits(item: PdfItem, bodySize: number): boolean {
  return /^\d{1,3}$/.test(item.text.trim()) && item.size < bodySize * 0.8;
}

function isRaised(item: PdfItem): boolean {
  return item.raised === true;
}

export function pageLines(page: number, items: PdfItem[], bodySize: number): PdfLine[] {
  const normal = items.filter((i) => !smallDigits(i, bodySize));
  const small = items.filter((i) => smallDigits(i, bodySize));
  const rows: PdfItem[][] = [];
  const nearestRow = (item: PdfItem) =>
    rows.filter((r) => Math.abs(r[0].y - item.y) <= Math.max(2, item.size * 0.3)).sort((a, b) => Math.abs(a[0].y - item.y) - Math.abs(b[0].y - item.y))[0];
  // Words set the rows; a space (the one after a raised footnote label sits raised too) only joins one.
  const blank = (item: PdfItem) => item.text.trim().length === 0;
  for (const item of [...normal].sort((a, b) => Number(blank(a)) - Number(blank(b)) || b.y - a.y || a.x - b.x)) {
    const row = nearestRow(item);
    if (row) row.push(item);
    else if (!blank(item)) rows.push([item]);
  }
  // A marker is raised above the line it belongs to; small digits on a baseline of their own
  // (a job number beside the page number) are text.
  for (const item of small) {
    const row = rows.filter((r) => item.y - r[0].y >= r[0].size * 0.2 && item.y - r[0].y <= r[0].size * 0.8).sort((a, b) => a[0].y - b[0].y)[0];
    if (row) row.push({ ...item, y: row[0].y, raised: true });
    else {
      const level = nearestRow(item);
      if (level) level.push(item);
      else rows.push([item]);
    }
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let segment: PdfItem[] = [];
    const flush = () => {
      if (segment.some((i) => i.text.trim().length > 0)) lines.push(lineOf(page, segment, bodySize));
      segment = [];
    };
    for (const item of row) {
      const previous = segment[segment.length - 1];
      if (previous && item.x - (previous.x + previous.width) > Math.max(item.size, previous.size) * 4) flush();
      segment.push(item);
    }
    flush();
  }
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}

function lineOf(page: number, items: PdfItem[], bodySize: number): PdfLine {
  let text = '';
  let noteLabel: string | null = null;
  items.forEach((item, i) => {
    const raised = isRaised(item);
    // A space a hair wide is no word space: Word sets one before the hyphen of "short-term", "Secretary-General".
    const hairSpace = !raised && item.text.trim().length === 0 && item.width < item.size * 0.2;
    const piece = raised ? toSuperscript(item.text.trim()) : hairSpace ? '' : item.text;
    if (i === 0 && raised) {
      noteLabel = item.text.trim();
      return;
    }
    const previous = items[i - 1];
    const gap = previous ? item.x - (previous.x + previous.width) : 0;
    const hyphenJoint = /^-$/.test(piece.trim()) || /-$/.test(text);
    const needsSpace = previous && gap > item.size * (hyphenJoint ? 0.5 : 0.25) && !/\s$/.test(text) && !/^\s/.test(piece);
    text += (needsSpace && !raised ? ' ' : '') + piece;
    if (raised && items[i + 1] && items[i + 1].x - (item.x + item.width) > 0.5 && !/^[\s,.;:)]/.test(items[i + 1].text)) text += ' ';
  });
  const sizes = new Map<number, number>();
  for (const item of items) sizes.set(Math.round(item.size), (sizes.get(Math.round(item.size)) ?? 0) + item.text.length);
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? bodySize;
  const first = items.find((i) => !isRaised(i) && i.text.trim().length > 0) ?? items[0];
  const last = items[items.length - 1];
  const words = items.filter((i) => !isRaised(i) && i.text.trim().length > 0);
  const opensWithLabel = words.length > 1 && LEADING_LABEL.test(words[0].text.trim());
  return {
    page,
    text: text.replace(/\s+/g, ' ').trim(),
    x: first.x,
    textX: opensWithLabel ? words[1].x : first.x,
    right: last.x + last.width,
    y: items[0].y,
    size,
    italicStart: first.italic,
    bold: items.filter((i) => i.text.trim()).every((i) => i.bold),
    noteLabel,
  };
}
