// PDFs that cannot be read get a clear reason, never a crash or a hang: small bad PDFs
// are made here. And the CLI opens a good one: `import` and every command accept a .pdf.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { renderClean } from '../src/core/render-clean';
import { pdfToText } from '../src/pdf/read-pdf';
import { readPdfInThread } from '../src/pdf/pdf-thread';
import { FIXTURES } from './helpers';
import { makePdf, text } from './make-pdf';

describe('PDF input', function () {
  this.timeout(60_000);

  it('reads a small PDF text layer into lines', async () => {
    const result = await pdfToText(makePdf([text(['United Nations A/RES/80/999', 'General Assembly', 'The General Assembly,', '1. Decides to act.'])]));
    assert.ok(result.ok);
    assert.match(result.text, /^United Nations A\/RES\/80\/999$/m);
    assert.match(result.text, /The General Assembly,.*\n?.*1\. Decides to act\./);
  });

  it('writes a long document in the clean shape that reads back with all its footnotes', async () => {
    // 170 footnotes over 40 pages: the clean shape gathers them after one rule.
    const result = await pdfToText(readFileSync(join(FIXTURES, 'corpus', 'pdf', 'A_RES_79_144.pdf')));
    assert.ok(result.ok);
    const doc = parse(result.text);
    assert.deepEqual(
      doc.footnotes.map((f) => f.label),
      Array.from({ length: 170 }, (_, i) => String(i + 1)),
    );
    const again = parse(renderClean(result.text, doc));
    assert.deepEqual(
      again.footnotes.map((f) => [f.label, f.text]),
      doc.footnotes.map((f) => [f.label, f.text]),
    );
  });

  it('says what is wrong with a file that is not a PDF, a damaged or truncated one', async () => {
    assert.deepEqual(await pdfToText(new TextEncoder().encode('plain text')), { ok: false, reason: 'not a PDF file (no %PDF- header)' });
    const damaged = await pdfToText(new TextEncoder().encode('%PDF-1.4\ngarbage\n%%EOF\n'));
    assert.ok(!damaged.ok && /damaged/.test(damaged.reason), JSON.stringify(damaged));
    const whole = readFileSync(join(FIXTURES, 'corpus', 'pdf', 'A_RES_80_146.pdf'));
    const truncated = await pdfToText(whole.subarray(0, 2000));
    assert.ok(!truncated.ok, 'a truncated PDF is not read as a document');
  });

  it('asks for the password of an encrypted PDF', async () => {
    const hex = (n: number) => '<' + 'ab'.repeat(n) + '>';
    const pdf = makePdf([text(['secret'])], `/Encrypt 6 0 R /ID [${hex(16)} ${hex(16)}]`, [
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >>`,
    ]);
    const result = await pdfToText(pdf);
    assert.deepEqual(result, { ok: false, reason: 'the PDF is encrypted with a password; open it without one first' });
  });

  it('says a scanned PDF has no text layer', async () => {
    const result = await pdfToText(makePdf(['0 0 m 100 100 l S', '0 0 m 50 50 l S']));
    assert.deepEqual(result, { ok: false, reason: 'the PDF has no text layer (a scanned image?); run OCR on it first' });
  });

  it('says a PDF that is not a UN document is not one', async () => {
    const result = await pdfToText(makePdf([text(['Shopping list for the week', 'Apples, pears and bread'])]));
    assert.ok(!result.ok && /does not look like a United Nations resolution/.test(result.reason));
  });
});

describe('PDF reader thread (pdf-thread.ts)', function () {
  this.timeout(120_000);
  const bytes = () => readFileSync(join(FIXTURES, 'corpus', 'pdf', 'A_RES_78_192.pdf'));

  it('gives the clean shape that the reader in this thread gives', async () => {
    const inThread = await readPdfInThread(bytes());
    const here = await pdfToText(bytes());
    assert.ok(inThread.ok && here.ok);
    assert.equal(inThread.text, renderClean(here.text, parse(here.text)));
    assert.equal(inThread.pages, here.pages);
    assert.equal(parse(inThread.text).operative.length, 2);
  });

  it('stops a read that outlasts its time limit, and reads the next file in a fresh thread', async () => {
    // A limit far below what opening any PDF takes: the thread is terminated mid-read.
    assert.deepEqual(await readPdfInThread(bytes(), 1), { ok: false, reason: 'reading the PDF took longer than 0.001 s' });
    const next = await readPdfInThread(bytes());
    assert.ok(next.ok);
    assert.equal(parse(next.text).header.symbols[0]?.value, 'A/RES/78/192');
  });

  it('reads files one after another, each answered with its own document', async () => {
    const stems = ['A_RES_78_192', 'A_80_L.27', 'A_RES_78_192'];
    const results = await Promise.all(stems.map((stem) => readPdfInThread(readFileSync(join(FIXTURES, 'corpus', 'pdf', `${stem}.pdf`)))));
    assert.deepEqual(
      results.map((r) => (r.ok ? parse(r.text).header.symbols[0]?.value : r.reason)),
      ['A/RES/78/192', 'A/80/L.27', 'A/RES/78/192'],
    );
  });
});

describe('CLI with PDFs (dist/cli.js)', function () {
  this.timeout(120_000);
  const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: join(FIXTURES, '..') });
  const pdf = 'test-fixtures/corpus/pdf/A_RES_78_192.pdf';

  it('import writes the clean shape, to a file only with --force when it exists', () => {
    const printed = run('import', pdf);
    assert.equal(printed.status, 0, printed.stderr);
    assert.match(printed.stdout, /^1\. Reaffirms the right of the Palestinian people to self-determination/m);
    assert.match(printed.stdout, /^11 S\/2003\/529, annex\.$/m);
    assert.ok(!/23-26050|\*2326050\*/.test(printed.stdout));
    const out = join(mkdtempSync(join(tmpdir(), 'resolution-import-')), 'res.txt');
    assert.equal(run('import', pdf, '-o', out).status, 0);
    assert.equal(readFileSync(out, 'utf8'), printed.stdout);
    const again = run('import', pdf, '-o', out);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /exists; add --force/);
    assert.equal(run('import', pdf, '-o', out, '--force').status, 0);
  });

  it('check, outline and json accept a PDF as they accept text', () => {
    const checked = run('check', pdf);
    assert.equal(checked.status, 0);
    assert.equal(checked.stdout, '1 file checked: 0 errors, 0 warnings\n');
    const [doc] = JSON.parse(run('json', pdf).stdout);
    assert.equal(doc.shape, 'pdf');
    assert.equal(doc.symbol, 'A/RES/78/192');
    assert.equal(doc.footnotes.length, 11);
    assert.match(run('outline', pdf).stdout, /Header: A\/RES\/78\/192 · resolution · session 78 · Third Committee/);
  });

  it('a folder is searched for PDFs as for texts: json gives the model of each', () => {
    const folder = mkdtempSync(join(tmpdir(), 'resolution-pdfs-'));
    for (const stem of ['A_RES_78_192', 'A_80_L.27']) copyFileSync(join(FIXTURES, 'corpus', 'pdf', `${stem}.pdf`), join(folder, `${stem}.pdf`));
    const result = run('json', folder);
    assert.equal(result.status, 0, result.stderr);
    const docs = JSON.parse(result.stdout) as Array<{ file: string; shape: string; symbol: string }>;
    assert.deepEqual(
      docs.map((d) => [d.file.split(/[\\/]/).pop(), d.shape, d.symbol]),
      [
        ['A_80_L.27.pdf', 'pdf', 'A/80/L.27'],
        ['A_RES_78_192.pdf', 'pdf', 'A/RES/78/192'],
      ],
    );
  });

  it('names a bad PDF with its reason and goes on with the other files', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'resolution-bad-')), 'bad.pdf');
    writeFileSync(bad, '%PDF-1.4\ngarbage\n%%EOF\n');
    const result = run('check', bad, 'test-fixtures/A_RES_73_266.adopted.txt');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /skipped .*bad\.pdf: the PDF is damaged/);
    assert.match(result.stdout, /^1 file checked: 0 errors, 0 warnings\n$/);
    assert.ok(existsSync(CLI));
  });

  it('check --summary prints one row per document and the totals', () => {
    const { status, stdout } = run('check', '--summary', 'test-fixtures/corpus/pymupdf/A_RES_78_192.txt', pdf);
    assert.equal(status, 0);
    assert.deepEqual(stdout.trim().split('\n').slice(2), [
      '| test-fixtures/corpus/pymupdf/A_RES_78_192.txt | pdf | A/RES/78/192 | 12 | 2 | 11 | 17 | 0 | 0 |',
      '| test-fixtures/corpus/pdf/A_RES_78_192.pdf | pdf | A/RES/78/192 | 12 | 2 | 11 | 17 | 0 | 0 |',
      '| **total: 2 files** | | | 24 | 4 | 22 | 34 | 0 | 0 |',
    ]);
  });
});
