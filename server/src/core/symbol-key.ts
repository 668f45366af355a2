// Symbols are compared by a key that ignores spacing and case, so "S/RES/2341 (2017)"
// and "S/RES/2341(2017)", or "A/C.1/75/L.4" and "a/c.1/75/l.4", are the same document.
export function symbolKey(symbol: string): string {
  return compactSymbol(symbol).toUpperCase();
}

/** A symbol as the model writes it, its spaces gone: "S/RES/2231 (2015)" is S/RES/2231(2015). */
export function compactSymbol(symbol: string): string {
  return symbol.replace(/\s+/g, '');
}

/** The official page of a document, e.g. https://undocs.org/A/RES/73/266. */
export function officialLink(symbol: string, base = 'https://undocs.org/'): string {
  return `${base.endsWith('/') ? base : `${base}/`}${symbol.replace(/\s+/g, '')}`;
}
