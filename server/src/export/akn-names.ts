// AKN4UN names: the FRBR URIs of the exported document and the `href` of each citation.
// Adopted General Assembly resolutions are `statement`s of subtype `deliberation`
// (`/akn/un/statement/deliberation/unga/2018-12-22/73-266`), decisions of subtype
// `decision`; every other text is a `doc` named after its kind. A cited resolution or
// decision gets the same form of name (with its date when the text gives one); any other
// document is named by its UN symbol.
import type { Citation, DocumentKind } from '../core/model';
import { isoDate, type ResolutionView } from './view';

/** The eId of the General Assembly in `meta/references`. */
export const AKN_ORGAN_ID = 'generalAssembly';

const DOC_NAMES: Record<DocumentKind, string> = {
  resolution: 'resolution',
  decision: 'decision',
  draft_resolution: 'draftResolution',
  revised_draft_resolution: 'revisedDraftResolution',
  draft_decision: 'draftDecision',
  amendment: 'amendment',
  unknown: 'document',
};

export interface FrbrNames {
  documentType: 'statement' | 'doc';
  documentName: string;
  work: string;
  expression: string;
  manifestation: string;
}

export function frbrNames(view: ResolutionView): FrbrNames {
  const adopted = (view.kind === 'resolution' || view.kind === 'decision') && view.title?.number;
  const date = view.isoDate ?? 'undated';
  const work = adopted
    ? `/akn/un/statement/${view.kind === 'resolution' ? 'deliberation' : 'decision'}/unga/${date}/${slug(view.title!.number!)}`
    : `/akn/un/doc/${DOC_NAMES[view.kind]}/unga/${date}/${slug(view.symbol ?? 'unknown')}`;
  const expression = `${work}/eng@`;
  return { documentType: adopted ? 'statement' : 'doc', documentName: DOC_NAMES[view.kind], work, expression, manifestation: expression };
}

/** Where a citation points: "A/RES/53/70" of 4 December 1998 → "/akn/un/statement/deliberation/unga/1998-12-04/53-70". */
export function akomaNtosoHref(citation: Citation): string {
  const adopted = /^A\/(RES|DEC)\/(.+)$/.exec(citation.symbol);
  if (!adopted) return `/akn/un/doc/symbol/${slug(citation.symbol)}`;
  const date = citation.date ? isoDate(citation.date) : null;
  return `/akn/un/statement/${adopted[1] === 'RES' ? 'deliberation' : 'decision'}/unga/${date ? `${date}/` : ''}${slug(adopted[2])}`;
}

/** A symbol or number as one URI segment: "73/266" → "73-266", "A/C.1/70/L.45" → "A-C.1-70-L.45". */
function slug(symbol: string): string {
  return symbol.replace(/\//g, '-').replace(/[^\w.()-]/g, '');
}
