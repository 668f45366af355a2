// The furniture of a page turn as the printed UN page carries it and extractors copy it:
// the symbol, the running title, the page number (`2/4`), the job number (`23-26050`) and
// a date stamp (`181223`), as the pages lay them out or in any other order and grouping.
import type { Random } from '../../../bench/random';

export interface PageFacts {
  symbol: string;
  title: string;
  job: string;
  /** The number of the page that begins, and of all pages. */
  page: number;
  pages: number;
}

/** The running title as the page sets it: wrapped at 35–70 characters. */
function runningTitle(title: string, random: Random): string[] {
  const width = 35 + random.int(36);
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (lines.length > 0 && lines[lines.length - 1].length + 1 + word.length <= width) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const gap = (random: Random) => (random.next() < 0.3 ? ' '.repeat(2 + random.int(20)) : ' ');

/** The lines of one page turn, perhaps with blank lines around and between them and a form feed among them. */
export function pageTurn(facts: PageFacts, random: Random): string[] {
  const title = runningTitle(facts.title, random);
  const number = `${facts.page}/${facts.pages}`;
  const stamp = `${String(1 + random.int(28)).padStart(2, '0')}${String(1 + random.int(12)).padStart(2, '0')}${String(random.int(100)).padStart(2, '0')}`;
  let lines: string[];
  const arrangement = random.int(4);
  if (arrangement === 0) {
    // An even page as printed: symbol over the title, page and job numbers at the foot.
    lines = [facts.symbol, ...title, `${number}${gap(random)}${facts.job}`];
  } else if (arrangement === 1) {
    // An odd page: the title with the symbol after its last line, job and page numbers below.
    const head = title.length > 0 ? [...title.slice(0, -1), `${title[title.length - 1]}${gap(random)}${facts.symbol}`] : [facts.symbol];
    lines = [...head, `${facts.job}${gap(random)}${number}`];
  } else {
    // Any order, some neighbours on one line; the title keeps its own lines.
    const items: string[][] = [[facts.symbol], title, [number], [facts.job]];
    if (random.next() < 0.4) items.push([stamp]);
    shuffle(items, random);
    lines = [];
    for (const item of items.filter((it) => it.length > 0)) {
      const last = lines.length - 1;
      if (last >= 0 && item.length === 1 && random.next() < 0.4) lines[last] += `${gap(random)}${item[0]}`;
      else lines.push(...item);
    }
  }
  if (random.next() < 0.3) lines = lines.flatMap((line, i) => (i === 0 ? [line] : ['', line]));
  if (random.next() < 0.5) {
    const at = random.int(lines.length + 1);
    if (at === lines.length || random.next() < 0.3) lines.splice(at, 0, '\f');
    else lines[at] = `\f${lines[at]}`;
  }
  return [...Array<string>(random.int(3)).fill(''), ...lines, ...Array<string>(random.int(3)).fill('')];
}

function shuffle<T>(items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}
