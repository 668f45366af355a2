// Small PDFs made byte by byte, for the tests of what the PDF reader and the library do with them,
// and PDFs of a plain text set as a document's pages are (pdfkit, which the exports use).
import PDFDocument from 'pdfkit';

/** A minimal PDF with one page per content stream, its cross-reference table computed. */
export function makePdf(pages: string[], trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>');
  for (const content of pages) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length + 2} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  objects.push(...extraObjects);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A page content stream: the lines set in Times, one under the other. */
export const text = (lines: string[]) => `BT /F1 10 Tf 72 700 Td 14 TL ${lines.map((l) => `(${l}) '`).join(' ')} ET`;

/**
 * A PDF of a plain text as a UN document sets it: a line's cells (apart by two spaces or more)
 * side by side, the second and later at the right, as the header's symbol and date stand; other
 * lines wrapped at the page's width; blank lines as space.
 */
export function pdfOfText(text: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.font('Times-Roman').fontSize(10);
    for (const line of text.split('\n')) {
      const cells = line.split(/\s{2,}/).filter(Boolean);
      if (cells.length === 1 && !line.startsWith(' ')) doc.text(cells[0], 72, doc.y, { width: 451 });
      else {
        const y = doc.y;
        cells.forEach((cell, i) => doc.text(cell, i === 0 && !line.startsWith(' ') ? 72 : 380, y, { lineBreak: false }));
        doc.moveDown();
      }
    }
    doc.end();
  });
}
