// A planned resolution written in the shapes the bench reads: clean (one paragraph a
// line), PDF-extracted (hard-wrapped lines, page furniture, the symbol and running
// title at each page head, footnote blocks after a `____` rule at each page foot,
// often in the middle of a paragraph) and, for the peer, markdown with a heading per
// paragraph.
import { ADOPTION_DATE, type DocumentPlan, type PlannedParagraph } from './document-plan';

const WRAP_COLUMNS = 86;
const LINES_PER_PAGE = 46;

interface BodyLine {
  text: string;
  /** The footnote whose marker ends this line. */
  marker: number | null;
}

function header(plan: DocumentPlan): string[] {
  return [
    'United Nations',
    '',
    plan.symbol,
    '',
    'General Assembly',
    '',
    'Distr.: General',
    ADOPTION_DATE,
    '',
    'Seventy-ninth session',
    'Agenda item 75',
    '',
    `Resolution adopted by the General Assembly on ${ADOPTION_DATE}`,
    '',
    `[without reference to a Main Committee (A/79/L.${plan.number.split('/')[1]})]`,
    '',
    `${plan.number}. ${plan.title}`,
    '',
    'The General Assembly,',
    '',
  ];
}

function paragraphText(paragraph: PlannedParagraph): string {
  const body = paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text;
  return paragraph.marker === null ? body : `${body}${paragraph.marker}`;
}

/** The parts in reading order, the closing after the resolution's own body. */
function bodyLines(plan: DocumentPlan, paragraphLines: (text: string) => string[], blank: string): BodyLine[] {
  const lines: BodyLine[] = [];
  const plain = (...texts: string[]) => lines.push(...texts.map((text) => ({ text, marker: null })));
  plan.parts.forEach((part, i) => {
    if (part.heading) plain(part.heading, blank, part.title!, blank);
    for (const paragraph of part.paragraphs) {
      const written = paragraphLines(paragraphText(paragraph));
      written.forEach((text, k) => lines.push({ text, marker: k === written.length - 1 ? paragraph.marker : null }));
      plain(blank);
    }
    if (i === 0) plain('60th plenary meeting', ADOPTION_DATE, blank);
  });
  return lines;
}

export function writeClean(plan: DocumentPlan): string {
  const lines = [...header(plan), ...bodyLines(plan, (text) => [text], '').map((line) => line.text)];
  if (plan.footnotes.length > 0) {
    lines.push('__________', '');
    plan.footnotes.forEach((footnote, i) => lines.push(`${i + 1} ${footnote}`, ''));
  }
  return lines.join('\n');
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > WRAP_COLUMNS) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Extractors keep page numbers to three digits; beyond 999 pages they wrap. */
function pageNumber(page: number, pages: number): string {
  return `${((page - 1) % 999) + 1}/${Math.min(pages, 999)}`;
}

export function writePdf(plan: DocumentPlan): string {
  // Lines end with a space and blank lines hold one, as PyMuPDF writes them.
  const body = bodyLines(plan, (text) => wrap(text).map((line) => `${line} `), ' ');
  const pages = Math.ceil(body.length / LINES_PER_PAGE);
  const out = header(plan).map((line) => (line === ADOPTION_DATE ? `${line} ` : line));
  out.splice(9, 0, `${plan.jobNumber} (E)`, `*${plan.jobNumber.replace('-', '')}*`, ' ');
  for (let page = 1; page <= pages; page++) {
    const lines = body.slice((page - 1) * LINES_PER_PAGE, page * LINES_PER_PAGE);
    for (const line of lines) out.push(line.text);
    const markers = lines.flatMap((line) => (line.marker === null ? [] : [line.marker]));
    if (markers.length > 0) {
      out.push('_______________ ', ' ');
      for (const label of markers) out.push(...wrap(`${label} ${plan.footnotes[label - 1]}`).map((line) => `${line} `), ' ');
    }
    out.push(`${plan.jobNumber} ${pageNumber(page, pages)}`, '');
    if (page < pages) out.push(`${plan.symbol} `, `${plan.title} `, ' ');
  }
  return out.join('\n');
}

/** The peer's input: the same paragraphs as markdown, a heading per paragraph, footnotes as `[^n]:`. */
export function writeMarkdown(plan: DocumentPlan): string {
  const lines = [`# ${plan.number}. ${plan.title}`, '', `*${plan.symbol}* · Distr.: General · ${ADOPTION_DATE}`, ''];
  for (const part of plan.parts) {
    if (part.heading) lines.push(`## ${part.heading}: ${part.title}`, '');
    for (const paragraph of part.paragraphs) {
      const text = paragraph.marker === null ? paragraph.text : `${paragraph.text}[^${paragraph.marker}]`;
      const opening = text.split(' ').slice(0, 2).join(' ');
      if (paragraph.label === null) lines.push(`### ${opening}`, '', text, '');
      else if (paragraph.label.startsWith('(')) lines.push(`- ${paragraph.label} ${text}`, '');
      else lines.push(`### ${paragraph.label} ${opening}`, '', text, '');
    }
  }
  plan.footnotes.forEach((footnote, i) => lines.push(`[^${i + 1}]: ${footnote}`, ''));
  return lines.join('\n');
}
