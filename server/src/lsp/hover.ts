// Hover: a cited document's title, date, kind and adopting body (from the workspace
// index, else the library's) and the text of the paragraphs the citation names in it, else
// its canonical symbol, the date the text gives, a link that fetches it into the library
// (when fetching is allowed) and its official link; a footnote marker's text; the text of
// the paragraph a reference names; a label's path.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { CitedDocuments } from '../core/cited';
import type { Citation, ResolutionDocument } from '../core/model';
import { findAt } from '../core/lookup';
import { officialLink } from '../core/symbol-key';
import { citedParagraph, paragraphTarget } from '../core/paragraph-target';
import type { SearchedIndex } from './library-index';
import { FETCH_CITED_COMMAND, type FetchCitedParams } from './protocol';

const KIND_NAMES: Record<string, string> = {
  resolution: 'Resolution',
  draft_resolution: 'Draft resolution',
  revised_draft_resolution: 'Revised draft resolution',
  draft_decision: 'Draft decision',
  decision: 'Decision',
  amendment: 'Amendment',
  unknown: 'Document',
};

function short(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** How many of the paragraphs a citation names the hover shows ("paragraphs 5 to 7": all three). */
const PARAGRAPHS_SHOWN = 3;

/** The text of each paragraph a citation names in the cited document, kept short, as the hover shows it. */
function citedParagraphsText(citation: Citation, cited: ResolutionDocument): string {
  const paths = citation.paragraphs!;
  const shown = paths.slice(0, PARAGRAPHS_SHOWN).map((path) => {
    const name = escape(citation.annex ? `${citation.annex}, paragraph ${path}` : `Paragraph ${path}`);
    const target = citedParagraph(cited, path, citation.annex);
    return target ? `**${name}**: ${escape(short(target.text, 300))}` : `**${name}** — not in ${escape(citation.symbol)}`;
  });
  if (paths.length > PARAGRAPHS_SHOWN) shown.push(`and ${paths.length - PARAGRAPHS_SHOWN} more`);
  return shown.join('\n\n');
}

/** The command link that fetches the document cited at `position` of `uri` (the client's FETCH_CITED_COMMAND). */
function fetchLink(symbol: string, uri: string, position: Position): string {
  const params: FetchCitedParams = { uri, position };
  return `[Fetch ${escape(symbol)}](command:${FETCH_CITED_COMMAND}?${encodeURIComponent(JSON.stringify([params]))} "Download it into the document library")`;
}

/** `fetchFrom`: the URI of the document hovered, when a cited document absent from the workspace and the library may be fetched. */
export function hover(
  doc: ResolutionDocument,
  at: Position,
  index: SearchedIndex,
  linkBase: string,
  cited: CitedDocuments,
  fetchFrom: string | null = null,
): Hover | null {
  const found = findAt(doc, at);
  if (!found) return null;
  const markdown = (value: string, range = undefined as Hover['range']): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    ...(range ? { range } : {}),
  });
  switch (found.kind) {
    case 'citation': {
      const { citation } = found;
      if (citation.kind === 'internal') {
        if (citation.symbol === 'annex') return markdown('The annex to the present text', citation.range);
        const target = paragraphTarget(doc, citation.symbol, citation.range.start);
        if (!target) return markdown(`**Paragraph ${escape(citation.symbol)}** — not found in this text`, citation.range);
        return markdown(`**Paragraph ${escape(citation.symbol)}**\n\n${escape(short(target.text))}`, citation.range);
      }
      const [entry] = index.documentsFor(citation.symbol);
      const link = linkBase ? `\n\n[${escape(citation.symbol)}](${officialLink(citation.symbol, linkBase)})` : '';
      if (entry) {
        const facts = [
          KIND_NAMES[entry.kind] ?? 'Document',
          entry.date,
          entry.committee && entry.committee !== 'plenary' ? entry.committee : entry.committee === 'plenary' ? 'General Assembly (plenary)' : null,
        ].filter(Boolean);
        const document = citation.paragraphs ? cited(citation.symbol) : null;
        const paragraphs = document ? `\n\n${citedParagraphsText(citation, document.doc)}` : '';
        return markdown(
          `**${escape(citation.symbol)}** — ${escape(entry.title ?? 'untitled')}\n\n${escape(facts.join(' · '))}${paragraphs}${link}`,
          citation.range,
        );
      }
      const date = citation.date ? ` of ${citation.date}` : '';
      const fetch = fetchFrom ? `\n\n${fetchLink(citation.symbol, fetchFrom, citation.range.start)}` : '';
      return markdown(`**${escape(citation.symbol)}**${escape(date)}\n\nNot in this workspace.${fetch}${link}`, citation.range);
    }
    case 'marker':
      return markdown(
        found.footnote
          ? `**Footnote ${escape(found.marker.label)}**\n\n${escape(short(found.footnote.text))}`
          : `**Footnote ${escape(found.marker.label)}** is missing`,
        found.marker.range,
      );
    case 'label':
      return markdown(`Paragraph **${escape(found.path)}**`, found.node.label!.range);
    case 'own-symbol': {
      const places = index.citationsOf(found.symbol);
      const inLibrary = places.filter((place) => index.inLibrary(place.uri)).length;
      const citing = places.length - inLibrary;
      const library = inLibrary > 0 ? `, ${inLibrary} in the library` : '';
      return markdown(`**${escape(found.symbol)}** — this document\n\nCited ${citing} time${citing === 1 ? '' : 's'} in the workspace${library}`, found.range);
    }
    case 'footnote':
      return null;
  }
}
