// Incremental = full: after any sequence of edits, what the server holds for an open
// document (DocumentStore's cached model, the workspace index entry) is exactly what a
// fresh parse of the edited text gives — also after the features have read the cached
// model, and when some versions were never asked for.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../src/core/parser';
import { renderClean } from '../src/core/render-clean';
import { checkDocument } from '../src/core/check';
import { fingerprint, summarize, WorkspaceIndex } from '../src/core/workspace-index';
import { DocumentStore } from '../src/lsp/document-store';
import { DEFAULT_SETTINGS, analysisLimits } from '../src/lsp/settings';
import { documentSymbols } from '../src/lsp/document-symbols';
import { foldingRanges } from '../src/lsp/folding-ranges';
import { fullParse, reparse } from '../src/core/incremental-parse';
import { recheck } from '../src/core/incremental-check';
import { readFixture, SEEDS } from './helpers';
import { randomEdit, seededRandom } from './realistic-edits';
import { ALL_TEXT_SHAPES, CORPUS } from './corpus-helpers';

describe('open documents under long sequences of realistic edits', function () {
  this.timeout(60_000);
  for (const name of SEEDS) {
    it(`${name}: the cached model and the index entry equal a fresh parse after every edit`, () => {
      const uri = `file:///workspace/${name}`;
      let edits = 0;
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 50 }), (seeds) => {
          const index = new WorkspaceIndex();
          const store = new DocumentStore(
            () => analysisLimits(DEFAULT_SETTINGS),
            index,
            (_, reason) => assert.fail(`a seed ${reason}`),
          );
          const document = TextDocument.create(uri, 'un-resolution', 1, readFixture(name));
          for (const seed of seeds) {
            const random = seededRandom(seed);
            TextDocument.update(document, [randomEdit(document, random).change], document.version + 1);
            edits++;
            // Like the server, the store is not asked about every version.
            if (random() < 0.3) continue;
            const cached = store.get(document).doc;
            checkDocument(cached);
            documentSymbols(cached);
            foldingRanges(cached);
            const text = document.getText();
            const fresh = parse(text);
            assert.deepEqual(store.get(document).doc, fresh);
            assert.deepEqual(index.get(uri), summarize(uri, fresh, fingerprint(text)));
          }
        }),
        { numRuns: 2 },
      );
      assert.ok(edits >= 60);
    });
  }
});

// The fast path (core/incremental-parse.ts, core/incremental-check.ts): thousands of small
// edits where the fast path is meant to apply and where it must refuse — at line ends and
// starts, digits, superscripts, punctuation, hyphens, quotes, stars, spaces and line breaks —
// each followed by the model and the findings of a fresh parse. Half the edits are taken back
// next, as when one types a letter and deletes it.
/** What a writer types into a sentence: the fast path's own ground. */
const PLAIN = ['x', 'e', 'and', ' further', 's'];
/** What may change the text's structure, its markers or its shape: the fast path must tell these apart. */
const TRICKY = ['Z', ' ', '  ', '7', '12', '¹', '²³', '.', ',', ';', ':', '-', '—', '”', '(', ')', '*', '\n', '\n\n', '(b) ', '1. ', 'Recalling '];

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) offsets.push(at + 1);
  return offsets;
}

/**
 * One random edit of `text`: typing at a line's end, start or middle — anywhere, or between a line's opening words and
 * its last words, where the fast path takes a line of clean text — deleting a character or a line break, replacing a word.
 */
function smallEdit(text: string, random: () => number): { at: number; removed: number; inserted: string; plain: boolean; middle: boolean } {
  const offsets = lineOffsets(text);
  const where = random();
  // A line with text on it, as one types into text (a few tries, then any line); a long one for the middle of a line.
  const wanted = where >= 0.6 && where < 0.8 ? 110 : 0;
  let line = Math.floor(random() * offsets.length);
  for (let tries = 0; tries < 12 && text.slice(offsets[line], offsets[line + 1] ?? text.length).trim().length <= wanted; tries++)
    line = Math.floor(random() * offsets.length);
  const start = offsets[line];
  const end = line + 1 < offsets.length ? offsets[line + 1] - 1 : text.length;
  const content = text.slice(start, end);
  const trimmedEnd = start + content.trimEnd().length;
  const middle = start + 60 + Math.floor(random() * Math.max(0, content.length - 110));
  const at =
    where < 0.4
      ? end
      : where < 0.5
        ? trimmedEnd
        : where < 0.6
          ? start + (content.length - content.trimStart().length)
          : where < 0.8 && content.length > 110
            ? middle
            : start + Math.floor(random() * (content.length + 1));
  const inMiddle = at === middle && where >= 0.6;
  const plain = random() < 0.45;
  const typed = plain ? PLAIN : TRICKY;
  const kind = random();
  if (kind < 0.6) return { at, removed: 0, inserted: typed[Math.floor(random() * typed.length)], plain, middle: inMiddle };
  if (kind < 0.85)
    return {
      at: Math.max(0, Math.min(at, text.length - 1)),
      removed: Math.min(1 + Math.floor(random() * 2), text.length - at),
      inserted: '',
      plain: false,
      middle: false,
    };
  const word = /\S+/.exec(text.slice(at))?.[0] ?? '';
  return { at, removed: word.length, inserted: typed[Math.floor(random() * typed.length)], plain: false, middle: false };
}

/** A corpus text as the clean shape renders it: a paragraph a line, as one types it. */
function cleanRendering(name: string): string {
  const text = readFileSync(join(CORPUS, name), 'utf8');
  return renderClean(text, parse(text));
}

function corpusSample(shape: string, count: number): string[] {
  const names = readdirSync(join(CORPUS, shape))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  // Spread over the corpus: every k-th text.
  const step = Math.max(1, Math.floor(names.length / count));
  return names
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((name) => join(shape, name));
}

describe('the incremental parse under thousands of small edits', function () {
  this.timeout(600_000);
  const texts: Array<{ name: string; text: string; edits: number }> = [
    ...SEEDS.map((name) => ({ name, text: readFixture(name), edits: 400 })),
    // Drafts: paragraphs told by their verb and place, not by a number; a title, notes and placeholders of a draft's own.
    ...['drafts/L45-unnumbered.txt', 'drafts/half-numbered.txt', 'drafts/restoration.md'].map((name) => ({ name, text: readFixture(name), edits: 300 })),
    ...ALL_TEXT_SHAPES.flatMap((shape) => corpusSample(shape, 3).map((name) => ({ name, text: readFileSync(join(CORPUS, name), 'utf8'), edits: 140 }))),
    // Clean text: the markdown seeds above, and corpus texts of each shape rendered clean.
    ...ALL_TEXT_SHAPES.flatMap((shape) => corpusSample(shape, 1).map((name) => ({ name: `${name} rendered clean`, text: cleanRendering(name), edits: 300 }))),
  ];
  let fast = 0;
  let total = 0;
  let plainFast = 0;
  let plainTotal = 0;
  let cleanFast = 0;
  let cleanTotal = 0;
  let cleanFastAll = 0;
  for (const { name, text, edits } of texts) {
    it(`${name}: each version equals a fresh parse, and its findings a fresh check`, () => {
      const random = seededRandom(text.length);
      let version = fullParse(text);
      let result = checkDocument(version.doc);
      let undo: { at: number; removed: number; inserted: string } | null = null;
      for (let i = 0; i < edits; i++) {
        const edit: { at: number; removed: number; inserted: string; plain?: boolean; middle?: boolean } = undo ?? smallEdit(version.text, random);
        const before = version.text;
        const next = before.slice(0, edit.at) + edit.inserted + before.slice(edit.at + edit.removed);
        undo = undo ? null : random() < 0.5 ? { at: edit.at, removed: edit.inserted.length, inserted: before.slice(edit.at, edit.at + edit.removed) } : null;
        const reparsed = reparse(version, next);
        total++;
        // A clean text has a paragraph a line: no line inside a paragraph, nothing for the fast path.
        const counted = edit.plain && version.facts.shape.wrapped;
        if (counted) plainTotal++;
        // In text that does not wrap, letters and words typed between a line's opening words and its end may take it.
        const clean = edit.plain && edit.middle && !version.facts.shape.wrapped;
        if (clean) cleanTotal++;
        if (reparsed.edit) {
          fast++;
          if (counted) plainFast++;
          if (clean) cleanFast++;
          if (!version.facts.shape.wrapped) cleanFastAll++;
          const fresh = parse(next);
          assert.deepEqual(reparsed.doc, fresh, `${name}, edit ${i}: ${JSON.stringify(edit)}`);
          const rechecked = recheck(reparsed.doc, result, reparsed.edit) ?? checkDocument(reparsed.doc);
          assert.deepEqual(rechecked, checkDocument(fresh), `${name}, edit ${i}: findings`);
          result = rechecked;
        } else {
          result = checkDocument(reparsed.doc);
        }
        version = reparsed;
      }
    });
  }
  it('takes the fast path for a good share of the edits', function () {
    // The shares are counted by the tests above: run alone (--grep), there is nothing to judge.
    if (total === 0) this.skip();
    // Edits land on any line (headers, footnotes, a paragraph's first or last line), and most are tricky or take a
    // line apart; of the letters and words typed into wrapped texts, about one in ten take the fast path today.
    // A share far below means it stopped running.
    assert.ok(total > 3000, `${total} edits`);
    assert.ok(plainFast / plainTotal > 0.05, `fast path for ${plainFast} of ${plainTotal} letters and words typed (${fast} of ${total} edits)`);
    assert.ok(fast > 100, `fast path for ${fast} of ${total} edits`);
    // Clean text (markdown seeds, corpus texts rendered clean): a paragraph's first line is its last, so these took the
    // fast path on a paragraph's first and last lines. Digits, markers and citations nearby keep some off it.
    assert.ok(cleanTotal > 40 && cleanFast / cleanTotal > 0.2, `fast path for ${cleanFast} of ${cleanTotal} letters and words typed mid-line into clean text`);
    assert.ok(cleanFastAll > 40, `fast path for ${cleanFastAll} edits of clean text`);
    console.log(
      `      fast path: ${plainFast} of ${plainTotal} letters and words typed into wrapped text, ${cleanFast} of ${cleanTotal} mid-line into clean text (${cleanFastAll} edits of clean text in all), ${fast} of ${total} edits`,
    );
  });
});

describe('an open document typed into at line ends and taken back', function () {
  this.timeout(300_000);
  for (const name of ['pymupdf/A_80_L.27.txt', 'pdftotext/A_RES_78_149.txt', SEEDS[1]]) {
    it(`${name}: the store's model, findings and index entry equal a fresh parse's`, () => {
      const text = name.includes('/') ? readFileSync(join(CORPUS, name), 'utf8') : readFixture(name);
      const uri = `file:///workspace/${name.replace(/\//g, '_')}`;
      const index = new WorkspaceIndex();
      const store = new DocumentStore(
        () => analysisLimits(DEFAULT_SETTINGS),
        index,
        (_, reason) => assert.fail(`${name} ${reason}`),
      );
      const severity = DEFAULT_SETTINGS.diagnostics.severity;
      const document = TextDocument.create(uri, 'un-resolution', 1, text);
      store.check(store.get(document), severity);
      const lines = text.split('\n');
      const random = seededRandom(lines.length);
      // Versions read by the fast path keep the last index entry, with a fingerprint made when first asked for.
      let keptEntries = 0;
      for (let i = 0; i < 60; i++) {
        const line = Math.floor(random() * lines.length);
        const at = { line, character: lines[line].length };
        for (const typed of [true, false]) {
          const range = typed ? { start: at, end: at } : { start: at, end: { line, character: at.character + 1 } };
          TextDocument.update(document, [{ range, text: typed ? 'x' : '' }], document.version + 1);
          const parsed = store.get(document);
          const fresh = parse(document.getText());
          assert.deepEqual(parsed.doc, fresh);
          assert.deepEqual(store.check(parsed, severity), checkDocument(fresh, { severities: severity, text: document.getText() }));
          if (typed && Object.getOwnPropertyDescriptor(index.get(uri), 'fingerprint')?.get) keptEntries++;
          assert.deepEqual(index.get(uri), summarize(uri, fresh, fingerprint(document.getText())));
        }
      }
      assert.equal(document.getText(), text);
      assert.ok(keptEntries > 0, `no typed letter took the fast path in ${name}`);
    });
  }
});
