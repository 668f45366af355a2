// A document's files in the library are named from its symbol, as the UN names its own files:
// A/RES/73/266 is A_RES_73_266.pdf and A_RES_73_266.txt (file-symbol.ts reads that convention
// back). The mapping goes both ways, and the name is safe on Linux, macOS and Windows:
// - "/" is written "_";
// - letters, digits, ".", "-", "(" and ")" stay as they are (S_RES_2231(2015), A_C.1_75_L.4_Rev.1);
// - spaces are dropped (a symbol's key ignores them: S/RES/2231 (2015) is S/RES/2231(2015));
// - any other character, "_" and "%" included, is written "%" and the hex of its UTF-8 bytes
//   ("%5F"), and so is a first character that would hide the file (".") or make a name
//   Windows reserves for a device (CON, NUL, COM1, …).
const KEPT = /^[A-Za-z0-9.()-]$/;
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|COM\d|LPT\d)(?:\.|$)/i;

function escaped(character: string): string {
  return [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** The name of a document's files without the extension: "A/RES/73/266" → "A_RES_73_266". */
export function fileStem(symbol: string): string {
  const stem = [...symbol.replace(/\s+/g, '')].map((c) => (c === '/' ? '_' : KEPT.test(c) ? c : escaped(c))).join('');
  return stem.startsWith('.') || WINDOWS_DEVICE.test(stem) ? `${escaped(stem[0])}${stem.slice(1)}` : stem;
}

/** The symbol a file name stands for ("A_RES_73_266" → "A/RES/73/266"), or null when the name is not one fileStem writes. */
export function symbolOfStem(stem: string): string | null {
  try {
    const symbol = decodeURIComponent(stem.replace(/_/g, '/'));
    return /\/.*\d/.test(symbol) && fileStem(symbol) === stem ? symbol : null;
  } catch {
    return null;
  }
}

/** Whether a file of the folder named `name` is a document's text: its symbol's name and `.txt`. */
export function isDocumentText(name: string): boolean {
  return name.endsWith('.txt') && symbolOfStem(name.slice(0, -4)) !== null;
}
