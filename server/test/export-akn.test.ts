// Akoma Ntoso export: valid against the Akoma Ntoso 3.0 schema (schemas/akoma-ntoso-3.0,
// offline through xmllint-wasm), and read back paragraph by paragraph equal to the model.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';
import { renderAkomaNtoso } from '../src/export/akn';
import { exportCases, expectedParagraphs, modelLabel, words, type ExpectedParagraph } from './export-helpers';

const SCHEMAS = join(__dirname, '..', '..', 'schemas', 'akoma-ntoso-3.0');
const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: 'akomantoso30.xsd', contents: readFileSync(join(SCHEMAS, 'akomantoso30.xsd'), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(SCHEMAS, 'xml.xsd'), 'utf8') }],
  });
  return result.errors.map((e) => e.rawMessage);
}

const children = (element: Element, name?: string): Element[] =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (!name || (n as Element).localName === name));
const child = (element: Element, name: string): Element | undefined => children(element, name)[0];

/** The words of a block, footnotes (and references to them) left out as the model leaves markers out. */
function textOf(element: Element): string {
  return Array.from(element.childNodes)
    .map((n) => {
      if (n.nodeType === 3) return n.nodeValue ?? '';
      const e = n as Element;
      return e.nodeType === 1 && !['authorialNote', 'noteRef', 'sup'].includes(e.localName ?? '') ? textOf(e) : '';
    })
    .join('');
}

/** The paragraphs of the export, read the way the model is laid out. */
function readBack(documentElement: Element): ExpectedParagraph[] {
  const out: ExpectedParagraph[] = [];
  const preface = child(documentElement, 'preface');
  const title = preface && children(preface, 'p').find((p) => p.getAttribute('class') === 'title');
  if (title) {
    const number = child(title, 'docNumber');
    out.push({ role: 'title', label: number ? modelLabel(textOf(number)) : null, depth: 0, text: textOf(child(title, 'docTitle')!) });
  }
  const partHead = (element: Element | undefined) => {
    for (const p of element ? children(element, 'p').filter((e) => /^part/.test(e.getAttribute('class') ?? '')) : [])
      out.push({ role: 'part', label: null, depth: 0, text: textOf(p) });
  };
  const closing = (element: Element | undefined) => {
    for (const p of element ? children(element, 'p') : []) out.push({ role: 'closing', label: null, depth: 0, text: textOf(p) });
  };
  partHead(preface);
  const preamble = (element: Element | undefined) => {
    for (const part of element ? children(element) : []) {
      const p = child(part, 'p')!;
      out.push({ role: part.localName === 'formula' ? 'organ' : 'preambular', label: null, depth: 0, text: textOf(p) });
    }
  };
  const operative = (element: Element, depth: number) => {
    for (const node of children(element).filter((e) => ['paragraph', 'subparagraph', 'division'].includes(e.localName ?? ''))) {
      const num = child(node, 'num');
      const label = num ? modelLabel(textOf(num)) : null;
      if (node.localName === 'division') {
        out.push({ role: 'heading', label, depth: 0, text: textOf(child(node, 'heading')!) });
        operative(node, depth);
        continue;
      }
      const own = child(node, 'content') ?? child(node, 'intro')!;
      out.push({ role: 'operative', label, depth, text: textOf(child(own, 'p')!) });
      operative(node, depth + 1);
    }
  };
  preamble(child(documentElement, 'preamble'));
  operative(child(documentElement, 'mainBody')!, 0);
  closing(child(documentElement, 'conclusions'));
  // Parts B, C, … are components after the attachments; the model reads them before the annexes.
  for (const component of children(child(documentElement, 'components') ?? documentElement, 'component')) {
    const doc = child(component, 'doc')!;
    partHead(child(doc, 'preface'));
    preamble(child(doc, 'preamble'));
    operative(child(doc, 'mainBody')!, 0);
    closing(child(doc, 'conclusions'));
  }
  for (const attachment of children(child(documentElement, 'attachments') ?? documentElement, 'attachment')) {
    const doc = child(attachment, 'doc')!;
    for (const p of children(child(doc, 'preface')!, 'p')) out.push({ role: 'annex', label: null, depth: 0, text: textOf(p) });
    preamble(child(doc, 'preamble'));
    operative(child(doc, 'mainBody')!, 0);
  }
  return out;
}

describe('export: Akoma Ntoso', function () {
  this.timeout(60000);
  const cases = exportCases();

  for (const c of cases) {
    describe(c.name, () => {
      const xml = renderAkomaNtoso(c.view);
      const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
      const documentElement = children(root)[0];

      it('is valid Akoma Ntoso 3.0', async () => {
        assert.deepEqual(await schemaErrors(xml), []);
      });

      it('reads back paragraph by paragraph as the model: words, labels and depth', () => {
        const expected = expectedParagraphs(c.doc).map((p) => ({ ...p, text: words(p.text) }));
        const actual = readBack(documentElement).map((p) => ({ ...p, text: words(p.text) }));
        assert.deepEqual(actual, expected);
      });

      it('carries every footnote once, as an authorialNote with its words', () => {
        const notes = Array.from(root.getElementsByTagNameNS(AKN, 'authorialNote')).map((n) => words(textOf(n)));
        assert.deepEqual([...notes].sort(), c.doc.footnotes.map((f) => words(f.text)).sort());
      });

      it('links every citation of the body and footnotes with an AKN4UN href', () => {
        const refs = Array.from(root.getElementsByTagNameNS(AKN, 'ref'));
        const header = c.doc.header.range;
        const inBody = c.doc.citations.filter(
          (citation) => citation.range.start.line > header.end.line || (c.doc.title && citation.range.start.line >= c.doc.title.range.start.line),
        );
        // "79/252 A and B" cites two resolutions in one written text: one link.
        assert.equal(refs.length, new Set(inBody.map((citation) => JSON.stringify(citation.range))).size);
        for (const ref of refs) assert.match(ref.getAttribute('href')!, /^(\/akn\/un\/|#)/);
      });
    });
  }

  it('names an adopted resolution as AKN4UN does: a statement, FRBR URIs from its number and date', () => {
    const c = cases.find((k) => k.name === 'A_RES_73_266.adopted.txt')!;
    const xml = renderAkomaNtoso(c.view);
    assert.match(xml, /<statement name="resolution">/);
    assert.match(xml, /<FRBRthis value="\/akn\/un\/statement\/deliberation\/unga\/2018-12-22\/73-266\/!main"\/>/);
    assert.match(xml, /<ref href="\/akn\/un\/statement\/deliberation\/unga\/1998-12-04\/53-70">53\/70<\/ref>/);
    assert.match(xml, /<ref href="\/akn\/un\/statement\/decision\/unga\/2017-12-04\/72-512">72\/512<\/ref>/);
  });

  it('makes a draft a doc, and a second marker of one footnote a noteRef', () => {
    const draft = cases.find((k) => k.name === 'A_C.1_70_L.45.draft.txt')!;
    assert.match(renderAkomaNtoso(draft.view), /<doc name="draftResolution">/);
    const adopted = renderAkomaNtoso(cases.find((k) => k.name === 'A_RES_73_266.adopted.txt')!.view);
    assert.match(adopted, /2010,<noteRef href="#note_1" marker="1"\/> 2013<authorialNote marker="2"/);
  });

  it('gives headings, insertions, decimal items, internal references and annexes their AKN elements', () => {
    const xml = renderAkomaNtoso(cases.find((k) => k.name === 'structure sample')!.view);
    assert.match(xml, /<division eId="dvs_I">\s*<num>I\.<\/num>\s*<heading>Implementation<\/heading>/);
    assert.match(xml, /<paragraph eId="para_2bis">\s*<num>2 bis\.<\/num>/);
    assert.match(xml, /<subparagraph eId="para_1__subpara_1-1">\s*<num>1\.1\.<\/num>/);
    assert.match(xml, /<subparagraph eId="para_3__subpara_b__subpara_i">/);
    assert.match(xml, /paragraph <ref href="#para_1">1<\/ref> above/);
    assert.match(xml, /<ref href="#att_1">the annex to the present resolution<\/ref>/);
    assert.match(xml, /<attachment eId="att_1">\s*<doc name="annex">/);
  });
});
