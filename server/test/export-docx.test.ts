// Word export: unzipped and read back (word/document.xml, numbering.xml, footnotes.xml),
// paragraph by paragraph equal to the model, with named styles, Word list numbering
// where the source numbering is regular and real footnotes.
import { strict as assert } from 'node:assert';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { bodyParts } from '../src/core/parts';
import { DOCX_STYLE, renderDocx } from '../src/export/docx';
import { exportCases, expectedParagraphs, modelLabel, words, type ExpectedParagraph } from './export-helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface WordParagraph {
  style: string;
  /** The label Word prints: from list numbering, else the literal text before the first tab. */
  label: string | null;
  numbered: boolean;
  text: string;
  footnotes: string[];
  phrase: string;
}

const xml = (files: Record<string, Uint8Array>, name: string) => new DOMParser().parseFromString(strFromU8(files[name]), 'text/xml').documentElement!;
const all = (element: Element, name: string): Element[] => Array.from(element.getElementsByTagNameNS(W, name));
const attr = (element: Element | undefined, name: string) => element?.getAttributeNS(W, name) ?? element?.getAttribute(`w:${name}`) ?? null;

function formatNumber(n: number, format: string): string {
  if (format === 'decimal') return String(n);
  if (format === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
  if (format === 'lowerRoman') {
    const numerals: Array<[number, string]> = [
      [10, 'x'],
      [9, 'ix'],
      [5, 'v'],
      [4, 'iv'],
      [1, 'i'],
    ];
    let rest = n;
    let out = '';
    for (const [value, numeral] of numerals) for (; rest >= value; rest -= value) out += numeral;
    return out;
  }
  throw new Error(`unexpected number format ${format}`);
}

/** Word's own rendering of list labels: a counter per list (w:num) on its level 0. */
function listLabels(files: Record<string, Uint8Array>): (numId: string) => string {
  const numbering = xml(files, 'word/numbering.xml');
  const abstract = new Map(all(numbering, 'abstractNum').map((a) => [attr(a, 'abstractNumId')!, all(a, 'lvl')[0]]));
  const lists = new Map(all(numbering, 'num').map((n) => [attr(n, 'numId')!, abstract.get(attr(all(n, 'abstractNumId')[0], 'val')!)!]));
  const counters = new Map<string, number>();
  return (numId) => {
    const level = lists.get(numId)!;
    const count = (counters.get(numId) ?? 0) + 1;
    counters.set(numId, count);
    return attr(all(level, 'lvlText')[0], 'val')!.replace('%1', formatNumber(count, attr(all(level, 'numFmt')[0], 'val')!));
  };
}

function textOfRun(run: Element): string {
  return Array.from(run.childNodes)
    .map((n) => ((n as Element).localName === 't' ? n.textContent : (n as Element).localName === 'tab' ? '\t' : ''))
    .join('');
}

async function readDocx(bytes: Uint8Array): Promise<{ paragraphs: WordParagraph[]; footnotes: Map<string, string>; styles: Set<string> }> {
  const files = unzipSync(bytes);
  const label = listLabels(files);
  const paragraphs = all(xml(files, 'word/document.xml'), 'p').map((p): WordParagraph => {
    const runs = all(p, 'r');
    const superscript = (r: Element) => all(r, 'vertAlign').some((v) => attr(v, 'val') === 'superscript');
    const text = runs
      .filter((r) => !superscript(r))
      .map(textOfRun)
      .join('');
    const numId = attr(all(p, 'numId')[0], 'val');
    const literal = !numId && text.includes('\t') && !text.startsWith('United Nations') ? text.slice(0, text.indexOf('\t')) : null;
    return {
      style: attr(all(p, 'pStyle')[0], 'val') ?? '',
      label: numId ? label(numId) : literal,
      numbered: Boolean(numId),
      text: literal !== null ? text.slice(literal.length + 1) : text,
      footnotes: all(p, 'footnoteReference').map((f) => attr(f, 'id')!),
      phrase: runs
        .filter((r) => all(r, 'rStyle').some((s) => attr(s, 'val') === DOCX_STYLE.phrase))
        .map(textOfRun)
        .join(''),
    };
  });
  const footnotes = new Map(
    all(xml(files, 'word/footnotes.xml'), 'footnote')
      .filter((f) => Number(attr(f, 'id')) > 0)
      .map((f) => [attr(f, 'id')!, all(f, 'r').map(textOfRun).join('')]),
  );
  const styles = new Set(all(xml(files, 'word/styles.xml'), 'style').map((s) => attr(s, 'styleId')!));
  return { paragraphs, footnotes, styles };
}

const BODY_ROLES: Record<string, ExpectedParagraph['role']> = {
  [DOCX_STYLE.title]: 'title',
  [DOCX_STYLE.organ]: 'organ',
  [DOCX_STYLE.preambular]: 'preambular',
  [DOCX_STYLE.heading]: 'heading',
  [DOCX_STYLE.closing]: 'closing',
  [DOCX_STYLE.annexLabel]: 'annex',
  [DOCX_STYLE.annexTitle]: 'annex',
  [DOCX_STYLE.partLabel]: 'part',
};

/** The document's body paragraphs as the model lays them out (the header block is checked apart). */
function asModel(paragraphs: WordParagraph[]): ExpectedParagraph[] {
  return paragraphs.flatMap((p): ExpectedParagraph[] => {
    const level = /^UNOperative(\d)$/.exec(p.style);
    if (level) return [{ role: 'operative', label: p.label === null ? null : modelLabel(p.label), depth: Number(level[1]) - 1, text: p.text }];
    const role = BODY_ROLES[p.style];
    if (!role) return [];
    if (role === 'title') {
      const number = /^(\S+)\. /.exec(p.text);
      return [{ role, label: number ? number[1] : null, depth: 0, text: number ? p.text.slice(number[0].length) : p.text }];
    }
    if (role === 'heading') {
      const heading = /^([IVXLC]+|[A-Z])\. (.*)$/.exec(p.text);
      return [{ role, label: heading ? heading[1] : null, depth: 0, text: heading ? heading[2] : p.text }];
    }
    return [{ role, label: null, depth: 0, text: p.text }];
  });
}

describe('export: Word (DOCX)', function () {
  this.timeout(60000);
  const cases = exportCases();

  for (const c of cases) {
    describe(c.name, () => {
      let read: Awaited<ReturnType<typeof readDocx>>;
      before(async () => {
        read = await readDocx(await renderDocx(c.view));
      });

      it('reads back paragraph by paragraph as the model: words, labels and depth', () => {
        const expected = expectedParagraphs(c.doc).map((p) => ({ ...p, text: words(p.text) }));
        assert.deepEqual(
          asModel(read.paragraphs).map((p) => ({ ...p, text: words(p.text) })),
          expected,
        );
      });

      it('prints each opening phrase in the UN Phrase character style', () => {
        const phrases = read.paragraphs.filter((p) => p.style === DOCX_STYLE.preambular).map((p) => p.phrase);
        const preamble = bodyParts(c.doc).flatMap((part) => part.preamble);
        assert.deepEqual(
          phrases,
          preamble.map((p) => (p.phrase && p.text.startsWith(p.phrase.value) ? p.phrase.value : '')),
        );
      });

      it('makes every footnote a real Word footnote with its words', () => {
        const referenced = read.paragraphs.flatMap((p) => p.footnotes);
        assert.equal(new Set(referenced).size, referenced.length, 'each footnote referenced once');
        assert.deepEqual([...read.footnotes.values()].map(words).sort(), c.doc.footnotes.map((f) => words(f.text)).sort());
      });

      it('uses only styles the document defines', () => {
        for (const p of read.paragraphs) assert.ok(read.styles.has(p.style), `style ${p.style} is defined`);
      });
    });
  }

  it('numbers regular lists with Word numbering and keeps irregular labels as text', async () => {
    const adopted = await readDocx(await renderDocx(cases.find((k) => k.name === 'A_RES_73_266.adopted.txt')!.view));
    const operative = adopted.paragraphs.filter((p) => p.style.startsWith('UNOperative'));
    assert.ok(
      operative.every((p) => p.numbered),
      'every label of the adopted resolution is Word numbering',
    );
    assert.deepEqual(
      operative.map((p) => p.label),
      ['1.', '(a)', '(b)', '2.', '(a)', '(b)', '3.', '4.', '5.', '6.'],
    );

    const sample = await readDocx(await renderDocx(cases.find((k) => k.name === 'structure sample')!.view));
    const literal = sample.paragraphs.filter((p) => p.style.startsWith('UNOperative') && !p.numbered).map((p) => p.label);
    assert.deepEqual(literal, ['1.', '1.1.', '1.2.', '2.', '2 bis.', '3.', '4.'], 'a list with an insertion, and decimal items, keep their labels as text');
    const items = sample.paragraphs.filter((p) => p.numbered).map((p) => p.label);
    assert.deepEqual(items, ['(a)', '(b)', '(i)', '(ii)', '1.', '2.']);
  });

  it('writes the header block with the masthead and header styles', async () => {
    const adopted = await readDocx(await renderDocx(cases.find((k) => k.name === 'A_RES_73_266.adopted.txt')!.view));
    const header = adopted.paragraphs.slice(0, 3);
    assert.deepEqual(
      header.map((p) => [p.style, p.text]),
      [
        [DOCX_STYLE.masthead, 'United Nations\tA/RES/73/266'],
        [DOCX_STYLE.organName, 'General Assembly'],
        [DOCX_STYLE.headerRight, 'Distr.: General'],
      ],
    );
  });
});
