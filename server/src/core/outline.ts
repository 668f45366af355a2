// The plain-text outline the CLI prints: the tree a reader sees in the editor's outline.
import type { OperativeNode, ResolutionDocument } from './model';
import { bodyParts } from './parts';
import { counted } from './plural';

const EXCERPT = 60;

/** The text's first characters, cut with an ellipsis past the width of an outline's line. */
export function excerpt(text: string, skip = 0): string {
  const rest = text.slice(skip).trim();
  return rest.length > EXCERPT ? `${rest.slice(0, EXCERPT - 1)}…` : rest;
}

function line(n: number): string {
  return String(n + 1).padStart(5);
}

function operativeLines(nodes: OperativeNode[], depth: number, out: string[]): void {
  for (const node of nodes) {
    const label = node.label
      ? node.label.style === 'arabic' || node.label.style === 'heading-roman' || node.label.style === 'heading-alpha' || node.label.style === 'decimal'
        ? `${node.label.text}.`
        : node.label.text
      : '¶';
    const phrase = node.phrase ? `${node.phrase.value} — ` : '';
    out.push(`${line(node.range.start.line)}  ${'  '.repeat(depth)}${label} ${phrase}${excerpt(node.text, node.phrase?.value.length ?? 0)}`);
    operativeLines(node.children, depth + 1, out);
  }
}

export function outlineText(doc: ResolutionDocument, symbol: string | null): string[] {
  const out: string[] = [];
  const { header } = doc;
  const facts = [
    symbol ?? 'no symbol',
    header.kind.replace(/_/g, ' '),
    header.session?.number ? `session ${header.session.number}` : null,
    header.committee?.value ?? null,
    header.agendaItem ? `agenda item ${header.agendaItem.numbers.join(', ')}` : null,
    header.sponsors.length > 0 ? counted(header.sponsors.length, 'sponsor') : null,
    `${doc.shape} text`,
  ].filter(Boolean);
  out.push(`  Header: ${facts.join(' · ')}`);
  if (doc.title) out.push(`  Title: ${doc.title.number ? `${doc.title.number}. ` : ''}${excerpt(doc.title.text)}`);
  for (const part of bodyParts(doc)) {
    // A resolution in parts: each part's preamble and operative paragraphs under its letter.
    const indent = part.label ? '  ' : '';
    if (part.label) out.push(`  Part ${part.label.value}${part.title ? `: ${excerpt(part.title.value)}` : ''}`);
    out.push(`  ${indent}Preamble (${part.preamble.length})`);
    for (const p of part.preamble)
      out.push(`${line(p.range.start.line)}    ${indent}${p.phrase ? `${p.phrase.value} — ` : ''}${excerpt(p.text, p.phrase?.value.length ?? 0)}`);
    out.push(`  ${indent}Operative (${part.operative.length})`);
    operativeLines(part.operative, part.label ? 3 : 2, out);
    if (part.label && part.closing) out.push(`  ${indent}Closing: ${[part.closing.meeting, part.closing.date].filter(Boolean).join(', ')}`);
  }
  for (const annex of doc.annexes) {
    out.push(`  ${annex.label}${annex.title ? `: ${excerpt(annex.title.value)}` : ''} (${annex.operative.length})`);
    operativeLines(annex.operative, 2, out);
  }
  if (doc.closing && doc.parts.length === 0) out.push(`  Closing: ${[doc.closing.meeting, doc.closing.date].filter(Boolean).join(', ')}`);
  out.push(`  Footnotes (${doc.footnotes.length})`);
  for (const f of doc.footnotes) out.push(`${line(f.range.start.line)}    ${f.label} ${excerpt(f.text)}`);
  out.push(
    `  Citations: ${doc.citations.length} (${counted(new Set(doc.citations.filter((c) => c.kind !== 'internal').map((c) => c.symbol)).size, 'document')})`,
  );
  return out;
}
