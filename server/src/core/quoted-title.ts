// The title a text quotes after a citation: 'resolution 70/1 of 25 September 2015, entitled
// “Transforming our world: …”', in curly or straight quotes. The citation.title rule holds it
// against the cited document's own title.
import { splittable } from './stray-spaces';

/** "entitled" and the quoted words (group 1), however split ("entitl ed"). */
const ENTITLED = new RegExp(`,? ${splittable('entitled')} ["“]([^"“”]{1,500})["”]`, 'y');

/** The title quoted right at `at` (after a citation's item and its date), where it stands in `text`; null when none is. */
export function quotedTitleAt(text: string, at: number): { text: string; start: number; end: number } | null {
  ENTITLED.lastIndex = at;
  const quoted = ENTITLED.exec(text);
  if (!quoted) return null;
  const end = ENTITLED.lastIndex - 1;
  return { text: quoted[1], start: end - quoted[1].length, end };
}
