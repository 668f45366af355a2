// A shape the reading was never built against: pdf.js's text content joined as Firefox's PDF
// viewer copies it (each item's string, a line break where pdf.js ends a line, pages one after
// another with no form feed; job and page numbers glued, "23-260502/2"). Every corpus document
// must give the model of its PyMuPDF text, and adopted resolutions only the two true findings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { CORPUS, TRUE_FINDINGS, corpusText, manifest, signature } from './corpus-helpers';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** The text of a PDF as selecting all of it in Firefox's viewer and copying gives it. */
async function firefoxCopy(bytes: Uint8Array): Promise<string> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
    getDocument(options: object): { promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: TextItem[] }> }> }> };
  };
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ''}`).join(''));
  }
  return pages.join('\n');
}

describe('a shape nobody tested: pdf.js text content as Firefox copies it', function () {
  this.timeout(180_000);
  const copies = new Map<string, string>();
  before(async () => {
    for (const { stem } of manifest()) copies.set(stem, await firefoxCopy(new Uint8Array(readFileSync(join(CORPUS, 'pdf', `${stem}.pdf`)))));
  });

  it('the copies have no form feed and no blank line between paragraphs', () => {
    const copy = copies.get('A_RES_78_192')!;
    assert.equal(copy.includes('\f'), false);
    assert.ok(copy.includes('\n23-260502/2\n'));
    assert.equal(copy.split('\n').filter((line) => line.trim() === '').length, 0);
  });

  it('every document gives the model of its PyMuPDF text', () => {
    const differing = manifest().filter(
      ({ stem }) => signature(parse(copies.get(stem)!)).join('\n') !== signature(parse(corpusText('pymupdf', stem))).join('\n'),
    );
    assert.deepEqual(
      differing.map((e) => e.stem),
      [],
    );
  });

  it('adopted resolutions have no error or warning but the true findings', () => {
    for (const { stem } of manifest().filter((e) => e.kind === 'resolution')) {
      const found = checkDocument(parse(copies.get(stem)!))
        .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => d.code);
      assert.deepEqual(found, TRUE_FINDINGS[stem] ?? [], stem);
    }
  });
});
