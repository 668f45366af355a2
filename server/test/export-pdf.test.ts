// PDF export: page count and the text pdf.js extracts. Every word of the body and of the
// footnotes is printed, in reading order, and every page is footed "page/pages".
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { renderPdf } from '../src/export/pdf';
import { runsText } from '../src/export/view';
import { exportCases, expectedParagraphs, words } from './export-helpers';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const STANDARD_FONTS = `${join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'standard_fonts')}/`;

/** Footnote marks are printed smaller than any text (below the 8 pt of the page feet). */
const MARK_SIZE = 8;

/** The words of each page as pdf.js reads them, footnote marks left out (the model has none in its text). */
async function pageWords(pdfjs: PdfJs, bytes: Uint8Array): Promise<string[][]> {
  const pdf = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    let text = '';
    let lineY: number | null = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      if (!item.str.trim()) {
        text += ' ';
        continue;
      }
      if (Math.abs(item.transform[3]) < MARK_SIZE) continue;
      // A new line (another baseline) parts words even where pdf.js marks no end of line.
      if (lineY !== null && Math.abs(item.transform[5] - lineY) > 1) text += ' ';
      text += item.str + (item.hasEOL ? ' ' : '');
      lineY = item.transform[5];
    }
    pages.push(words(text).split(' ').filter(Boolean));
  }
  await pdf.destroy();
  return pages;
}

/** Whether `wanted` occurs in `stream` in order (other words, such as footnote labels, may come between). */
function inOrder(stream: string[], wanted: string[]): number {
  let at = 0;
  for (const word of wanted) {
    while (at < stream.length && stream[at] !== word) at++;
    if (at === stream.length) return -1;
    at++;
  }
  return at;
}

describe('export: PDF', function () {
  this.timeout(120000);
  let pdfjs: PdfJs;
  before(async () => {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  });

  for (const c of exportCases().filter((k) => !k.name.startsWith('broken/') || k.name === 'broken/gap.txt')) {
    it(`${c.name}: pages footed n/N, every word of body and footnotes extracted in order`, async () => {
      const pages = await pageWords(pdfjs, await renderPdf(c.view));
      assert.ok(pages.length >= 1);
      pages.forEach((page, i) => assert.equal(page[page.length - 1], `${i + 1}/${pages.length}`, `page ${i + 1} footer`));
      const stream = pages.flat();
      const body = expectedParagraphs(c.doc).flatMap((p) => words(p.role === 'title' && p.label ? `${p.label}. ${p.text}` : p.text).split(' '));
      const missing = body.findIndex((_, i) => inOrder(stream, body.slice(0, i + 1)) === -1);
      assert.equal(missing, -1, `the body is printed in reading order; not found: ${body.slice(missing, missing + 8).join(' ')}`);
      for (const note of c.view.footnotes) assert.notEqual(inOrder(stream, words(runsText(note.runs)).split(' ')), -1, `footnote ${note.label} is printed`);
      const printed = body.length + c.view.footnotes.reduce((n, f) => n + words(runsText(f.runs)).split(' ').length, 0);
      // Beyond the body and footnotes: the header block, labels, note marks, page feet.
      assert.ok(stream.length < printed + 400, `no stray text (${stream.length} words for ${printed})`);
    });
  }

  it('lays the long revised draft over several pages, its footnotes on the pages that cite them', async () => {
    const c = exportCases().find((k) => k.name === 'A_C.1_73_L.27_Rev.1.pdf-extracted.txt')!;
    const pages = await pageWords(pdfjs, await renderPdf(c.view));
    assert.ok(pages.length >= 4, `${pages.length} pages`);
    const pageOf = (wordsOfNote: string) => pages.findIndex((p) => inOrder(p, wordsOfNote.split(' ')) !== -1);
    const official = pageOf('See Official Records of the General Assembly, Sixty-seventh Session,');
    const citing = pageOf('resolutions 20/8 of 5 July 2012');
    assert.ok(citing > 0, 'the marker is past the first page');
    assert.equal(official, citing, 'footnote 4 is printed on the page of its marker');
  });
});
