// A document's symbol from its file name ("A_C.1_70_L.45.draft.txt" → "A/C.1/70/L.45"),
// the convention of the UN's own file names, used when the text lost its header.
const SYMBOL_PREFIX = /^(?:A|S|E)(?:\/(?:RES|DEC|HRC|C\.\d|AC\.\d+|CN\.\d+|\d{1,4}|L\.\d+|Rev\.\d+|Corr\.\d+|Add\.\d+|ES-\d+|S-\d+))+/;

export function symbolFromFileName(path: string): string | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const match = SYMBOL_PREFIX.exec(base.replace(/_/g, '/'));
  return match && /\d/.test(match[0]) ? match[0] : null;
}
