// The symbol a title's number stands for ("73/266." in the title line of A/RES/73/266): the
// document's own, so that the number answers as the header symbol does, with the symbol
// the citations of the number give.
import { GENERAL_ASSEMBLY } from './citation-organs';
import type { ResolutionDocument } from './model';
import { symbolKey } from './symbol-key';

/**
 * The header's symbol that ends with the number (A/HRC/RES/20/8 for "20/8"), else the General
 * Assembly's, as a citation of it reads ("73/266" → A/RES/73/266; a decision's "73/512" →
 * A/DEC/73/512); null for a title without a number.
 */
export function titleSymbol(doc: ResolutionDocument): string | null {
  const number = doc.title?.number;
  if (!number) return null;
  const tail = `/${symbolKey(number)}`;
  const own = doc.header.symbols.find((symbol) => symbolKey(symbol.value).endsWith(tail));
  if (own) return own.value;
  return doc.header.kind === 'decision' ? GENERAL_ASSEMBLY.decision(number) : GENERAL_ASSEMBLY.resolution(number);
}
