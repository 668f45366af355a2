// The document as a PDF in the official layout, drawn with PDFKit and its bundled
// standard fonts (Times, Helvetica: nothing to install or download). Lines are broken
// here rather than by PDFKit so that each footnote lands at the foot of the page where
// its marker is printed, as in UN documents; every page is footed with the symbol
// and "page/pages".
import PDFDocument from 'pdfkit';
import type { Run } from './inline';
import { viewBodies, type ResolutionView, type ViewBody, type ViewOperative, type ViewPreambular } from './view';
import { winAnsi } from './win-ansi';

type FontName = 'Times-Roman' | 'Times-Italic' | 'Times-Bold' | 'Helvetica' | 'Helvetica-Bold';

interface Token {
  text: string;
  font: FontName;
  size: number;
  /** Raised above the baseline (footnote references). */
  rise: number;
  /** Printed against the previous token, with no space between. */
  glued: boolean;
  /** The footnote this token refers to, to be placed on this page. */
  noteIndex?: number;
}

interface Block {
  tokens: Token[];
  /** Left edge of the first line and of the others (hanging labels, first-line indents). */
  firstX: number;
  x: number;
  align: 'justify' | 'left' | 'center' | 'right';
  label?: { text: string; x: number };
  leading: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext?: boolean;
}

interface Line {
  units: Token[][];
  x: number;
  last: boolean;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 70.9, right: 70.9, top: 70.9, bottom: 70.9 };
const RIGHT = PAGE.width - MARGIN.right;
const INDENT = 28.35; // 1 cm, the step of the UN's indentation
const BODY = { size: 12, leading: 14.5 };
const NOTE = { size: 9.5, leading: 11.5, gap: 8 };

export async function renderPdf(view: ResolutionView): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, bufferPages: true, info: { Title: view.symbol ?? 'Resolution', Creator: 'UN Resolution Tools' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  new PdfLayout(doc, view).draw();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

class PdfLayout {
  private y = MARGIN.top;
  /** Footnotes referenced on the current page, as laid-out blocks. */
  private pageNotes: Block[] = [];
  private readonly placedNotes = new Set<number>();
  private readonly noteBlocks: Block[];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly view: ResolutionView,
  ) {
    this.noteBlocks = view.footnotes.map((note) => ({
      tokens: [{ text: note.label, font: 'Times-Roman', size: NOTE.size * 0.7, rise: 3, glued: false }, ...tokensOf(note.runs, NOTE.size, this.view)],
      firstX: MARGIN.left + INDENT / 2,
      x: MARGIN.left + INDENT / 2,
      align: 'left',
      leading: NOTE.leading,
      spaceBefore: 0,
      spaceAfter: 2,
    }));
  }

  draw(): void {
    const { view } = this;
    this.masthead();
    if (view.title) {
      const number: Token[] = view.title.number ? [{ text: `${view.title.number}.`, font: 'Times-Bold', size: 13, rise: 0, glued: false }] : [];
      this.block({
        tokens: [...number, ...tokensOf(view.title.runs, 13, view, 'Times-Bold')],
        firstX: MARGIN.left + 2 * INDENT,
        x: MARGIN.left + 2 * INDENT,
        align: 'left',
        leading: 16,
        spaceBefore: 18,
        spaceAfter: 12,
        keepWithNext: true,
      });
    }
    for (const body of viewBodies(view)) this.body(body);
    for (const annex of view.annexes) {
      this.newPage();
      this.block({
        tokens: tokensOf([{ kind: 'text', text: annex.label }], BODY.size, view, 'Times-Bold'),
        firstX: MARGIN.left,
        x: MARGIN.left,
        align: 'right',
        leading: BODY.leading,
        spaceBefore: 0,
        spaceAfter: 6,
      });
      if (annex.title)
        this.block({
          tokens: tokensOf([{ kind: 'text', text: annex.title }], BODY.size, view, 'Times-Bold'),
          firstX: MARGIN.left,
          x: MARGIN.left,
          align: 'center',
          leading: BODY.leading,
          spaceBefore: 0,
          spaceAfter: 12,
        });
      this.preamble(annex.preamble);
      this.operative(annex.operative, 0);
    }
    this.finishPage();
    this.footers();
  }

  /** The text itself, or one part of a resolution in parts under its centred letter and title. */
  private body(body: ViewBody): void {
    const { view } = this;
    const centred = (text: string, spaceAfter: number) =>
      this.block({
        tokens: tokensOf([{ kind: 'text', text }], BODY.size, view, 'Times-Bold'),
        firstX: MARGIN.left,
        x: MARGIN.left,
        align: 'center',
        leading: BODY.leading,
        spaceBefore: 0,
        spaceAfter,
        keepWithNext: true,
      });
    if (body.label) centred(body.label, 6);
    if (body.title) centred(body.title, 12);
    if (body.organ) {
      const { words, punctuation } = body.organ;
      const tokens = [
        ...tokensOf([{ kind: 'phrase', text: words }], BODY.size, view),
        ...(punctuation ? [{ text: punctuation, font: 'Times-Roman' as const, size: BODY.size, rise: 0, glued: true }] : []),
      ];
      this.block({ tokens, firstX: MARGIN.left + 2 * INDENT, x: MARGIN.left, align: 'left', leading: BODY.leading, spaceBefore: 0, spaceAfter: 6 });
    }
    this.preamble(body.preamble);
    this.operative(body.operative, 0);
    const { closing } = body;
    if (closing) {
      for (const line of [closing.meeting, closing.date]) {
        if (line)
          this.block({
            tokens: tokensOf([{ kind: 'text', text: line }], BODY.size, view),
            firstX: MARGIN.left,
            x: MARGIN.left,
            align: 'right',
            leading: BODY.leading,
            spaceBefore: line === closing.meeting ? 18 : 0,
            spaceAfter: 0,
          });
      }
    }
  }

  private masthead(): void {
    const { doc } = this;
    const lines = this.view.header;
    const symbol = lines.find((l) => l.role === 'symbol')?.text ?? '';
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text('United Nations', MARGIN.left, this.y + 4, { lineBreak: false });
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(winAnsi(symbol), RIGHT - doc.widthOfString(winAnsi(symbol)), this.y, { lineBreak: false });
    this.y += 20;
    doc.moveTo(MARGIN.left, this.y).lineTo(RIGHT, this.y).lineWidth(0.75).stroke();
    this.y += 6;
    for (const line of lines) {
      if (line.role === 'symbol') continue;
      const [font, size, align, spaceBefore]: [FontName, number, Block['align'], number] =
        line.role === 'organ'
          ? ['Helvetica-Bold', 20, 'left', 0]
          : line.role === 'distribution' || line.role === 'date' || line.role === 'language'
            ? ['Times-Roman', 10, 'right', 0]
            : line.role === 'sponsors' || line.role === 'adoption'
              ? ['Times-Bold', BODY.size, 'left', 10]
              : ['Times-Roman', 10, 'left', 0];
      this.block({
        tokens: tokensOf([{ kind: 'text', text: line.text }], size, this.view, font),
        firstX: MARGIN.left,
        x: MARGIN.left,
        align,
        leading: size * 1.25,
        spaceBefore,
        spaceAfter: 2,
      });
    }
    this.y += 4;
    doc.moveTo(MARGIN.left, this.y).lineTo(RIGHT, this.y).lineWidth(1.5).stroke();
    this.y += 8;
  }

  private preamble(paragraphs: ViewPreambular[]): void {
    for (const p of paragraphs) {
      this.block({
        tokens: tokensOf(p.runs, BODY.size, this.view),
        firstX: MARGIN.left + 2 * INDENT,
        x: MARGIN.left,
        align: 'justify',
        leading: BODY.leading,
        spaceBefore: 0,
        spaceAfter: 6,
      });
    }
  }

  private operative(nodes: ViewOperative[], depth: number): void {
    for (const node of nodes) {
      if (node.kind === 'heading') {
        const tokens = tokensOf(
          [...(node.displayLabel ? [{ kind: 'text' as const, text: `${node.displayLabel} ` }] : []), ...node.runs],
          BODY.size,
          this.view,
          'Times-Bold',
        );
        this.block({ tokens, firstX: MARGIN.left, x: MARGIN.left, align: 'center', leading: BODY.leading, spaceBefore: 12, spaceAfter: 6, keepWithNext: true });
        this.operative(node.children, depth);
        continue;
      }
      const textX = MARGIN.left + INDENT * (depth + 2);
      this.block({
        tokens: tokensOf(node.runs, BODY.size, this.view),
        firstX: textX,
        x: textX,
        align: 'justify',
        label: node.displayLabel ? { text: node.displayLabel, x: textX - INDENT } : undefined,
        leading: BODY.leading,
        spaceBefore: 0,
        spaceAfter: 6,
      });
      this.operative(node.children, depth + 1);
    }
  }

  /** Lays out and draws one paragraph, moving to a new page when a line (and its footnotes) would not fit. */
  private block(block: Block): void {
    const lines = breakLines(this.doc, block);
    this.y += block.spaceBefore;
    lines.forEach((line, i) => {
      const notes = line.units
        .flat()
        .filter((t) => t.noteIndex !== undefined && !this.placedNotes.has(t.noteIndex))
        .map((t) => t.noteIndex!);
      const keep = block.keepWithNext && i === lines.length - 1 ? 3 * BODY.leading : 0;
      const needed = block.leading + keep + this.notesHeight([...this.pageNotes, ...notes.map((n) => this.noteBlocks[n])]);
      if (this.y + needed > PAGE.height - MARGIN.bottom && this.y > MARGIN.top) this.newPage();
      for (const n of notes) {
        this.placedNotes.add(n);
        this.pageNotes.push(this.noteBlocks[n]);
      }
      if (i === 0 && block.label)
        this.drawToken({ text: block.label.text, font: 'Times-Roman', size: BODY.size, rise: 0, glued: false }, block.label.x, this.y);
      this.drawLine(line, block, this.y);
      this.y += block.leading;
    });
    this.y += block.spaceAfter;
  }

  private drawLine(line: Line, block: Block, y: number): void {
    const { doc } = this;
    const widths = line.units.map((unit) => unitWidth(doc, unit));
    const spaces = line.units.slice(1).map((unit) => spaceWidth(doc, unit[0]));
    const natural = widths.reduce((a, b) => a + b, 0) + spaces.reduce((a, b) => a + b, 0);
    const room = RIGHT - line.x;
    let x = line.x;
    let stretch = 0;
    if (block.align === 'right') x = RIGHT - natural;
    else if (block.align === 'center') x = line.x + (room - natural) / 2;
    else if (block.align === 'justify' && !line.last && spaces.length > 0) stretch = (room - natural) / spaces.length;
    line.units.forEach((unit, i) => {
      if (i > 0) x += spaces[i - 1] + stretch;
      for (const token of unit) x += this.drawToken(token, x, y);
    });
  }

  private drawToken(token: Token, x: number, y: number): number {
    const text = winAnsi(token.text);
    this.doc
      .font(token.font)
      .fontSize(token.size)
      .text(text, x, y - token.rise, { lineBreak: false });
    return this.doc.widthOfString(text);
  }

  private notesHeight(notes: Block[]): number {
    if (notes.length === 0) return 0;
    return NOTE.gap + notes.reduce((sum, note) => sum + breakLines(this.doc, note).length * note.leading + note.spaceAfter, 0);
  }

  private newPage(): void {
    this.finishPage();
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN.top;
  }

  /** Footnotes referenced on the page, at its foot under a short rule. */
  private finishPage(): void {
    if (this.pageNotes.length === 0) return;
    let y = PAGE.height - MARGIN.bottom - this.notesHeight(this.pageNotes) + NOTE.gap;
    this.doc
      .moveTo(MARGIN.left, y - NOTE.gap / 2)
      .lineTo(MARGIN.left + 110, y - NOTE.gap / 2)
      .lineWidth(0.5)
      .stroke();
    for (const note of this.pageNotes) {
      for (const line of breakLines(this.doc, note)) {
        this.drawLine(line, note, y);
        y += note.leading;
      }
      y += note.spaceAfter;
    }
    this.pageNotes = [];
  }

  private footers(): void {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const y = PAGE.height - MARGIN.bottom / 2;
      const page = `${i - start + 1}/${count}`;
      doc.font('Helvetica').fontSize(8);
      if (this.view.symbol) doc.text(winAnsi(this.view.symbol), MARGIN.left, y, { lineBreak: false });
      doc.text(page, RIGHT - doc.widthOfString(page), y, { lineBreak: false });
    }
  }
}

/** Runs as tokens: words in the body face (the phrase in italics), footnote references raised. */
function tokensOf(runs: readonly Run[], size: number, view: ResolutionView, face: FontName = 'Times-Roman'): Token[] {
  const tokens: Token[] = [];
  let spaceBefore = false;
  for (const run of runs) {
    if (run.kind === 'note') {
      const index = run.footnote ? view.footnotes.findIndex((f) => f.footnote === run.footnote) : -1;
      tokens.push({ text: run.label, font: 'Times-Roman', size: size * 0.65, rise: size * 0.35, glued: true, ...(index >= 0 ? { noteIndex: index } : {}) });
      continue;
    }
    const font: FontName = run.kind === 'phrase' ? 'Times-Italic' : face;
    for (const piece of run.text.match(/\s+|\S+/g) ?? []) {
      if (/^\s/.test(piece)) {
        spaceBefore = true;
        continue;
      }
      tokens.push({ text: piece, font, size, rise: 0, glued: tokens.length > 0 && !spaceBefore });
      spaceBefore = false;
    }
  }
  return tokens;
}

/** Greedy line breaking over units (a word with the references glued to it). */
function breakLines(doc: PDFKit.PDFDocument, block: Block): Line[] {
  const units: Token[][] = [];
  for (const token of block.tokens) {
    if (token.glued && units.length > 0) units[units.length - 1].push(token);
    else units.push([token]);
  }
  const lines: Line[] = [];
  let current: Token[][] = [];
  let width = 0;
  let x = block.firstX;
  for (const unit of units) {
    const w = unitWidth(doc, unit);
    const space = current.length > 0 ? spaceWidth(doc, unit[0]) : 0;
    if (current.length > 0 && x + width + space + w > RIGHT) {
      lines.push({ units: current, x, last: false });
      current = [];
      width = 0;
      x = block.x;
    }
    width += (current.length > 0 ? spaceWidth(doc, unit[0]) : 0) + w;
    current.push(unit);
  }
  if (current.length > 0 || lines.length === 0) lines.push({ units: current, x, last: true });
  else lines[lines.length - 1].last = true;
  return lines;
}

function unitWidth(doc: PDFKit.PDFDocument, unit: Token[]): number {
  return unit.reduce((sum, token) => sum + doc.font(token.font).fontSize(token.size).widthOfString(winAnsi(token.text)), 0);
}

function spaceWidth(doc: PDFKit.PDFDocument, token: Token): number {
  return doc.font(token.font).fontSize(token.size).widthOfString(' ');
}
