// The corpus of real documents (test-fixtures/corpus) and what must hold for each: the
// manifest, the text shapes, and a model signature that ignores only what extractors
// cannot agree on — spacing and the hyphens of broken lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
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
  out.push(`internal ${doc.citations.filter((c) => c.kind === 'internal').map((c) => c.symbol).join(' ')}`);
  return out;
}

export const COMMITTEE_NAMES: Record<string, string> = {
  C1: 'First Committee', C2: 'Second Committee', C3: 'Third Committee', C4: 'Fourth Committee',
  C5: 'Fifth Committee', C6: 'Sixth Committee', plenary: 'plenary',
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
