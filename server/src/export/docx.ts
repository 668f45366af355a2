// A Word document a Secretariat editor can keep working on: every paragraph carries a
// named style (preamble, operative paragraph, sub-paragraph levels, header lines),
// opening phrases and citations carry character styles, operative labels are Word list
// numbering wherever the source's numbering is regular (so inserting a paragraph
// renumbers the rest) and literal text where it is not (gaps, `5 bis`, `1.1`), and
// footnotes are real Word footnotes.
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type ILevelsOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { Label, LabelStyle } from '../core/model';
import type { Run } from './inline';
import { viewBodies, type HeaderLine, type ResolutionView, type ViewOperative, type ViewPreambular } from './view';

/** Paragraph style ids; the names Word shows are in STYLES. */
export const DOCX_STYLE = {
  masthead: 'UNMasthead',
  organName: 'UNOrganName',
  headerRight: 'UNHeaderRight',
  header: 'UNHeader',
  sponsors: 'UNSponsors',
  adoption: 'UNAdoption',
  title: 'UNTitle',
  organ: 'UNOrgan',
  preambular: 'UNPreambular',
  heading: 'UNHeading',
  closing: 'UNClosing',
  annexLabel: 'UNAnnexLabel',
  annexTitle: 'UNAnnexTitle',
  partLabel: 'UNPartLabel',
  /** Operative levels: depth 0 is the numbered paragraph, 1 the (a) items, and so on. */
  operative: (depth: number) => `UNOperative${Math.min(depth, MAX_LEVEL) + 1}`,
  phrase: 'UNPhrase',
  citation: 'UNCitation',
} as const;

const MAX_LEVEL = 5;
const INDENT = 567; // twips: 1 cm, the step of the UN's indentation
const FONT = 'Times New Roman';

const NUMBERED_STYLES: Partial<Record<LabelStyle, { format: ILevelsOptions['format']; text: string }>> = {
  arabic: { format: LevelFormat.DECIMAL, text: '%1.' },
  'paren-alpha': { format: LevelFormat.LOWER_LETTER, text: '(%1)' },
  'paren-roman': { format: LevelFormat.LOWER_ROMAN, text: '(%1)' },
  alpha: { format: LevelFormat.LOWER_LETTER, text: '%1.' },
  roman: { format: LevelFormat.LOWER_ROMAN, text: '%1.' },
};

const HEADER_STYLES: Record<HeaderLine['role'], string> = {
  symbol: DOCX_STYLE.masthead,
  organ: DOCX_STYLE.organName,
  distribution: DOCX_STYLE.headerRight,
  date: DOCX_STYLE.headerRight,
  language: DOCX_STYLE.headerRight,
  session: DOCX_STYLE.header,
  committee: DOCX_STYLE.header,
  'agenda-item': DOCX_STYLE.header,
  'agenda-title': DOCX_STYLE.header,
  sponsors: DOCX_STYLE.sponsors,
  adoption: DOCX_STYLE.adoption,
  report: DOCX_STYLE.header,
};

export async function renderDocx(view: ResolutionView): Promise<Uint8Array> {
  const writer = new DocxWriter(view);
  const children = writer.body();
  const document = new Document({
    title: view.symbol ?? undefined,
    creator: 'UN Resolution Tools',
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 } },
        footnoteText: { run: { font: FONT, size: 20 }, paragraph: { indent: { left: INDENT / 2, hanging: INDENT / 2 } } },
      },
      paragraphStyles: STYLES,
      characterStyles: [
        { id: DOCX_STYLE.phrase, name: 'UN Phrase', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { italics: true } },
        { id: DOCX_STYLE.citation, name: 'UN Citation', basedOn: 'DefaultParagraphFont', quickFormat: true, run: {} },
      ],
    },
    numbering: {
      config: Object.entries(NUMBERED_STYLES).map(([style, level]) => ({
        reference: numberingReference(style as LabelStyle),
        levels: [{ level: 0, format: level!.format, text: level!.text, alignment: AlignmentType.LEFT }],
      })),
    },
    footnotes: writer.footnotes,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1247, right: 1247 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function numberingReference(style: LabelStyle): string {
  return `un-${style}`;
}

const paragraphStyle = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: id,
  quickFormat: true,
  ...options,
});

const STYLES: IParagraphStyleOptions[] = [
  paragraphStyle(DOCX_STYLE.masthead, 'UN Masthead', {
    run: { font: 'Arial', bold: true, size: 28 },
    paragraph: { rightTabStop: 9412, border: { bottom: { style: 'single', size: 6, color: 'auto', space: 1 } } },
  }),
  paragraphStyle(DOCX_STYLE.organName, 'UN Organ Name', { run: { font: 'Arial', bold: true, size: 40 }, paragraph: { spacing: { after: 120 } } }),
  paragraphStyle(DOCX_STYLE.headerRight, 'UN Header Right', { run: { size: 20 }, paragraph: { alignment: AlignmentType.RIGHT } }),
  paragraphStyle(DOCX_STYLE.header, 'UN Header', { run: { size: 20 } }),
  paragraphStyle(DOCX_STYLE.sponsors, 'UN Sponsors', { run: { bold: true }, paragraph: { spacing: { before: 240, after: 240 } } }),
  paragraphStyle(DOCX_STYLE.adoption, 'UN Adoption', { run: { bold: true }, paragraph: { spacing: { before: 240 } } }),
  paragraphStyle(DOCX_STYLE.title, 'UN Title', {
    run: { bold: true, size: 26 },
    paragraph: { indent: { left: INDENT * 2 }, spacing: { before: 360, after: 240 }, keepNext: true },
  }),
  paragraphStyle(DOCX_STYLE.organ, 'UN Organ', { paragraph: { indent: { firstLine: INDENT * 2 }, spacing: { after: 120 } } }),
  paragraphStyle(DOCX_STYLE.preambular, 'UN Preambular Paragraph', {
    paragraph: { indent: { firstLine: INDENT * 2 }, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
  }),
  paragraphStyle(DOCX_STYLE.heading, 'UN Heading', {
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true },
  }),
  ...Array.from({ length: MAX_LEVEL + 1 }, (_, depth) =>
    paragraphStyle(DOCX_STYLE.operative(depth), depth === 0 ? 'UN Operative Paragraph' : `UN Sub-paragraph ${depth}`, {
      // The label hangs in the indent; the text's lines align after it.
      paragraph: {
        indent: { left: INDENT * (depth + 2), hanging: INDENT },
        leftTabStop: INDENT * (depth + 2),
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 120 },
      },
    }),
  ),
  paragraphStyle(DOCX_STYLE.closing, 'UN Closing', { paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 360 } } }),
  paragraphStyle(DOCX_STYLE.annexLabel, 'UN Annex Label', { run: { bold: true }, paragraph: { alignment: AlignmentType.RIGHT } }),
  paragraphStyle(DOCX_STYLE.annexTitle, 'UN Annex Title', { run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } }),
  paragraphStyle(DOCX_STYLE.partLabel, 'UN Part Label', {
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 }, keepNext: true },
  }),
];

class DocxWriter {
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  private readonly footnoteIds = new Map<object, number>();
  private listInstance = 0;

  constructor(private readonly view: ResolutionView) {}

  body(): Paragraph[] {
    const { view } = this;
    const out: Paragraph[] = view.header.map((line) =>
      line.role === 'symbol'
        ? new Paragraph({
            style: DOCX_STYLE.masthead,
            children: [new TextRun({ text: 'United Nations', size: 22 }), new TextRun({ children: [new Tab(), line.text] })],
          })
        : new Paragraph({ style: HEADER_STYLES[line.role], text: line.text }),
    );
    if (view.title) {
      out.push(
        new Paragraph({
          style: DOCX_STYLE.title,
          children: [...(view.title.number ? [new TextRun(`${view.title.number}. `)] : []), ...this.runs(view.title.runs)],
        }),
      );
    }
    for (const body of viewBodies(view)) {
      // A part of a resolution in parts: its letter and title centred above its own organ line.
      if (body.label) out.push(new Paragraph({ style: DOCX_STYLE.partLabel, text: body.label }));
      if (body.title) out.push(new Paragraph({ style: DOCX_STYLE.partLabel, text: body.title }));
      if (body.organ) {
        out.push(
          new Paragraph({ style: DOCX_STYLE.organ, children: [new TextRun({ text: body.organ.words, italics: true }), new TextRun(body.organ.punctuation)] }),
        );
      }
      out.push(...this.preamble(body.preamble), ...this.operative(body.operative));
      if (body.closing) {
        for (const line of [body.closing.meeting, body.closing.date]) if (line) out.push(new Paragraph({ style: DOCX_STYLE.closing, text: line }));
      }
    }
    for (const annex of view.annexes) {
      out.push(new Paragraph({ style: DOCX_STYLE.annexLabel, text: annex.label, pageBreakBefore: true }));
      if (annex.title) out.push(new Paragraph({ style: DOCX_STYLE.annexTitle, text: annex.title }));
      out.push(...this.preamble(annex.preamble), ...this.operative(annex.operative));
    }
    return out;
  }

  private preamble(paragraphs: ViewPreambular[]): Paragraph[] {
    return paragraphs.map((p) => new Paragraph({ style: DOCX_STYLE.preambular, children: this.runs(p.runs) }));
  }

  /** The operative part: each list of siblings numbered by Word when its labels run 1, 2, 3 … in one style. */
  private operative(nodes: ViewOperative[]): Paragraph[] {
    const out: Paragraph[] = [];
    const lists = new Map<ViewOperative[], number | null>();
    const listOf = (siblings: ViewOperative[]) => {
      if (!lists.has(siblings)) lists.set(siblings, wordNumberable(siblings) ? this.listInstance++ : null);
      return lists.get(siblings)!;
    };
    // Paragraphs under headings continue one list: numbering runs on across headings.
    const walk = (siblings: ViewOperative[], depth: number, list: ViewOperative[]) => {
      for (const node of siblings) {
        if (node.kind === 'heading') {
          out.push(
            new Paragraph({
              style: DOCX_STYLE.heading,
              children: [...(node.displayLabel ? [new TextRun(`${node.displayLabel} `)] : []), ...this.runs(node.runs)],
            }),
          );
          walk(node.children, depth, list);
          continue;
        }
        const instance = node.label ? listOf(list) : null;
        const numbering = instance !== null && node.label ? { reference: numberingReference(node.label.style), level: 0, instance } : undefined;
        const label = !numbering && node.displayLabel ? [new TextRun({ children: [node.displayLabel, new Tab()] })] : [];
        out.push(new Paragraph({ style: DOCX_STYLE.operative(depth), numbering, children: [...label, ...this.runs(node.runs)] }));
        walk(node.children, depth + 1, paragraphsOf(node.children));
      }
    };
    walk(nodes, 0, paragraphsOf(nodes));
    return out;
  }

  private runs(runs: readonly Run[]): ParagraphChild[] {
    return runs.map((run) => {
      switch (run.kind) {
        case 'text':
          return new TextRun(run.text);
        case 'phrase':
          return new TextRun({ text: run.text, style: DOCX_STYLE.phrase });
        case 'citation':
          return new TextRun({ text: run.text, style: DOCX_STYLE.citation });
        case 'note':
          return this.note(run);
      }
    });
  }

  /** A Word footnote at its first marker; later markers for it (and markers without one) stay superscript labels. */
  private note(run: Extract<Run, { kind: 'note' }>): ParagraphChild {
    if (!run.footnote || this.footnoteIds.has(run.footnote)) return new TextRun({ text: run.label, superScript: true });
    const id = this.footnoteIds.size + 1;
    this.footnoteIds.set(run.footnote, id);
    const entry = this.view.footnotes.find((f) => f.footnote === run.footnote)!;
    // The tab separates Word's footnote number from the text, under the style's hanging indent.
    this.footnotes[id] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun({ children: [new Tab()] }), ...this.runs(entry.runs)] })] };
    return new FootnoteReferenceRun(id);
  }
}

/** Paragraphs of a level, headings looked through (their paragraphs continue the list). */
function paragraphsOf(nodes: readonly ViewOperative[]): ViewOperative[] {
  return nodes.flatMap((n) => (n.kind === 'heading' ? paragraphsOf(n.children) : [n]));
}

/** Word can number a list itself when its labels are 1, 2, 3 … (or (a), (b) …) with no insertion or gap. */
function wordNumberable(list: readonly ViewOperative[]): boolean {
  const labels = list.map((n) => n.label);
  if (labels.some((l) => !l)) return false;
  const style = labels[0]!.style;
  return Boolean(NUMBERED_STYLES[style]) && labels.every((l: Label | null, i) => l!.style === style && l!.ordinal === i + 1 && !l!.suffix);
}
