// The clean sources the variants are made from. Clean means one paragraph a line, blank
// lines between, single spaces, no page furniture — the shape every damage kind starts from:
// - the two seeds typed that way (A/C.1/70/L.45, A/C.1/76/L.13: markdown conversions with
//   superscript markers, used as written);
// - every other document as the product's own clean shape (`renderClean`) of its PyMuPDF
//   text (for the three other seeds, of the text as stored). The corpus texts themselves are
//   PDF-shaped (wrapped lines, furniture, markers split off), so they are damage already;
//   render-clean-corpus.test holds that the clean shape reads back as its source's model with
//   the same findings and is a fixed point, so it is a sound starting point.
import { parse } from '../../src/core/parser';
import { renderClean } from '../../src/core/render-clean';
import { corpusText, manifest } from '../corpus-helpers';
import { readFixture, SEEDS } from '../helpers';

export interface Source {
  name: string;
  /** The document's symbol, from its file name (not every clean text prints it). */
  symbol: string;
  text: string;
}

/** "A_C.1_70_L.45.draft.txt" → "A/C.1/70/L.45". */
const symbolOf = (name: string) => name.replace(/\.(?:draft|adopted|pdf-extracted)?\.?txt$/, '').replace(/_/g, '/');

const CLEAN_SEEDS = ['A_C.1_70_L.45.draft.txt', 'A_C.1_76_L.13.draft.txt'];

/** Every clean source: the seeds, then the corpus in manifest order (its largest documents last only by chance). */
export function cleanSources(): Source[] {
  const clean = (text: string) => renderClean(text, parse(text));
  return [
    ...SEEDS.map((name) => ({ name, symbol: symbolOf(name), text: CLEAN_SEEDS.includes(name) ? readFixture(name) : clean(readFixture(name)) })),
    ...manifest().map((entry) => ({ name: entry.stem, symbol: entry.symbol, text: clean(corpusText('pymupdf', entry.stem)) })),
  ];
}
