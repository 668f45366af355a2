// The outline: Header, Title, Preamble, Operative (paragraphs → sub-items) — under Part A,
// Part B, … in a resolution in parts — Annexes, Footnotes.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Field, OperativeNode, Preambular, ResolutionDocument } from '../core/model';

const EXCERPT = 48;

function excerpt(text: string): string {
  const clean = text.trim();
  return clean.length > EXCERPT ? `${clean.slice(0, EXCERPT - 1)}…` : clean;
}

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range = range, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  return { name: name.trim() || '…', kind, range, selectionRange, children, ...(detail ? { detail } : {}) };
}

function around(children: Array<{ range: Range }>): Range {
  return { start: children[0].range.start, end: children[children.length - 1].range.end };
}

function preambleSymbols(list: Preambular[]): DocumentSymbol[] {
  return list.map((p) => {
    const rest = p.phrase ? p.text.slice(p.phrase.value.length) : p.text;
    return symbol(p.phrase?.value ?? excerpt(p.text), SymbolKind.Field, p.range, p.phrase?.range ?? p.range, [], excerpt(rest));
  });
}

function operativeSymbols(nodes: OperativeNode[]): DocumentSymbol[] {
  return nodes.map((node) => {
    const label = node.label
      ? node.label.style === 'arabic' || node.label.style === 'decimal' || node.label.style.startsWith('heading')
        ? `${node.label.text}.`
        : node.label.text
      : '';
    const phrase = node.phrase?.value;
    const name = node.kind === 'heading' ? `${label} ${excerpt(node.text)}` : `${label} ${phrase ?? excerpt(node.text)}`;
    const kind = node.kind === 'heading' ? SymbolKind.Namespace : node.label?.style === 'arabic' || !node.label ? SymbolKind.Method : SymbolKind.EnumMember;
    const selection = node.label?.range ?? node.phrase?.range ?? node.ownRange;
    const detail = node.kind === 'paragraph' && phrase ? excerpt(node.text.slice(phrase.length)) : undefined;
    return symbol(name, kind, node.range, selection, operativeSymbols(node.children), detail);
  });
}

function bodySymbols(organ: Field | null, preamble: Preambular[], operative: OperativeNode[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (preamble.length > 0) {
    const children = preambleSymbols(preamble);
    const range = organ ? { start: organ.range.start, end: around(children).end } : around(children);
    out.push(symbol('Preamble', SymbolKind.Namespace, range, organ?.range ?? children[0].selectionRange, children, `${children.length} paragraphs`));
  }
  if (operative.length > 0) {
    const children = operativeSymbols(operative);
    out.push(symbol('Operative part', SymbolKind.Namespace, around(children), children[0].selectionRange, children, `${operative.length} paragraphs`));
  }
  return out;
}

export function documentSymbols(doc: ResolutionDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const { header } = doc;
  const headerChildren: DocumentSymbol[] = [];
  for (const s of header.symbols) headerChildren.push(symbol(s.value, SymbolKind.Constant, s.range, s.range, [], 'symbol'));
  for (const d of header.dates) headerChildren.push(symbol(d.value, SymbolKind.Event, d.range, d.range, [], 'date'));
  if (header.session) headerChildren.push(symbol(header.session.words, SymbolKind.Property, header.session.range, header.session.range, [], 'session'));
  if (header.committee && header.committee.value !== 'plenary')
    headerChildren.push(symbol(header.committee.value, SymbolKind.Property, header.committee.range, header.committee.range, [], 'committee'));
  if (header.agendaItem) {
    headerChildren.push(
      symbol(
        `Agenda item ${header.agendaItem.numbers.join(', ')}`,
        SymbolKind.Property,
        header.agendaItem.range,
        header.agendaItem.range,
        [],
        header.agendaItem.title ? excerpt(header.agendaItem.title.value) : undefined,
      ),
    );
  }
  if (header.sponsors.length > 0) {
    const sponsors = header.sponsors.map((s) => symbol(s.value, SymbolKind.String, s.range));
    headerChildren.push(symbol(`Sponsors (${sponsors.length})`, SymbolKind.Array, around(sponsors), sponsors[0].range, sponsors));
  }
  if (headerChildren.length > 0) {
    const range = {
      start: minPosition(header.range.start, headerChildren[0].range.start),
      end: maxPosition(header.range.end, headerChildren[headerChildren.length - 1].range.end),
    };
    out.push(symbol('Header', SymbolKind.Module, range, headerChildren[0].range, headerChildren, header.kind.replace(/_/g, ' ')));
  }
  if (doc.title)
    out.push(
      symbol(`${doc.title.number ? `${doc.title.number}. ` : ''}${excerpt(doc.title.text)}`, SymbolKind.String, doc.title.range, doc.title.range, [], 'title'),
    );
  if (doc.parts.length === 0) out.push(...bodySymbols(doc.organ, doc.preamble, doc.operative));
  for (const part of doc.parts) {
    const label = part.label ?? { value: '', range: part.range };
    out.push(
      symbol(
        `Part ${label.value}`,
        SymbolKind.Module,
        part.range,
        label.range,
        bodySymbols(part.organ, part.preamble, part.operative),
        part.title ? excerpt(part.title.value) : undefined,
      ),
    );
  }
  for (const annex of doc.annexes) {
    const children = [...preambleSymbols(annex.preamble), ...operativeSymbols(annex.operative)];
    out.push(
      symbol(
        annex.label,
        SymbolKind.Module,
        annex.range,
        annex.range.start.line === annex.range.end.line
          ? annex.range
          : { start: annex.range.start, end: { line: annex.range.start.line, character: annex.label.length + annex.range.start.character } },
        children,
        annex.title ? excerpt(annex.title.value) : undefined,
      ),
    );
  }
  if (doc.footnotes.length > 0) {
    const children = doc.footnotes.map((f) => symbol(f.label, SymbolKind.Key, f.range, f.range, [], excerpt(f.text)));
    out.push(symbol('Footnotes', SymbolKind.Namespace, coverAll(children), children[0].range, children));
  }
  return out;
}

function minPosition(a: Range['start'], b: Range['start']) {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? a : b;
}

function maxPosition(a: Range['start'], b: Range['start']) {
  return a.line > b.line || (a.line === b.line && a.character >= b.character) ? a : b;
}

/** Footnote blocks sit between pages, so their union is taken in both directions. */
function coverAll(children: DocumentSymbol[]): Range {
  return children.reduce((acc, c) => ({ start: minPosition(acc.start, c.range.start), end: maxPosition(acc.end, c.range.end) }), children[0].range);
}
