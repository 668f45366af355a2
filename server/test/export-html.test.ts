// HTML export and preview page: a snapshot of one document, and the structure every
// document must have (data-line on blocks, phrases in italics, hanging labels by depth,
// footnotes at the foot, problems marked, a strict policy and no remote resource).
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { checkDocument } from '../src/core/check';
import { renderHtml } from '../src/export/html';
import { exportCases, expectedParagraphs, words } from './export-helpers';

const SNAPSHOT = join(__dirname, 'snapshots', 'export', 'A_RES_73_266.html');

/** The page as a DOM; the HTML exporter writes well-formed markup, so an XML parser reads it. */
function dom(html: string): Element {
  return new DOMParser().parseFromString(html.replace('<!DOCTYPE html>', ''), 'text/html').documentElement!;
}

/** A block's words: its label, footnote marks and problem notes left out, as the model's text has none. */
function wordsOf(element: Element): string {
  return Array.from(element.childNodes)
    .map((n) => {
      if (n.nodeType === 3) return n.nodeValue ?? '';
      const e = n as Element;
      if (e.nodeType !== 1 || e.tagName === 'sup' || /\b(label|problem-note)\b/.test(e.getAttribute('class') ?? '')) return '';
      return wordsOf(e);
    })
    .join('');
}

const byClass = (root: Element, name: string): Element[] =>
  Array.from(root.getElementsByTagName('*')).filter((e) => (e.getAttribute('class') ?? '').split(' ').includes(name));

describe('export: HTML', () => {
  const cases = exportCases();
  const adopted = cases.find((k) => k.name === 'A_RES_73_266.adopted.txt')!;

  it('matches the snapshot of A/RES/73/266 (UPDATE_SNAPSHOTS=1 rewrites it)', () => {
    const html = renderHtml(adopted.view);
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(SNAPSHOT)) {
      mkdirSync(join(SNAPSHOT, '..'), { recursive: true });
      writeFileSync(SNAPSHOT, html);
    }
    assert.equal(html, readFileSync(SNAPSHOT, 'utf8'));
  });

  for (const c of cases) {
    it(`${c.name}: every paragraph of the model, in order, with its source line`, () => {
      const root = dom(renderHtml(c.view));
      const blocks = Array.from(root.getElementsByTagName('*')).filter((e) => /\b(preambular|operative|heading)\b/.test(e.getAttribute('class') ?? ''));
      const expected = expectedParagraphs(c.doc).filter((p) => ['preambular', 'operative', 'heading'].includes(p.role));
      assert.equal(blocks.length, expected.length);
      blocks.forEach((block, i) => {
        const label = block.getAttribute('class')!.includes('heading') ? (/^[IVXLC]+\. |^[A-Z]\. /.exec(block.textContent ?? '')?.[0] ?? '') : '';
        assert.equal(words(wordsOf(block).slice(label.length)), words(expected[i].text));
        assert.match(block.getAttribute('data-line') ?? '', /^\d+$/);
      });
    });
  }

  it('prints phrases in italics, labels hanging by depth, footnotes at the foot', () => {
    const root = dom(renderHtml(adopted.view));
    assert.deepEqual(
      byClass(root, 'phrase')
        .slice(0, 2)
        .map((e) => e.textContent),
      ['Recalling', 'Noting'],
    );
    const operative = byClass(root, 'operative');
    assert.deepEqual(
      operative.slice(0, 3).map((e) => [e.getAttribute('class'), byClass(e, 'label')[0].textContent]),
      [
        ['operative depth-0', '1.'],
        ['operative depth-1', '(a)'],
        ['operative depth-1', '(b)'],
      ],
    );
    assert.equal(operative[0].getAttribute('data-line'), '53');
    const notes = byClass(root, 'footnote');
    assert.deepEqual(
      notes.map((n) => n.getAttribute('id')),
      ['note-1', 'note-2', 'note-3'],
    );
    assert.equal(notes[0].getAttribute('data-line'), '58');
  });

  it('marks problems on the paragraph they point into', () => {
    const c = cases.find((k) => k.name === 'broken/gap.txt')!;
    const root = dom(renderHtml(c.view, { diagnostics: checkDocument(c.doc).diagnostics }));
    const marked = byClass(root, 'problem');
    assert.ok(marked.length > 0);
    assert.ok(marked.every((e) => /problem-(error|warning|information|hint)/.test(e.getAttribute('class') ?? '')));
    assert.match(marked.map((e) => e.textContent).join(' '), /4 is missing\. \(numbering\.gap\)/);
  });

  it('loads nothing remote and allows only its own style (the webview passes a nonce)', () => {
    const html = renderHtml(adopted.view, { nonce: 'abc123' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'">/);
    assert.match(html, /<style nonce="abc123">/);
    assert.doesNotMatch(html, /<(script|img|link|iframe)\b|url\(|@import|style="/);
    assert.match(html, /var\(--vscode-editor-background, #ffffff\)/, 'theme colours with a fallback');
    assert.match(html, /prefers-color-scheme: dark/);
  });
});
