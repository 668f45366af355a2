// `resolution export` as scripts use it: the bundled dist/cli.js (built by `npm test`),
// which must run without node_modules (PDFKit's fonts, docx and the rest are bundled).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

const DIST = join(__dirname, '..', '..', 'dist');

describe('CLI export (dist/cli.js, copied away from node_modules)', function () {
  this.timeout(60000);
  let work: string;
  let cli: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'resolution-export-'));
    cli = join(work, 'cli.js');
    cpSync(join(DIST, 'cli.js'), cli);
    cpSync(join(FIXTURES, 'A_RES_73_266.adopted.txt'), join(work, 'A_RES_73_266.adopted.txt'));
    cpSync(join(FIXTURES, 'broken', 'gap.txt'), join(work, 'gap.txt'));
  });

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, 'export', ...args], { cwd: work, maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
  };

  it('prints HTML and Akoma Ntoso to standard output', () => {
    const html = run('--to', 'html', 'A_RES_73_266.adopted.txt');
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout.toString(), /^<!DOCTYPE html>[\s\S]*<i class="phrase">Calls upon<\/i>/);
    const akn = run('--to', 'akn', 'A_RES_73_266.adopted.txt');
    assert.equal(akn.status, 0, akn.stderr);
    assert.match(akn.stdout.toString(), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /);
  });

  it('writes DOCX and PDF beside the input (or to -o), as real Word and PDF files', () => {
    const docx = run('--to', 'docx', 'A_RES_73_266.adopted.txt');
    assert.equal(docx.status, 0, docx.stderr);
    assert.match(docx.stderr, /wrote A_RES_73_266\.adopted\.docx/);
    assert.equal(readFileSync(join(work, 'A_RES_73_266.adopted.docx')).subarray(0, 2).toString(), 'PK');
    const pdf = run('--to', 'pdf', '-o', 'out.pdf', 'A_RES_73_266.adopted.txt');
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.equal(readFileSync(join(work, 'out.pdf')).subarray(0, 5).toString(), '%PDF-');
  });

  it('never overwrites a file without --force (exit 2, file untouched)', () => {
    writeFileSync(join(work, 'keep.html'), 'mine');
    const refused = run('--to', 'html', '-o', 'keep.html', 'A_RES_73_266.adopted.txt');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /keep\.html already exists; not overwritten \(add --force to replace it\)/);
    assert.equal(readFileSync(join(work, 'keep.html'), 'utf8'), 'mine');
    const forced = run('--to', 'html', '-o', 'keep.html', '--force', 'A_RES_73_266.adopted.txt');
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(join(work, 'keep.html'), 'utf8'), /^<!DOCTYPE html>/);
  });

  it('exports a document with diagnostics, saying so on standard error', () => {
    const result = run('--to', 'akn', 'gap.txt');
    assert.equal(result.status, 0);
    assert.match(result.stderr, /gap\.txt has 2 errors and \d+ other diagnostics/);
    assert.match(result.stdout.toString(), /<num>5\.<\/num>/);
  });

  it('rejects bad usage with exit 2', () => {
    assert.equal(run('A_RES_73_266.adopted.txt').status, 2, 'no --to');
    assert.equal(run('--to', 'rtf', 'A_RES_73_266.adopted.txt').status, 2, 'unknown format');
    assert.equal(run('--to', 'pdf', '-o', '-', 'A_RES_73_266.adopted.txt').status, 2, 'binary to standard output');
    assert.equal(run('--to', 'html', 'missing.txt').status, 2, 'unreadable file');
  });
});
