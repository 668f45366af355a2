// The document in the official layout as one standalone HTML page: inline CSS, no
// script, no remote resource. The preview webview shows the same page: colours come
// from VS Code's theme variables when they exist (light and dark fallbacks otherwise),
// every block carries `data-line` (its zero-based source line) for scroll sync, and
// diagnostics can be marked on the blocks they point into.
import type { Diagnostic, Range } from '../core/model';
import type { Run } from './inline';
import { escapeMarkup } from './markup';
import { viewBodies, type HeaderLine, type ResolutionView, type ViewOperative, type ViewPreambular } from './view';

export interface HtmlOptions {
  /** Problems to mark in the page (the preview passes the document's diagnostics). */
  diagnostics?: readonly Diagnostic[];
  /** The webview's CSP nonce: the style element carries it and the page's policy allows only it. */
  nonce?: string;
}

const MAX_DEPTH = 6;

export const HTML_STYLE = `
:root {
  --res-fg: var(--vscode-editor-foreground, #1b1b1b);
  --res-bg: var(--vscode-editor-background, #ffffff);
  --res-muted: var(--vscode-descriptionForeground, #5f5f5f);
  --res-rule: var(--vscode-editorWidget-border, #c4c4c4);
  --res-link: var(--vscode-textLink-foreground, #0b57d0);
  --res-error: var(--vscode-editorError-foreground, #c5221f);
  --res-warning: var(--vscode-editorWarning-foreground, #9a5b00);
  --res-info: var(--vscode-editorInfo-foreground, #1a73e8);
  --res-indent: 2.5em;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --res-fg: var(--vscode-editor-foreground, #e3e3e3);
    --res-bg: var(--vscode-editor-background, #1e1e1e);
    --res-muted: var(--vscode-descriptionForeground, #a8a8a8);
    --res-rule: var(--vscode-editorWidget-border, #555555);
    --res-link: var(--vscode-textLink-foreground, #8ab4f8);
    --res-error: var(--vscode-editorError-foreground, #f28b82);
    --res-warning: var(--vscode-editorWarning-foreground, #fdd663);
    --res-info: var(--vscode-editorInfo-foreground, #8ab4f8);
  }
}
body { margin: 0; background: var(--res-bg); color: var(--res-fg); }
.resolution { max-width: 42em; margin: 0 auto; padding: 2em 1.5em 4em; font: 12pt/1.45 "Times New Roman", Times, serif; }
.masthead { border-bottom: 2px solid var(--res-fg); padding-bottom: 0.5em; margin-bottom: 1.5em; }
.masthead-top { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid var(--res-fg); padding-bottom: 0.25em; }
.masthead .publisher { font: bold 11pt Arial, Helvetica, sans-serif; }
.masthead .symbol { font: bold 14pt Arial, Helvetica, sans-serif; }
.masthead .organ { font: bold 20pt Arial, Helvetica, sans-serif; margin: 0.3em 0; }
.masthead .line { margin: 0; }
.masthead .distribution, .masthead .date, .masthead .language { text-align: right; font-size: 10pt; }
.masthead .agenda-title, .masthead .sponsors, .masthead .report { font-weight: normal; }
.masthead .agenda-item, .masthead .session, .masthead .committee { font-size: 10pt; }
.masthead .sponsors { font-weight: bold; margin-top: 0.6em; }
.masthead .adoption { font-weight: bold; margin-top: 0.6em; }
.title { font-size: 13pt; font-weight: bold; margin: 1.2em 0 1em; padding-left: var(--res-indent); }
.organ-line { text-indent: var(--res-indent); }
.preambular { text-indent: var(--res-indent); text-align: justify; margin: 0 0 0.6em; }
.phrase { font-style: italic; }
.operative { position: relative; text-align: justify; margin: 0 0 0.6em; }
.operative > .label { position: absolute; left: 0; width: var(--res-indent); }
${Array.from({ length: MAX_DEPTH }, (_, depth) => `.depth-${depth} { padding-left: calc(var(--res-indent) * ${depth + 1}); }\n.depth-${depth} > .label { left: calc(var(--res-indent) * ${depth}); }`).join('\n')}
.heading { text-align: center; font-weight: bold; margin: 1.2em 0 0.8em; }
.closing { margin-top: 1.5em; text-align: right; }
.annex { margin-top: 3em; border-top: 1px dashed var(--res-rule); padding-top: 1em; }
.annex-label { text-align: right; font-weight: bold; }
.part-label, .part-title { text-align: center; font-weight: bold; }
.annex-title { text-align: center; font-weight: bold; }
a.citation { color: var(--res-link); text-decoration: none; }
a.citation:hover { text-decoration: underline; }
sup.note { font-size: 0.7em; line-height: 0; }
sup.note a { color: inherit; text-decoration: none; }
sup.note.missing, sup.note.inferred { color: var(--res-error); }
.footnotes { margin-top: 2em; font-size: 10pt; }
.footnotes hr { width: 30%; margin: 0 0 0.5em; border: 0; border-top: 1px solid var(--res-fg); }
.footnote { margin: 0 0 0.3em; padding-left: 1.5em; text-indent: -1.5em; }
.problem { border-left: 3px solid var(--problem-colour); padding-left: 0.4em; margin-left: -0.7em; }
.problem-error { --problem-colour: var(--res-error); }
.problem-warning { --problem-colour: var(--res-warning); }
.problem-information, .problem-hint { --problem-colour: var(--res-info); }
.problem-note { display: block; text-indent: 0; font: 9pt/1.3 var(--vscode-font-family, system-ui, sans-serif); color: var(--problem-colour); }
.problems { font: 9pt/1.3 var(--vscode-font-family, system-ui, sans-serif); border: 1px solid var(--res-rule); padding: 0.5em 1em; margin-bottom: 1.5em; }
.problems li { color: var(--problem-colour); }
`;

/** The whole page. */
export function renderHtml(view: ResolutionView, options: HtmlOptions = {}): string {
  const policy = options.nonce ? `default-src 'none'; style-src 'nonce-${escapeMarkup(options.nonce)}'` : "default-src 'none'; style-src 'unsafe-inline'";
  const nonce = options.nonce ? ` nonce="${escapeMarkup(options.nonce)}"` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(view.symbol ?? 'Resolution')}</title>
<style${nonce}>${HTML_STYLE}</style>
</head>
<body>
${renderHtmlBody(view, options)}
</body>
</html>
`;
}

/** The document's markup alone, for a webview that builds its own page around it. */
export function renderHtmlBody(view: ResolutionView, options: HtmlOptions = {}): string {
  const problems = new ProblemMarks(view, options.diagnostics ?? []);
  const out: string[] = ['<article class="resolution">'];
  const unplaced = problems.unplaced();
  if (unplaced.length > 0) {
    out.push(`<ul class="problems">${unplaced.map((d) => `<li class="problem-${d.severity}">${escapeMarkup(problemText(d))}</li>`).join('')}</ul>`);
  }
  out.push(masthead(view.header, problems));
  if (view.title) {
    const number = view.title.number ? `<span class="title-number">${escapeMarkup(view.title.number)}.</span> ` : '';
    out.push(block('h1', 'title', view.title.range, `${number}${runsHtml(view.title.runs)}`, problems));
  }
  viewBodies(view).forEach((body, i) => {
    // Parts after the first number from 1 again: their paragraph ids, and the references inside them, carry the letter.
    const scope = i > 0 && body.label ? `part-${body.label}-` : '';
    if (body.label) out.push(block('p', 'part-label', body.labelRange, escapeMarkup(body.label), problems));
    if (body.title) out.push(`<h2 class="part-title">${escapeMarkup(body.title)}</h2>`);
    if (body.organ)
      out.push(block('p', 'organ-line', body.organ.range, `<i>${escapeMarkup(body.organ.words)}</i>${escapeMarkup(body.organ.punctuation)}`, problems));
    out.push(...body.preamble.map((p) => preambular(p, problems, scope)));
    out.push(...operativeHtml(body.operative, 0, problems, scope));
    if (body.closing) {
      const lines = [body.closing.meeting, body.closing.date].filter((l): l is string => Boolean(l)).map(escapeMarkup);
      out.push(block('p', 'closing', body.closing.range, lines.join('<br>'), problems));
    }
  });
  for (const annex of view.annexes) {
    out.push(`<section class="annex" data-line="${annex.range.start.line}">`);
    out.push(`<p class="annex-label">${escapeMarkup(annex.label)}</p>`);
    if (annex.title) out.push(`<h2 class="annex-title">${escapeMarkup(annex.title)}</h2>`);
    out.push(...annex.preamble.map((p) => preambular(p, problems)));
    out.push(...operativeHtml(annex.operative, 0, problems));
    out.push('</section>');
  }
  if (view.footnotes.length > 0) {
    out.push('<footer class="footnotes"><hr>');
    for (const note of view.footnotes) {
      out.push(
        block(
          'p',
          'footnote',
          note.range,
          `<sup class="note-label">${escapeMarkup(note.label)}</sup> ${runsHtml(note.runs)}`,
          problems,
          ` id="${noteId(note.label)}"`,
        ),
      );
    }
    out.push('</footer>');
  }
  out.push('</article>');
  return out.join('\n');
}

function masthead(lines: HeaderLine[], problems: ProblemMarks): string {
  const [symbol, ...rest] = lines[0]?.role === 'symbol' ? lines : [null, ...lines];
  const out = ['<header class="masthead">'];
  out.push(
    `<div class="masthead-top"><span class="publisher">United Nations</span>${symbol ? block('span', 'symbol', symbol.range, escapeMarkup(symbol.text), problems) : ''}</div>`,
  );
  for (const line of rest) {
    if (!line) continue;
    out.push(block('p', `line ${line.role}`, line.range, escapeMarkup(line.text), problems));
  }
  out.push('</header>');
  return out.join('\n');
}

function preambular(p: ViewPreambular, problems: ProblemMarks, scope = ''): string {
  return block('p', 'preambular', p.range, runsHtml(p.runs, scope), problems);
}

function operativeHtml(nodes: readonly ViewOperative[], depth: number, problems: ProblemMarks, scope = ''): string[] {
  return nodes.flatMap((node) => {
    const own =
      node.kind === 'heading'
        ? block('h2', 'heading', node.range, [node.displayLabel, runsHtml(node.runs, scope)].filter(Boolean).join(' '), problems)
        : block(
            'div',
            `operative depth-${Math.min(depth, MAX_DEPTH - 1)}`,
            node.range,
            `${node.displayLabel ? `<span class="label">${escapeMarkup(node.displayLabel)}</span>` : ''}${runsHtml(node.runs, scope)}`,
            problems,
            node.path ? ` id="${scope}${paragraphId(node.path)}"` : '',
          );
    // Headings group paragraphs without indenting them.
    return [own, ...operativeHtml(node.children, node.kind === 'heading' ? depth : depth + 1, problems, scope)];
  });
}

function block(tag: string, className: string, range: Range | null, inner: string, problems: ProblemMarks, attributes = ''): string {
  const marks = range ? problems.at(range) : [];
  const worst = marks.length > 0 ? ` problem problem-${worstSeverity(marks)}` : '';
  const line = range ? ` data-line="${range.start.line}"` : '';
  const notes = marks.map((d) => `<span class="problem-note problem-${d.severity}" role="note">${escapeMarkup(problemText(d))}</span>`).join('');
  return `<${tag} class="${className}${worst}"${line}${attributes}>${inner}${notes}</${tag}>`;
}

/** `scope` prefixes the ids internal references link to within a part ("part-B-"). */
function runsHtml(runs: readonly Run[], scope = ''): string {
  return runs
    .map((run) => {
      switch (run.kind) {
        case 'text':
          return escapeMarkup(run.text);
        case 'phrase':
          return `<i class="phrase">${escapeMarkup(run.text)}</i>`;
        case 'citation': {
          const { citation } = run;
          const href =
            citation.kind === 'internal'
              ? citation.symbol === 'annex'
                ? '#annex'
                : `#${scope}${paragraphId(citation.symbol)}`
              : `https://undocs.org/${citation.symbol}`;
          return `<a class="citation" href="${escapeMarkup(href)}" data-symbol="${escapeMarkup(citation.symbol)}">${escapeMarkup(run.text)}</a>`;
        }
        case 'note':
          if (!run.footnote) return `<sup class="note missing" title="no footnote ${escapeMarkup(run.label)}">${escapeMarkup(run.label)}</sup>`;
          return `<sup class="note${run.inferred ? ' inferred' : ''}"${run.inferred ? ' title="no marker points to this footnote"' : ''}><a href="#${noteId(run.label)}">${escapeMarkup(run.label)}</a></sup>`;
      }
    })
    .join('');
}

function paragraphId(path: string): string {
  return `para-${path
    .replace(/[()]/g, '')
    .trim()
    .replace(/[\s.]+/g, '-')}`;
}

function noteId(label: string): string {
  return `note-${label.replace(/[^\w-]/g, '')}`;
}

function problemText(d: Diagnostic): string {
  return `${d.message} (${d.code})`;
}

const SEVERITY_ORDER: Diagnostic['severity'][] = ['error', 'warning', 'information', 'hint'];

function worstSeverity(diagnostics: readonly Diagnostic[]): Diagnostic['severity'] {
  return SEVERITY_ORDER.find((s) => diagnostics.some((d) => d.severity === s)) ?? 'hint';
}

/** Each diagnostic goes to the innermost block that holds its start, else to the list at the top. */
class ProblemMarks {
  private readonly byBlock = new Map<Range, Diagnostic[]>();
  private readonly left: Diagnostic[] = [];

  constructor(view: ResolutionView, diagnostics: readonly Diagnostic[]) {
    const ranges = blockRanges(view);
    for (const d of diagnostics) {
      const holders = ranges.filter((r) => contains(r, d.range.start));
      // The last holder in document order is the innermost (a sub-item comes after its parent).
      const holder = holders[holders.length - 1];
      if (holder) this.byBlock.set(holder, [...(this.byBlock.get(holder) ?? []), d]);
      else this.left.push(d);
    }
  }

  at(range: Range): Diagnostic[] {
    return this.byBlock.get(range) ?? [];
  }

  unplaced(): Diagnostic[] {
    return this.left;
  }
}

function blockRanges(view: ResolutionView): Range[] {
  const operative = (nodes: readonly ViewOperative[]): Range[] => nodes.flatMap((n) => [n.range, ...operative(n.children)]);
  return [
    ...view.header.flatMap((h) => (h.range ? [h.range] : [])),
    ...(view.title ? [view.title.range] : []),
    ...viewBodies(view).flatMap((body) => [
      ...(body.labelRange ? [body.labelRange] : []),
      ...(body.organ ? [body.organ.range] : []),
      ...body.preamble.map((p) => p.range),
      ...operative(body.operative),
      ...(body.closing ? [body.closing.range] : []),
    ]),
    ...view.annexes.flatMap((a) => [...a.preamble.map((p) => p.range), ...operative(a.operative)]),
    ...view.footnotes.map((f) => f.range),
  ];
}

function contains(range: Range, position: Range['start']): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
