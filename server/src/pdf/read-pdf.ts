// A PDF in, the resolution as clean text out (header lines as printed, then one
// paragraph a line, footnotes after a rule), read from pdf.js's text positions and
// fonts: the body's size and margins, first-line indents, raised footnote markers,
// footnotes set smaller below the text, running heads above it.
import { furnitureKind } from '../core/furniture';
import { organNames } from '../core/lexicon';
import { pageLines, type PdfItem, type PdfLine } from './pdf-lines';

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; reason: string };

const DEFAULT_TIMEOUT_MS = 60_000;

interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocumentProxy>; destroy(): Promise<void> };
}
interface PdfDocumentProxy {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
}
interface PdfPageProxy {
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; fontName?: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(name: string): boolean; get(name: string): { name?: string } };
}

let loaded: Promise<PdfJs> | null = null;

/** pdf.js, loaded on first use; its worker runs in this thread (Node has no web workers). */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // On loading, pdf.js prints to standard output that it cannot polyfill the canvas it
    // needs for rendering; we only read text, and standard output carries the document.
    const log = console.log;
    console.log = () => undefined;
    try {
      const globals = globalThis as { pdfjsWorker?: unknown };
      globals.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Whether the bytes start as a PDF does: its %PDF- header within the first kilobyte, where readers look for it. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A resolving organ's name, or a symbol of a resolution or draft: the PDF is a UN document. */
const UN_DOCUMENT = new RegExp(`\\b(?:${organNames()})\\b|\\b(?:A|S|E)\\/(?:[A-Z]+\\/)*RES\\/|\\bA\\/(?:C\\.\\d\\/|\\d{2}\\/L\\.)`);

/** Reads a PDF's text layer into the clean shape, or says plainly why it cannot. */
export async function pdfToText(bytes: Uint8Array, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PdfTextResult> {
  if (!hasPdfHeader(bytes)) return { ok: false, reason: 'not a PDF file (no %PDF- header)' };
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    const pdfjs = await loadPdfJs();
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      verbosity: 0,
      stopAtErrors: false,
      disableFontFace: true,
      useSystemFonts: false,
    });
    const pdf = await withTimeout(task.promise, timeoutMs, 'opening the PDF');
    const items = await withTimeout(readItems(pdf), timeoutMs, 'reading the PDF');
    const characters = items.reduce((sum, page) => sum + page.reduce((n, item) => n + item.text.trim().length, 0), 0);
    if (characters < 20) return { ok: false, reason: 'the PDF has no text layer (a scanned image?); run OCR on it first' };
    const text = assemble(items);
    if (!UN_DOCUMENT.test(text)) {
      return {
        ok: false,
        reason: 'this PDF does not look like a United Nations resolution (no symbol, no "General Assembly", "Security Council" or other organ)',
      };
    }
    return { ok: true, text, pages: items.length };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') return { ok: false, reason: 'the PDF is encrypted with a password; open it without one first' };
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
      return { ok: false, reason: `the PDF is damaged: ${message}` };
    return { ok: false, reason: `the PDF could not be read: ${message}` };
  } finally {
    // Destroying the loading task stops pdf.js's work on this file, finished or not.
    await task?.destroy().catch(() => undefined);
  }
}

async function readItems(pdf: PdfDocumentProxy): Promise<PdfItem[][]> {
  const pages: PdfItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    // The fonts' real names ("TimesNewRomanPS-ItalicMT") are known once a page's operators are
    // read; that is slow, and the first pages already use every font of the body.
    if (n <= 2) await page.getOperatorList();
    const fontName = (id: string) => (page.commonObjs.has(id) ? (page.commonObjs.get(id).name ?? '') : '');
    pages.push(
      content.items
        .filter((item) => typeof item.str === 'string' && item.str.length > 0 && item.transform)
        .map((item) => {
          const [a, b, c, d, x, y] = item.transform!;
          const font = fontName(item.fontName ?? '');
          return {
            text: item.str!,
            x,
            y,
            width: item.width ?? 0,
            size: Math.hypot(c, d) || Math.hypot(a, b),
            italic: /Italic|Oblique/i.test(font),
            bold: /Bold/i.test(font),
          };
        }),
    );
  }
  return pages;
}

/** The size most characters are set in: the body text. */
function bodySizeOf(pages: PdfItem[][]): number {
  const counts = new Map<number, number>();
  for (const item of pages.flat()) counts.set(Math.round(item.size), (counts.get(Math.round(item.size)) ?? 0) + item.text.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function assemble(pages: PdfItem[][]): string {
  const bodySize = bodySizeOf(pages);
  const isBodySize = (line: PdfLine) => Math.abs(line.size - bodySize) <= 0.6;
  const header: string[] = [];
  const flow: PdfLine[] = [];
  const notes: PdfLine[] = [];
  let inBody = false;
  pages.forEach((items, i) => {
    const lines = pageLines(i + 1, items, bodySize).filter((line) => !furnitureKind(line.text) && !/^_{3,}$/.test(line.text));
    const bodyLines = lines.filter(isBodySize);
    const top = Math.max(...bodyLines.map((l) => l.y));
    const bottom = Math.min(...bodyLines.map((l) => l.y));
    for (const line of lines) {
      if (!inBody && /^The General Assembly\b/.test(line.text)) inBody = true;
      if (!inBody) {
        header.push(line.text);
        continue;
      }
      // Above the body of a later page: the symbol and running title.
      if (i > 0 && line.y > top + 0.5) continue;
      if (line.y < bottom - 0.5 && !isBodySize(line)) notes.push(line);
      else flow.push(line);
    }
  });
  return [...header, '', ...paragraphs(flow), ...footnotes(notes)].join('\n') + '\n';
}

const OPENING_LABEL = /^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivx]{1,6})\)|[a-z]\.|[IVX]{1,5}\.?|[A-Z]\.)\s/;

const HEADING_LABEL_ALONE = /^(?:(?:Annex|Appendix|Part)(?: [IVXLC\d]{1,6}| [A-Z])?|[IVXLC]{1,6}|[A-Z])\.?$/;

/** Joins the body's lines into paragraphs where the page shows one ends. */
function paragraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const left = mostCommon(lines.map((l) => l.x));
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)];
  const spacing = mostCommon(
    lines
      .slice(1)
      .map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0))
      .filter((d) => d > 0),
  );
  const out: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const closeBelow = previous && line.page === previous.page && previous.y - line.y <= spacing * 1.25;
    // A heading's title set over several bold lines, centred or hanging, is one title; its label alone ("XII") stays apart.
    const headingGoesOn = closeBelow && line.bold && previous.bold && !HEADING_LABEL_ALONE.test(previous.text) && !OPENING_LABEL.test(line.text);
    const starts =
      !previous ||
      (!headingGoesOn &&
        // Indented further than the line before, and not where a hanging label's words begin: a first line
        // (a block set in, as sub-items are, runs on at its own indent).
        ((line.x > left + 6 && Math.abs(line.x - previous.x) > 3 && Math.abs(line.x - previous.textX) > 3) ||
          previous.right < right - 25 ||
          line.bold !== previous.bold ||
          (line.page === previous.page && !closeBelow) ||
          (line.italicStart && /[,;:.]$/.test(previous.text)) ||
          // A page's first line shows no spacing above it: a label after a finished sentence opens a paragraph.
          (line.page !== previous.page && /[.;:]$/.test(previous.text) && OPENING_LABEL.test(line.text))));
    if (starts) {
      if (current) out.push(current);
      current = line.text;
    } else {
      current = /[A-Za-z]-$/.test(current) && /^[A-Za-z]/.test(line.text) ? current + line.text : `${current} ${line.text}`;
    }
  });
  if (current) out.push(current);
  return out;
}

/**
 * Footnote entries, one a line, after a rule for each page that has some ("1 Resolution 70/1."):
 * which page a footnote stands on tells the parser which markers can point to it. An entry that
 * runs over to the next page stays whole, with its first page.
 */
function footnotes(lines: PdfLine[]): string[] {
  const entries: Array<{ page: number; text: string }> = [];
  for (const line of lines) {
    const last = entries[entries.length - 1];
    if (line.noteLabel || !last) entries.push({ page: line.page, text: line.noteLabel ? `${line.noteLabel} ${line.text}` : line.text });
    else last.text += /[A-Za-z]-$/.test(last.text) ? line.text : ` ${line.text}`;
  }
  const out: string[] = [];
  entries.forEach((entry, i) => {
    if (i === 0 || entries[i - 1].page !== entry.page) out.push('', '__________');
    out.push(entry.text);
  });
  return out;
}
