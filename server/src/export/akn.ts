// Akoma Ntoso 3.0 XML with the AKN4UN naming: an adopted resolution or decision is a
// `statement`, any other text (drafts, amendments) a `doc`; FRBR identification in
// `meta`; the header in `coverPage`, the title in `preface`, `The General Assembly,`
// and the preambular paragraphs in `preamble`, the operative tree in `mainBody`
// (`paragraph`/`subparagraph` with `num` and `content`, headings as `division`),
// the closing line in `conclusions`, footnotes as `authorialNote` where their marker
// stood, citations as `ref`, annexes as `attachments`.
import type { Citation } from '../core/model';
import { akomaNtosoHref, frbrNames, AKN_ORGAN_ID, type FrbrNames } from './akn-names';
import type { Run } from './inline';
import { escapeMarkup } from './markup';
import { isoDate, type HeaderLine, type ResolutionView, type ViewAnnex, type ViewBody, type ViewOperative, type ViewPreambular } from './view';

const NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const SOURCE_ID = 'unResolutionTools';

export function renderAkomaNtoso(view: ResolutionView): string {
  const writer = new AknWriter(view);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${NAMESPACE}">\n${writer.document()}</akomaNtoso>\n`;
}

class AknWriter {
  private readonly names: FrbrNames;
  /** Footnotes already written: a second marker for one becomes a `noteRef`. */
  private readonly written = new Set<string>();
  /** eIds must be unique in the whole document, annexes included. */
  private readonly usedIds = new Set<string>();

  constructor(private readonly view: ResolutionView) {
    this.names = frbrNames(view);
  }

  document(): string {
    const { view, names } = this;
    const element = names.documentType;
    const parts = [
      this.meta('main'),
      this.coverPage(view.header),
      this.preface(),
      this.preamble(view.organ, view.preamble, ''),
      this.mainBody(view.operative, ''),
      this.conclusions(),
      this.attachments(view.annexes),
      this.laterParts(view.parts.slice(1)),
    ];
    return `  <${element} name="${names.documentName}">\n${indent(parts.filter(Boolean).join(''), 4)}  </${element}>\n`;
  }

  /** FRBR identification of the resolution (`main`) or of one of its annexes (`annex_1`). */
  private meta(component: string): string {
    const { work, expression, manifestation } = this.names;
    const date = this.view.isoDate ?? UNKNOWN_DATE;
    const dateName = this.view.isoDate ? (this.view.kind === 'resolution' || this.view.kind === 'decision' ? 'adoption' : 'issue') : 'unknown';
    const number = this.view.title?.number ?? this.view.symbol;
    return `<meta>
  <identification source="#${SOURCE_ID}">
    <FRBRWork>
      <FRBRthis value="${escapeMarkup(work)}/!${component}"/>
      <FRBRuri value="${escapeMarkup(work)}"/>
      <FRBRdate date="${date}" name="${dateName}"/>
      <FRBRauthor href="#${AKN_ORGAN_ID}"/>
      <FRBRcountry value="un"/>
${number ? `      <FRBRnumber value="${escapeMarkup(number)}"/>\n` : ''}${this.view.symbol ? `      <FRBRname value="${escapeMarkup(this.view.symbol)}"/>\n` : ''}    </FRBRWork>
    <FRBRExpression>
      <FRBRthis value="${escapeMarkup(expression)}/!${component}"/>
      <FRBRuri value="${escapeMarkup(expression)}"/>
      <FRBRdate date="${date}" name="${dateName}"/>
      <FRBRauthor href="#${AKN_ORGAN_ID}"/>
      <FRBRlanguage language="eng"/>
    </FRBRExpression>
    <FRBRManifestation>
      <FRBRthis value="${escapeMarkup(manifestation)}/!${component}.xml"/>
      <FRBRuri value="${escapeMarkup(manifestation)}.xml"/>
      <FRBRdate date="${date}" name="${dateName}"/>
      <FRBRauthor href="#${SOURCE_ID}"/>
    </FRBRManifestation>
  </identification>
${component === 'main' ? REFERENCES : ''}</meta>
`;
  }

  private coverPage(lines: HeaderLine[]): string {
    if (lines.length === 0) return '';
    return `<coverPage>\n${lines.map((line) => `  <p class="${line.role}">${headerInline(line)}</p>\n`).join('')}</coverPage>\n`;
  }

  private preface(): string {
    const { title } = this.view;
    // In a resolution in parts the document's own body is part A: its letter and title follow the title.
    const partA = this.view.parts[0];
    if (!title && !partA) return '';
    const number = title?.number ? `<docNumber>${escapeMarkup(title.number)}.</docNumber> ` : '';
    const titleLine = title ? `  <p class="title">${number}<docTitle>${this.inline(title.runs)}</docTitle></p>\n` : '';
    return `<preface>\n${titleLine}${partA ? this.partHead(partA) : ''}</preface>\n`;
  }

  private partHead(part: ViewBody): string {
    return `  <p class="partLabel">${escapeMarkup(part.label ?? '')}</p>\n${part.title ? `  <p class="partTitle">${escapeMarkup(part.title)}</p>\n` : ''}`;
  }

  private preamble(organ: ResolutionView['organ'], paragraphs: ViewPreambular[], prefix: string): string {
    if (!organ && paragraphs.length === 0) return '';
    const out = ['<preamble>\n'];
    if (organ) {
      out.push(
        `  <formula name="enactingFormula" eId="${this.id(`${prefix}formula_1`)}"><p><i>${escapeMarkup(organ.words)}</i>${escapeMarkup(organ.punctuation)}</p></formula>\n`,
      );
    }
    paragraphs.forEach((p, i) => {
      out.push(`  <container name="preambularParagraph" eId="${this.id(`${prefix}preamble__container_${i + 1}`)}"><p>${this.inline(p.runs)}</p></container>\n`);
    });
    out.push('</preamble>\n');
    return out.join('');
  }

  private mainBody(nodes: ViewOperative[], prefix: string): string {
    // mainBody needs a child even when a text has no operative part (an amendment).
    const body = nodes.length > 0 ? nodes.map((n) => this.operative(n, prefix, 'paragraph')).join('') : '<p/>\n';
    return `<mainBody>\n${indent(body, 2)}</mainBody>\n`;
  }

  private operative(node: ViewOperative, parentId: string, element: 'paragraph' | 'subparagraph'): string {
    const tag = node.kind === 'heading' ? 'division' : element;
    const labelPart = node.label ? labelId(node.label.text) : 'unnumbered';
    const id = this.id(`${parentId}${parentId ? '__' : ''}${tag === 'division' ? 'dvs' : element === 'paragraph' ? 'para' : 'subpara'}_${labelPart}`);
    const num = node.displayLabel ? `  <num>${escapeMarkup(node.displayLabel)}</num>\n` : '';
    // Paragraphs under a heading stay paragraphs, named as if the heading were not there:
    // numbering continues across headings and references say "paragraph 3", not "II 3".
    const [childElement, childParent] = node.kind === 'heading' ? [element, parentId] : (['subparagraph', id] as const);
    const children = node.children.map((child) => this.operative(child, childParent, childElement)).join('');
    let inner: string;
    if (node.kind === 'heading') {
      inner = `${num}  <heading>${this.inline(node.runs)}</heading>\n${children ? indent(children, 2) : '  <content><p/></content>\n'}`;
    } else if (children) {
      inner = `${num}  <intro><p>${this.inline(node.runs)}</p></intro>\n${indent(children, 2)}`;
    } else {
      inner = `${num}  <content><p>${this.inline(node.runs)}</p></content>\n`;
    }
    return `<${tag} eId="${id}">\n${inner}</${tag}>\n`;
  }

  /**
   * Parts B, C, … of a resolution in parts, each a component with its own preamble and
   * operative paragraphs (part A is the document's own body, so readers of one body read it whole).
   */
  private laterParts(parts: ViewBody[]): string {
    if (parts.length === 0) return '';
    const items = parts.map((part, i) => {
      const prefix = `cmp_${i + 1}__`;
      const preface = `<preface>\n${this.partHead(part)}</preface>\n`;
      const body = this.preamble(part.organ, part.preamble, prefix) + this.mainBody(part.operative, prefix.slice(0, -2)) + this.conclusions(part.closing);
      const doc = `<doc name="part">\n${indent(this.meta(`part_${part.label ?? i + 2}`) + preface + body, 2)}</doc>\n`;
      return `<component eId="${this.id(`cmp_${i + 1}`)}">\n${indent(doc, 2)}</component>\n`;
    });
    return `<components eId="${this.id('cmps')}">\n${indent(items.join(''), 2)}</components>\n`;
  }

  private conclusions(closing: ResolutionView['closing'] = this.view.closing): string {
    if (!closing) return '';
    const lines: string[] = [];
    if (closing.meeting) lines.push(`  <p class="meeting">${escapeMarkup(closing.meeting)}</p>\n`);
    if (closing.date) lines.push(`  <p class="date">${dateInline(closing.date)}</p>\n`);
    return `<conclusions>\n${lines.join('')}</conclusions>\n`;
  }

  private attachments(annexes: ViewAnnex[]): string {
    if (annexes.length === 0) return '';
    const items = annexes.map((annex, i) => {
      const component = `annex_${i + 1}`;
      const prefix = `att_${i + 1}__`;
      const meta = this.meta(component);
      const preface = `<preface>\n  <p class="annexLabel">${escapeMarkup(annex.label)}</p>\n${annex.title ? `  <p class="annexTitle"><docTitle>${escapeMarkup(annex.title)}</docTitle></p>\n` : ''}</preface>\n`;
      const doc = `<doc name="annex">\n${indent(meta + preface + this.preamble(null, annex.preamble, prefix) + this.mainBody(annex.operative, prefix.slice(0, -2)), 2)}</doc>\n`;
      return `<attachment eId="${this.id(`att_${i + 1}`)}">\n${indent(doc, 2)}</attachment>\n`;
    });
    return `<attachments>\n${indent(items.join(''), 2)}</attachments>\n`;
  }

  private inline(runs: readonly Run[]): string {
    return runs
      .map((run) => {
        switch (run.kind) {
          case 'text':
            return escapeMarkup(run.text);
          case 'phrase':
            return `<i>${escapeMarkup(run.text)}</i>`;
          case 'citation':
            return `<ref href="${escapeMarkup(this.href(run.citation))}">${escapeMarkup(run.text)}</ref>`;
          case 'note': {
            if (!run.footnote) return `<sup>${escapeMarkup(run.label)}</sup>`;
            const id = `note_${run.label.replace(/\W/g, '')}`;
            if (this.written.has(id)) return `<noteRef href="#${id}" marker="${escapeMarkup(run.label)}"/>`;
            this.written.add(id);
            const note = this.view.footnotes.find((f) => f.footnote === run.footnote)!;
            return `<authorialNote marker="${escapeMarkup(run.label)}" placement="bottom" eId="${this.id(id)}"><p>${this.inline(note.runs)}</p></authorialNote>`;
          }
        }
      })
      .join('');
  }

  private href(citation: Citation): string {
    if (citation.kind !== 'internal') return akomaNtosoHref(citation);
    if (citation.symbol === 'annex') return '#att_1';
    const [first, ...rest] = citation.symbol.split(/\s+/).map(labelId);
    return `#para_${first}${rest.map((part) => `__subpara_${part}`).join('')}`;
  }

  /** The eId as asked, or with `_2`, `_3` … when a label repeats (numbering errors still export). */
  private id(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.usedIds.has(id); n++) id = `${wanted}_${n}`;
    this.usedIds.add(id);
    return id;
  }
}

/** The organisations the FRBR elements name; declared once, in the resolution's own meta (eIds are unique document-wide). */
const REFERENCES = `  <references source="#${SOURCE_ID}">
    <TLCOrganization eId="${AKN_ORGAN_ID}" href="/akn/ontology/organization/un/generalAssembly" showAs="General Assembly"/>
    <TLCOrganization eId="${SOURCE_ID}" href="/akn/ontology/organization/un/unResolutionTools" showAs="UN Resolution Tools"/>
  </references>
`;

/** FRBR dates are required; a text whose header gives none gets this placeholder, named "unknown". */
const UNKNOWN_DATE = '9999-12-31';

/** A label as an eId part: "(a)" → "a", "1.1" → "1-1", "5 bis" → "5bis". */
function labelId(label: string): string {
  return label.replace(/[()\s]/g, '').replace(/\./g, '-');
}

function headerInline(line: HeaderLine): string {
  const text = escapeMarkup(line.text);
  switch (line.role) {
    case 'symbol':
      return `<docNumber>${text}</docNumber>`;
    case 'organ':
      return `<docAuthority>${text}</docAuthority>`;
    case 'date':
      return dateInline(line.text);
    case 'committee':
      return `<docCommittee>${text}</docCommittee>`;
    default:
      return text;
  }
}

function dateInline(words: string): string {
  const iso = isoDate(words);
  return iso ? `<docDate date="${iso}">${escapeMarkup(words)}</docDate>` : escapeMarkup(words);
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replace(/^(?=.)/gm, pad);
}
