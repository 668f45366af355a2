// The corpus of real documents (test-fixtures/corpus) and what must hold for each: the
// manifest, the text shapes, and a model signature that ignores only what extractors
// cannot agree on — spacing and the hyphens of broken lines.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
import { parse } from '../src/core/parser';
import { bodyParts } from '../src/core/parts';
import { FIXTURES } from './helpers';

export const CORPUS = join(FIXTURES, 'corpus');
export const EXPECTED = join(FIXTURES, 'corpus-expected');
/** The shapes the reading was first built against: the detailed checks of the corpus test read each. */
export const TEXT_SHAPES = ['pymupdf', 'pdftotext', 'pdftotext-layout'] as const;
/** Every extraction of the corpus, the later three too (PDFium's copy, pypdf, `pdftotext -raw`): each document's checks read each. */
export const ALL_TEXT_SHAPES = [...TEXT_SHAPES, 'pdfium', 'pypdf', 'pdftotext-raw'] as const;
/** Extractions that set stray spaces inside words ("agenci es"): a word the lexicon does not know stays split, so their texts are compared without spacing. */
export const SPLITS_WORDS: readonly string[] = ['pypdf'];

export interface CorpusEntry {
  stem: string;
  symbol: string;
  kind: string;
  organ: string;
  session: number;
}

export function manifest(): CorpusEntry[] {
  const [, ...rows] = readFileSync(join(CORPUS, 'manifest.csv'), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [stem, symbol, kind, organ, session] = row.split(',');
    return { stem, symbol, kind, organ, session: Number(session) };
  });
}

export function corpusText(shape: string, stem: string): string {
  return readFileSync(join(CORPUS, shape, `${stem}.txt`), 'utf8');
}

/** A corpus text's model, parsed once for every test file that asks (the corpus's tests read each many times). */
const models = new Map<string, ResolutionDocument>();
export function model(shape: string, stem: string): ResolutionDocument {
  const key = `${shape}/${stem}`;
  if (!models.has(key)) models.set(key, parse(corpusText(shape, stem)));
  return models.get(key)!;
}

export function readExpected<T>(name: string): T {
  return JSON.parse(readFileSync(join(EXPECTED, name), 'utf8')) as T;
}

/** Text as extractors can agree on it: no spacing, no hyphens (pdftotext drops those of broken lines). */
export function comparable(text: string): string {
  return text.replace(/[\s\u00AD-]+/g, '');
}

function tree(nodes: OperativeNode[], depth: number, out: string[]): void {
  for (const node of nodes) {
    out.push(`${' '.repeat(depth)}${node.kind === 'heading' ? 'H' : 'P'} ${node.label?.text ?? '-'} ${node.phrase?.value ?? ''}|${comparable(node.text)}`);
    tree(node.children, depth + 1, out);
  }
}

/** Everything the shapes of one document must agree on, one line per part. */
export function signature(doc: ResolutionDocument): string[] {
  const out: string[] = [];
  for (const part of bodyParts(doc)) {
    if (part.label) out.push(`part ${part.label.value}|${comparable(part.title?.value ?? '')}`);
    for (const p of part.preamble) out.push(`preamble ${p.phrase?.value ?? '-'}|${comparable(p.text)}`);
    tree(part.operative, 0, out);
  }
  for (const annex of doc.annexes) {
    out.push(`annex ${annex.label}|${comparable(annex.title?.value ?? '')}`);
    for (const p of annex.preamble) out.push(`annex preamble ${p.phrase?.value ?? '-'}|${comparable(p.text)}`);
    tree(annex.operative, 1, out);
  }
  for (const f of doc.footnotes) out.push(`footnote ${f.label}|${comparable(f.text)}`);
  out.push(`cited ${[...new Set(doc.citations.filter((c) => c.kind !== 'internal').map((c) => c.symbol))].sort().join(' ')}`);
  out.push(
    `internal ${doc.citations
      .filter((c) => c.kind === 'internal')
      .map((c) => c.symbol)
      .join(' ')}`,
  );
  return out;
}

export const COMMITTEE_NAMES: Record<string, string> = {
  C1: 'First Committee',
  C2: 'Second Committee',
  C3: 'Third Committee',
  C4: 'Fourth Committee',
  C5: 'Fifth Committee',
  C6: 'Sixth Committee',
  plenary: 'plenary',
};

/** Findings on adopted resolutions that are real departures from house style (the corpus README names them). */
export const TRUE_FINDINGS: Record<string, string[]> = {
  // Paragraph 4 opens "Also reiterates its request" though no paragraph opens "Reiterates":
  // "also" qualifies a verb used before in the same text, as in the seed A/C.1/76/L.13.
  A_RES_80_146: ['structure.repeated-phrase'],
  // Paragraphs 26 and 27 are printed "26 Condemns …", "27 Affirms …": no full stop after the
  // number, unlike every other paragraph. They are paragraphs 26 and 27 all the same; each number lacks its stop.
  A_RES_79_160: ['numbering.label-punctuation', 'numbering.label-punctuation'],
};

/** Every paragraph's text, the annexes' too, in reading order. */
export function texts(doc: ResolutionDocument): string[] {
  const out: string[] = [];
  const walk = (nodes: OperativeNode[]) => nodes.forEach((n) => (out.push(n.text), walk(n.children)));
  out.push(...doc.preamble.map((p) => p.text));
  walk(doc.operative);
  for (const annex of doc.annexes) {
    out.push(...annex.preamble.map((p) => p.text));
    walk(annex.operative);
  }
  return out;
}

/**
 * A/RES/79/233 as printed: the annex title stops before "Introduction", a heading with its
 * subheading; paragraph 34's five priority areas, set one a line after "as follows:", are items,
 * not headings; the same words in bold over paragraphs 36 … are headings; "Targets:" stands
 * apart from the sentence before; paragraphs 349 and 354 run on after "… Least Developed Countries,".
 */
export function assertProgrammeOfAction(doc: ResolutionDocument, shape: string): void {
  const annex = doc.annexes[0];
  assert.equal(annex.title?.value, 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034', shape);
  assert.deepEqual(annex.preamble, [], shape);
  const [introduction] = annex.operative;
  assert.equal(introduction.text, 'Introduction', shape);
  assert.deepEqual(
    introduction.children.map((n) => [n.kind, n.text]),
    [
      [
        'heading',
        'In quest of sustainable and resilient development in landlocked developing countries to accelerate the implementation of the Sustainable Development Goals',
      ],
    ],
    shape,
  );
  const paragraphs = introduction.children[0].children;
  assert.equal(paragraphs[0].label?.text, '1', shape);
  const at = paragraphs.findIndex((n) => n.label?.text === '34');
  assert.deepEqual(
    paragraphs.slice(at + 1, at + 7).map((n) => `${n.kind} ${n.label?.text ?? '-'} ${n.text.slice(0, 15)}`),
    [
      'paragraph - Priority area 1',
      'paragraph - Priority area 2',
      'paragraph - Priority area 3',
      'paragraph - Priority area 4',
      'paragraph - Priority area 5',
      'paragraph 35 The fulfilment ',
    ],
    shape,
  );
  assert.equal(paragraphs[at + 5].text, 'Priority area 5: Means of implementation.', shape);
  assert.deepEqual(
    annex.operative.map((n) => `${n.kind} ${n.text}`),
    [
      'heading Introduction',
      'heading Priority area 1: Structural transformation and science, technology and innovation',
      'heading Priority area 2: Trade, trade facilitation and regional integration',
      'heading Priority area 3: Transit, transport and connectivity',
      'heading Priority area 4: Enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change and disasters',
      'heading Priority area 5: Means of implementation',
      'heading Implementation, follow-up and monitoring',
    ],
    shape,
  );
  const all: OperativeNode[] = [];
  const walk = (nodes: OperativeNode[]) => nodes.forEach((n) => (all.push(n), walk(n.children)));
  walk(annex.operative);
  const targets = all.filter((n) => n.text === 'Targets:');
  assert.equal(targets.length, 19, shape);
  assert.ok(
    all.every((n) => !/\. Targets:$/.test(n.text)),
    shape,
  );
  const office = 'The Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States';
  assert.match(
    all.find((n) => n.label?.text === '349')?.text ?? '',
    new RegExp(`^${office} is requested to undertake thematic reviews .* as and when appropriate\\.$`),
    shape,
  );
  const paragraph354 = all.find((n) => n.label?.text === '354');
  assert.equal(paragraph354?.text, `${office} should strengthen its functions to undertake the following:`, shape);
  assert.equal(paragraph354?.children[0]?.label?.text, '(a)', shape);
  assert.ok(!all.some((n) => !n.label && n.text.startsWith('Landlocked Developing Countries')), shape);
}
