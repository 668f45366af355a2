// PDF standard fonts print only the WinAnsi character set (Latin-1 and a few typographic
// signs). Anything else is reduced to its base letters ("ő" → "o") or shown as "?",
// rather than written as bytes the font would misprint.

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function printable(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(c);
}

export function winAnsi(text: string): string {
  let out = '';
  for (const c of text) {
    if (printable(c)) out += c;
    else {
      const base = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every(printable) ? base : '?';
    }
  }
  return out;
}
