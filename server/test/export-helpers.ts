// What every export must show, read straight from the model (not from the export view),
// and what the round-trip tests feed the exporters: every seed, every broken variant and
// a small text with headings, an insertion, decimal items and an annex.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import type { OperativeNode, Preambular, ResolutionDocument } from '../src/core/model';
import { bodyParts } from '../src/core/parts';
import { buildView, type ResolutionView } from '../src/export/view';
import { FIXTURES, readFixture, SEEDS } from './helpers';

export interface ExpectedParagraph {
  role: 'title' | 'part' | 'organ' | 'preambular' | 'operative' | 'heading' | 'closing' | 'annex';
  /** The label as the model reads it ("1", "(a)", "1.1", "5 bis"); null when none. */
  label: string | null;
  /** Operative depth, headings not counted (they group paragraphs without nesting them). */
  depth: number;
  text: string;
}

export const STRUCTURE_SAMPLE = `United Nations A/RES/99/1
General Assembly
Distr.: General
3 January 2025
Seventy-ninth session
Agenda item 12
Resolution adopted by the General Assembly on 20 December 2024
[without reference to a Main Committee (A/79/L.99)]

99/1. Oceans and the law of the sea

The General Assembly,

Recalling its resolution 78/69 of 5 December 2023,¹

I

Implementation

1. Decides to apply the following principles:
1.1. States should cooperate;
1.2. States should report;
2. Requests the Secretary-General to report, as set out in paragraph 1 above;
2 bis. Also requests the Secretary-General to consult Member States;

II

Capacity-building

3. Calls upon States:
(a) To build capacity;
(b) To share information:
(i) On ports;
(ii) On fisheries;
4. Decides to adopt the guidelines contained in the annex to the present resolution.

60th plenary meeting
20 December 2024

¹ A/78/PV.45.

Annex

Guidelines on cooperation

1. States should cooperate in good faith.
2. States should share data.
`;

export interface ExportCase {
  name: string;
  source: string;
  doc: ResolutionDocument;
  view: ResolutionView;
}

const BROKEN = readdirSync(join(FIXTURES, 'broken'))
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function exportCases(): ExportCase[] {
  const named: Array<[string, string]> = [
    ...SEEDS.map((name): [string, string] => [name, readFixture(name)]),
    ...BROKEN.map((name): [string, string] => [`broken/${name}`, readFixture(join('broken', name))]),
    // A resolution in parts, each part with its own title and closing line.
    ['parts/A_RES_99_250.invented.txt', readFixture(join('parts', 'A_RES_99_250.invented.txt'))],
    ['structure sample', STRUCTURE_SAMPLE],
  ];
  return named.map(([name, source]) => {
    const doc = parse(source);
    return { name, source, doc, view: buildView(doc, source, name) };
  });
}

export function expectedParagraphs(doc: ResolutionDocument): ExpectedParagraph[] {
  const out: ExpectedParagraph[] = [];
  if (doc.title) out.push({ role: 'title', label: doc.title.number, depth: 0, text: doc.title.text });
  const preamble = (list: Preambular[]) => list.forEach((p) => out.push({ role: 'preambular', label: null, depth: 0, text: p.text }));
  const operative = (nodes: OperativeNode[], depth: number) => {
    for (const node of nodes) {
      const label = node.label && node.label.style !== 'none' ? node.label.text : null;
      out.push({ role: node.kind === 'heading' ? 'heading' : 'operative', label, depth: node.kind === 'heading' ? 0 : depth, text: node.text });
      operative(node.children, node.kind === 'heading' ? depth : depth + 1);
    }
  };
  // Every part of a resolution in parts under its letter and title, each with its own organ line and closing.
  for (const part of bodyParts(doc)) {
    if (part.label) out.push({ role: 'part', label: null, depth: 0, text: part.label.value });
    if (part.title) out.push({ role: 'part', label: null, depth: 0, text: part.title.value });
    if (part.organ) out.push({ role: 'organ', label: null, depth: 0, text: part.organ.value });
    preamble(part.preamble);
    operative(part.operative, 0);
    if (part.closing) {
      for (const line of [part.closing.meeting, part.closing.date]) if (line) out.push({ role: 'closing', label: null, depth: 0, text: line });
    }
  }
  for (const annex of doc.annexes) {
    out.push({ role: 'annex', label: null, depth: 0, text: annex.label });
    if (annex.title) out.push({ role: 'annex', label: null, depth: 0, text: annex.title.value });
    preamble(annex.preamble);
    operative(annex.operative, 0);
  }
  return out;
}

/** Whitespace runs as one space, ends trimmed: the words, as compared. */
export function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A label as printed ("1.", "(a)", "II.") back to the model's form ("1", "(a)", "II"). */
export function modelLabel(printed: string): string {
  return printed.trim().replace(/\.$/, '');
}
