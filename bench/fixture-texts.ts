// Real sentences for the generated inputs: the preambular paragraphs, operative
// paragraphs, sub-items and footnotes of the seed fixtures and the corpus, read by
// the parser once and sorted, so every run draws from the same pool.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core/parser';
import type { OperativeNode, Range, ResolutionDocument } from '../server/src/core/model';

export const FIXTURES = join(__dirname, '..', 'test-fixtures');

export interface TextPool {
  preambular: string[];
  /** Opening paragraphs with their phrase ("Calls upon Member States …"), without label. */
  operative: string[];
  subItems: string[];
  footnotes: string[];
  titles: string[];
}

function fixtureFiles(): string[] {
  const seeds = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(FIXTURES, name));
  const corpus = join(FIXTURES, 'corpus', 'pdftotext');
  return [
    ...seeds,
    ...readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(corpus, name)),
  ].sort();
}

/** Plain prose only: no markup, no marker, no paragraph the parser ran into this one ("…; 26 Condemns"). */
function usable(text: string): boolean {
  return text.length >= 40 && text.length <= 1500 && /^[A-Z]/.test(text) && !/[*_[\]#¹²³⁴⁵⁶⁷⁸⁹⁰]|\s{2}|[;:,.] \(?[\da-z]{1,3}[.)]? [A-Z]/.test(text);
}

/** Where the parser read a footnote marker: a paragraph holding one ("inquiry;12" in pdftotext text) would carry a stray marker into the generated text. */
function markerHolder(doc: ResolutionDocument): (range: Range) => boolean {
  const starts = [...doc.footnotes.flatMap((f) => f.markers), ...doc.danglingMarkers].map((m) => m.range.start);
  const after = (a: Range['start'], b: Range['start']) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return (range) => starts.some((p) => after(p, range.start) && after(range.end, p));
}

export function loadTextPool(): TextPool {
  const pool: TextPool = { preambular: [], operative: [], subItems: [], footnotes: [], titles: [] };
  for (const file of fixtureFiles()) {
    const doc = parse(readFileSync(file, 'utf8'));
    const holdsMarker = markerHolder(doc);
    const visit = (nodes: OperativeNode[], depth: number) => {
      for (const node of nodes) {
        const plain = usable(node.text) && !holdsMarker(node.ownRange);
        if (node.kind === 'paragraph' && node.phrase && depth === 0 && plain) pool.operative.push(node.text);
        else if (node.kind === 'paragraph' && depth > 0 && /^[A-Z]/.test(node.text) && plain) pool.subItems.push(node.text.replace(/[;,.:]$/, ''));
        visit(node.children, depth + 1);
      }
    };
    for (const paragraph of doc.preamble)
      if (paragraph.phrase && usable(paragraph.text) && !holdsMarker(paragraph.range) && /,$/.test(paragraph.text)) pool.preambular.push(paragraph.text);
    visit(doc.operative, 0);
    for (const footnote of doc.footnotes) if (/^[A-Z].{4,300}\.$/.test(footnote.text) && !/[*_]/.test(footnote.text)) pool.footnotes.push(footnote.text);
    if (doc.title && usable(doc.title.text)) pool.titles.push(doc.title.text.replace(/^\d+\/\d+\. /, ''));
  }
  for (const list of Object.values(pool)) list.sort();
  // Operative paragraphs end as the house style wants: ";" for all but the last.
  pool.operative = pool.operative.map((text) => text.replace(/[.;,:]?$/, ''));
  return pool;
}
