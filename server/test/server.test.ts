// The bundled language server over the real protocol: a workspace of the seeds and two
// stand-in documents, every feature asked as an editor would ask it.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CompletionItem,
  DocumentSymbol,
  Hover,
  Location,
  MarkupContent,
  WorkspaceSymbol,
  DocumentLink,
  FoldingRange,
} from 'vscode-languageserver-protocol';
import { HTML_STYLE } from '../src/export/html';
import { applyEdits, FIXTURES, positionOf, SEEDS } from './helpers';
import { startServer, type TestServer } from './lsp-client';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'un-resolution-ws-'));
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(dir, name));
  for (const name of readdirSync(join(FIXTURES, 'workspace'))) copyFileSync(join(FIXTURES, 'workspace', name), join(dir, name));
  return dir;
}

function hoverText(hover: Hover | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(30_000);
  let server: TestServer;
  let root: string;
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  const text = (name: string) => readFileSync(join(root, name), 'utf8');

  async function open(name: string) {
    const diagnostics = server.diagnostics(uri(name));
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(name), languageId: 'un-resolution', version: 1, text: text(name) },
    });
    return diagnostics;
  }

  before(async () => {
    root = workspace();
    server = startServer('stdio');
    const result = (await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
      capabilities: { window: { workDoneProgress: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    })) as { capabilities: Record<string, unknown> };
    assert.equal(result.capabilities.hoverProvider, true);
    await server.connection.sendNotification('initialized', {});
    const indexed = (await server.connection.sendRequest('unResolution/reindex')) as { documents: number };
    assert.equal(indexed.documents, 7, 'five seeds and two stand-ins are indexed; the README is not');
  });

  after(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes no diagnostics for A/RES/73/266 and the outline of its parts', async () => {
    const published = await open('A_RES_73_266.adopted.txt');
    assert.deepEqual(published.diagnostics, []);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Header', '73/266. Advancing responsible State behaviour in cybers…', 'Preamble', 'Operative part', 'Footnotes'],
    );
    const header = symbols[0];
    assert.deepEqual(
      header.children!.map((c) => c.name),
      ['A/RES/73/266', '2 January 2019', 'Seventy-third session', 'First Committee', 'Agenda item 96'],
    );
    const preamble = symbols[2];
    assert.equal(preamble.children!.length, 15);
    assert.equal(preamble.children![12].name, 'Confirming also');
    const operative = symbols[3];
    assert.deepEqual(
      operative.children!.map((c) => c.name),
      ['1. Calls upon', '2. Invites', '3. Requests', '4. Requests', '5. Requests', '6. Decides'],
    );
    assert.deepEqual(
      operative.children![0].children!.map((c) => c.name.slice(0, 12)),
      ['(a) To be gu', '(b) To suppo'],
    );
    assert.deepEqual(operative.children![0].selectionRange, { start: { line: 53, character: 2 }, end: { line: 53, character: 4 } });
    assert.equal(operative.children![0].kind, 6 /* Method */);
    assert.equal(symbols[4].children!.map((c) => c.detail).join(' '), 'A/65/201. A/68/98. A/70/174.');
  });

  it('answers the outline of every seed', async () => {
    const expected: Record<string, number> = {
      'A_C.1_70_L.45.draft.txt': 6,
      'A_C.1_73_L.27_Rev.1.pdf-extracted.txt': 7,
      'A_C.1_75_L.4.pdf-extracted.txt': 7,
      'A_C.1_76_L.13.draft.txt': 7,
      'A_RES_73_266.adopted.txt': 6,
    };
    for (const name of SEEDS) {
      await open(name);
      const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri(name) } })) as DocumentSymbol[];
      const operative = symbols.find((s) => s.name === 'Operative part')!;
      assert.equal(operative.children!.length, expected[name], name);
    }
  });

  it('goes from a cited resolution to the title of the file whose header carries its symbol', async () => {
    const name = 'A_C.1_75_L.4.pdf-extracted.txt';
    const at = positionOf(text(name), '73/266 of 22 December', 0, 2);
    const locations = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri(name) }, position: at })) as Location[];
    assert.deepEqual(locations, [{ uri: uri('A_RES_73_266.adopted.txt'), range: { start: { line: 15, character: 0 }, end: { line: 15, character: 100 } } }]);
  });

  it('goes from a draft symbol to the draft or the paragraph it names there, and from "paragraph 3 above" and a marker within the text', async () => {
    await open('amendment-L4.res.txt');
    const amendment = text('amendment-L4.res.txt');
    const toDraft = async (occurrence: number) =>
      (
        (await server.connection.sendRequest('textDocument/definition', {
          textDocument: { uri: uri('amendment-L4.res.txt') },
          position: positionOf(amendment, 'A/C.1/75/L.4', occurrence, 3),
        })) as Location[]
      ).map((l) => [l.uri, l.range.start.line]);
    assert.deepEqual(await toDraft(0), [[uri('A_C.1_75_L.4.pdf-extracted.txt'), 99]]);
    // "operative paragraph 7 of draft resolution A/C.1/75/L.4": the draft's file, read by the server, at paragraph 7.
    assert.deepEqual(await toDraft(1), [[uri('A_C.1_75_L.4.pdf-extracted.txt'), 360]]);

    const l45 = text('A_C.1_70_L.45.draft.txt');
    const toParagraph = (await server.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: uri('A_C.1_70_L.45.draft.txt') },
      position: positionOf(l45, 'paragraph 3 above', 0, 10),
    })) as Location[];
    assert.deepEqual(toParagraph, [{ uri: uri('A_C.1_70_L.45.draft.txt'), range: { start: { line: 73, character: 0 }, end: { line: 73, character: 2 } } }]);

    const res = text('A_RES_73_266.adopted.txt');
    const toFootnote = (await server.connection.sendRequest('textDocument/declaration', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
      position: positionOf(res, '2013²', 0, 4),
    })) as Location[];
    assert.deepEqual(
      toFootnote.map((l) => l.range.start.line),
      [60],
    );
  });

  it('hovers with the cited document from the workspace, or its link when absent', async () => {
    const l4 = text('A_C.1_75_L.4.pdf-extracted.txt');
    const known = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('A_C.1_75_L.4.pdf-extracted.txt') },
      position: positionOf(l4, '73/266 of 22 December', 0, 1),
    })) as Hover;
    assert.equal(
      hoverText(known),
      '**A/RES/73/266** — Advancing responsible State behaviour in cyberspace in the context of international security\n\nResolution · 22 December 2018 · First Committee\n\n[A/RES/73/266](https://undocs.org/A/RES/73/266)',
    );
    const unknown = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('A_C.1_75_L.4.pdf-extracted.txt') },
      position: positionOf(l4, '53/70', 0, 1),
    })) as Hover;
    assert.equal(hoverText(unknown), '**A/RES/53/70** of 4 December 1998\n\nNot in this workspace.\n\n[A/RES/53/70](https://undocs.org/A/RES/53/70)');
    const res = text('A_RES_73_266.adopted.txt');
    const marker = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
      position: positionOf(res, '2015³', 0, 4),
    })) as Hover;
    assert.equal(hoverText(marker), '**Footnote 3**\n\nA/70/174.');
    const label = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
      position: positionOf(res, '(b) The content', 0, 1),
    })) as Hover;
    assert.equal(hoverText(label), 'Paragraph **2 (b)**');
    const l45 = text('A_C.1_70_L.45.draft.txt');
    const paragraph = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('A_C.1_70_L.45.draft.txt') },
      position: positionOf(l45, 'paragraph 3 above', 0, 10),
    })) as Hover;
    assert.match(hoverText(paragraph), /^\*\*Paragraph 3\*\*\n\nConsiders that the purpose of such measures could be served/);
  });

  it('finds every citation of a document across the workspace', async () => {
    const res = text('A_RES_73_266.adopted.txt');
    const refs = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
      position: positionOf(res, 'A/RES/73/266', 0, 3),
      context: { includeDeclaration: true },
    })) as Location[];
    const files = refs.map((l) => l.uri.split('/').pop()).sort();
    assert.deepEqual(files, [
      'A_C.1_75_L.4.pdf-extracted.txt',
      'A_C.1_75_L.4.pdf-extracted.txt',
      'A_C.1_75_L.4.pdf-extracted.txt',
      'A_C.1_76_L.13.draft.txt',
      'A_RES_73_266.adopted.txt',
      'amendment-L4.res.txt',
    ]);
    const onTitleNumber = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
      position: positionOf(res, '73/266. Advancing', 0, 3),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(onTitleNumber, refs, "the title's number answers as the header symbol");
  });

  it('finds internal references to a paragraph', async () => {
    const l45 = text('A_C.1_70_L.45.draft.txt');
    const refs = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('A_C.1_70_L.45.draft.txt') },
      position: positionOf(l45, '3. *Considers*', 0, 0),
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(
      refs.map((l) => l.range.start.line),
      [81, 89],
    );
  });

  it('links cited documents to their official pages', async () => {
    const links = (await server.connection.sendRequest('textDocument/documentLink', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
    })) as DocumentLink[];
    assert.equal(links.length, 24);
    assert.equal(links.find((l) => l.target!.endsWith('/A/DEC/72/512'))?.target, 'https://undocs.org/A/DEC/72/512');
  });

  it('folds the header, the preamble, paragraphs with sub-items, footnotes and page furniture', async () => {
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri: uri('A_C.1_75_L.4.pdf-extracted.txt') },
    })) as FoldingRange[];
    const spans = ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? `:${r.kind}` : ''}`);
    assert.ok(spans.includes('48-101'), 'header');
    assert.ok(spans.includes('106-294'), 'preamble');
    assert.ok(spans.includes('296-314'), 'paragraph 1 with (a) and (b)');
    assert.ok(
      spans.some((s) => s.endsWith(':comment')),
      'furniture and footnotes fold as comments',
    );
  });

  it('lists documents and paragraphs as workspace symbols', async () => {
    const found = (await server.connection.sendRequest('workspace/symbol', { query: '73/266' })) as WorkspaceSymbol[];
    assert.equal(found[0].name, 'A/RES/73/266 — Advancing responsible State behaviour in cyberspace in the context of international security');
    assert.ok(found.some((s) => s.name === 'A/RES/73/266 1. Calls upon'));
    const drafts = (await server.connection.sendRequest('workspace/symbol', { query: 'L.45' })) as WorkspaceSymbol[];
    assert.equal(drafts[0].name.split(' — ')[0], 'A/C.1/70/L.45');
  });

  it('updates diagnostics when an edit breaks the numbering', async () => {
    const name = 'A_RES_73_266.adopted.txt';
    const at = positionOf(text(name), '- 4. Requests the Office', 0, 2);
    const updated = server.diagnostics(uri(name), (p) => p.diagnostics.length > 0);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(name), version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '5' }],
    });
    const published = await updated;
    assert.equal(published.version, 2);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.source, d.range.start.line, d.range.start.character]),
      [
        ['numbering.gap', 'un-resolution', 69, 2],
        ['numbering.duplicate', 'un-resolution', 70, 2],
      ],
    );
    assert.equal(published.diagnostics[1].relatedInformation?.[0].location.range.start.line, 69);
  });

  it('returns the model as JSON for the structure command', async () => {
    const json = (await server.connection.sendRequest('unResolution/structure', { uri: uri('A_C.1_76_L.13.draft.txt') })) as {
      symbol: string;
      operative: unknown[];
    };
    assert.equal(json.symbol, 'A/C.1/76/L.13');
    assert.equal(json.operative.length, 7);
  });

  it('keeps the index current from file events', async () => {
    const added = join(root, 'A_RES_53_70.res.txt');
    writeFileSync(
      added,
      'United Nations A/RES/53/70\n\nResolution adopted by the General Assembly on 4 December 1998\n\n53/70. Developments in the field of information and telecommunications in the context of international security\n\nThe General Assembly,\n\n1. Decides to include the item.\n',
    );
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 1 }] });
    const l4 = text('A_C.1_75_L.4.pdf-extracted.txt');
    const request = { textDocument: { uri: uri('A_C.1_75_L.4.pdf-extracted.txt') }, position: positionOf(l4, '53/70', 0, 1) };
    let locations: Location[] = [];
    for (let attempt = 0; attempt < 50 && locations.length === 0; attempt++) {
      locations = (await server.connection.sendRequest('textDocument/definition', request)) as Location[];
      if (locations.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(
      locations.map((l) => l.uri),
      [pathToFileURL(added).href],
    );
    rmSync(added);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 3 }] });
    const afterDelete = (await server.connection.sendRequest('workspace/symbol', { query: 'A/RES/53/70' })) as WorkspaceSymbol[];
    assert.deepEqual(
      afterDelete.filter((s) => s.name.startsWith('A/RES/53/70')),
      [],
    );
  });

  it('offers the renumbering quick fix and "Fix all" as workspace edits', async () => {
    const name = 'A_RES_73_266.adopted.txt';
    const published = await server.diagnostics(uri(name), (p) => p.diagnostics.some((d) => d.code === 'numbering.gap'));
    const gap = published.diagnostics.find((d) => d.code === 'numbering.gap')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(name) },
      range: gap.range,
      context: { diagnostics: [gap] },
    })) as CodeAction[];
    const renumber = actions.find((a) => a.title === 'Renumber the paragraphs and the references to them')!;
    assert.equal(renumber.kind, 'quickfix');
    assert.equal(renumber.isPreferred, true);
    assert.deepEqual(
      renumber.diagnostics?.map((d) => d.code),
      ['numbering.gap'],
    );
    const edited = text(name).replace('- 4. Requests the Office', '- 5. Requests the Office');
    assert.equal(applyEdits(edited, renumber.edit!.changes![uri(name)]), text(name));
    const fixAll = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(name) },
      range: gap.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      fixAll.map((a) => a.kind),
      ['source.fixAll.unResolution'],
    );
    assert.equal(applyEdits(edited, fixAll[0].edit!.changes![uri(name)]), text(name));
  });

  it('completes phrases, labels and cited symbols', async () => {
    const draft = 'untitled:draft';
    const body =
      'The General Assembly,\n\nRecalling its resolution 71/28,\n\nRe\n\n1. Decides to act:\n\n(a) To act now;\n\n\n\n2. Dec\n\n3. Recalls resolution 7';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draft, languageId: 'un-resolution', version: 1, text: body } });
    const complete = async (line: number, character: number) =>
      (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: draft }, position: { line, character } })) as CompletionItem[];
    const preamble = await complete(4, 2);
    assert.deepEqual(
      preamble.slice(0, 3).map((i) => i.label),
      ['Recalling also', 'Recalling further', 'Recalling'],
    );
    const operative = await complete(12, 6);
    assert.deepEqual(
      operative.slice(0, 1).map((i) => i.label),
      ['Decides'],
    );
    const afterDecides = await complete(10, 0);
    assert.deepEqual(
      afterDecides.map((i) => i.label),
      ['(b)', '2.'],
    );
    const symbols = await complete(14, 23);
    assert.deepEqual(symbols.map((i) => i.label).sort(), ['71/28', '73/266']);
    assert.equal(
      symbols.find((i) => i.label === '73/266')?.detail,
      '73/266 — Advancing responsible State behaviour in cyberspace in the context of international security',
    );
  });

  it('formats PDF text into the clean shape and returns it for the clean-up command', async () => {
    const name = 'A_C.1_73_L.27_Rev.1.pdf-extracted.txt';
    const edits = (await server.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: uri(name) },
      options: { tabSize: 2, insertSpaces: true },
    })) as Array<{ range: unknown; newText: string }>;
    assert.equal(edits.length, 1);
    const clean = (await server.connection.sendRequest('unResolution/clean', { uri: uri(name) })) as string;
    assert.equal(edits[0].newText, clean);
    assert.ok(
      clean.includes(
        '\n\n1.1. Consistent with the purposes of the United Nations, including to maintain international peace and security, States should cooperate',
      ),
    );
    const formattedAgain = (await server.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: uri('A_RES_73_266.adopted.txt') },
      options: { tabSize: 2, insertSpaces: true },
    })) as unknown[];
    assert.equal(formattedAgain.length, 1, 'the markdown seed loses its markup');
  });

  it('renders the preview markup and exports for the editor commands', async () => {
    const name = 'A_C.1_76_L.13.draft.txt';
    const preview = (await server.connection.sendRequest('unResolution/preview', { uri: uri(name) })) as { body: string; style: string; version: number };
    assert.match(preview.body, /data-line="\d+"/);
    assert.match(preview.body, /<span class="label">1\.<\/span><i class="phrase">Recognizes<\/i> the adoption/);
    assert.equal(preview.style, HTML_STYLE);
    const akn = (await server.connection.sendRequest('unResolution/export', { uri: uri(name), format: 'akn' })) as { data: string; encoding: string };
    assert.equal(akn.encoding, 'utf8');
    assert.match(akn.data, /<akomaNtoso/);
    const docx = (await server.connection.sendRequest('unResolution/export', { uri: uri(name), format: 'docx' })) as { data: string; encoding: string };
    assert.equal(docx.encoding, 'base64');
    assert.equal(Buffer.from(docx.data, 'base64').subarray(0, 2).toString(), 'PK');
    await assert.rejects(server.connection.sendRequest('unResolution/export', { uri: uri(name), format: 'rtf' }), /unknown export format "rtf"/);
  });

  it('compares the open document with another version read from disk', async () => {
    const result = (await server.connection.sendRequest('unResolution/compare', {
      uri: uri('A_C.1_75_L.4.pdf-extracted.txt'),
      otherUri: uri('A_RES_73_266.adopted.txt'),
    })) as { markdown: string; identical: boolean };
    assert.equal(result.identical, false);
    assert.match(
      result.markdown,
      /^# A\\_RES\\_73\\_266\.adopted\.txt → A\\_C\.1\\_75\\_L\.4\.pdf-extracted\.txt\n\n## Header\n\n- \*\*symbol\*\*: A\/RES\/73\/266 → A\/C\.1\/75\/L\.4\n/,
    );
    assert.match(result.markdown, new RegExp(`\\(${uri('A_C.1_75_L.4.pdf-extracted.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L\\d+\\)`));
    const same = (await server.connection.sendRequest('unResolution/compare', {
      uri: uri('A_RES_73_266.adopted.txt'),
      otherUri: uri('A_RES_73_266.adopted.txt'),
    })) as { identical: boolean };
    assert.equal(same.identical, true);
    await assert.rejects(
      server.connection.sendRequest('unResolution/compare', { uri: uri('A_RES_73_266.adopted.txt'), otherUri: pathToFileURL(join(root, 'missing.txt')).href }),
      /ENOENT|neither open/,
    );
  });

  it('opens a resolution PDF as text, and says why it cannot open anything else', async () => {
    const pdf = pathToFileURL(join(FIXTURES, 'corpus', 'pdf', 'A_RES_80_230.pdf')).href;
    const opened = (await server.connection.sendRequest('unResolution/importPdf', { uri: pdf })) as { ok: boolean; text: string; pages: number };
    assert.equal(opened.ok, true);
    assert.equal(opened.pages, 1);
    assert.match(opened.text, /\n\n1\. Takes note of the report of the Secretary-General;\n/);
    assert.match(opened.text, /80\/230\. Financial arrangements and procedures for the implementation of resolution 2719 \(2023\)/);
    const notPdf = (await server.connection.sendRequest('unResolution/importPdf', { uri: uri('A_RES_73_266.adopted.txt') })) as { ok: boolean; reason: string };
    assert.deepEqual(notPdf, { ok: false, reason: 'not a PDF file (no %PDF- header)' });
  });

  it('honours settings: a rule turned off, a severity changed, links turned off', async () => {
    const name = 'A_RES_73_266.adopted.txt';
    const changed = server.diagnostics(uri(name), (p) => p.diagnostics.length === 1);
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { unResolution: { links: { base: '' }, diagnostics: { severity: { 'numbering.gap': 'off', 'numbering.duplicate': 'information' } } } },
    });
    const published = await changed;
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity]),
      [['numbering.duplicate', 3]],
    );
    const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uri(name) } })) as DocumentLink[];
    assert.deepEqual(links, []);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unResolution: {} } });
  });

  it('answers gracefully at positions outside the document', async () => {
    const far = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(SEEDS[0]) },
      position: { line: 99999, character: 99999 },
    });
    assert.equal(far, null);
    const unknown = await server.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: 'file:///not/open.txt' },
      position: { line: 0, character: 0 },
    });
    assert.equal(unknown, null);
    assert.equal(server.process.exitCode, null);
  });
});

describe('language server over node IPC', function () {
  this.timeout(20_000);
  it('initializes and answers a document symbol request', async () => {
    const server = startServer('ipc');
    try {
      await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await server.connection.sendNotification('initialized', {});
      const docUri = 'untitled:Untitled-1';
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: docUri, languageId: 'un-resolution', version: 1, text: readFileSync(join(FIXTURES, 'A_C.1_76_L.13.draft.txt'), 'utf8') },
      });
      const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: docUri } })) as DocumentSymbol[];
      assert.equal(symbols.find((s) => s.name === 'Preamble')?.children?.length, 13);
    } finally {
      await server.stop();
    }
  });
});
