// Version comparison: the word diff, the paragraph alignment, and what it finds between
// real versions of real resolutions.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from '../src/core/parser';
import {
  compareDocuments,
  diffWords,
  renderComparisonMarkdown,
  renderComparisonText,
  type Comparison,
  type ParagraphChange,
  type WordRun,
} from '../src/core/compare';
import { editScript } from '../src/core/compare/edit-script';
import { longestIncreasing } from '../src/core/compare/longest-increasing';
import { FIXTURES, SEEDS, parseFixture } from './helpers';

const CORPUS = join(FIXTURES, 'corpus');
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function corpus(shape: string, stem: string) {
  return parse(readFileSync(join(CORPUS, shape, `${stem}.txt`), 'utf8'));
}

/** `[-old-]{+new+}` for each changed stretch, without the unchanged text: compact to assert on. */
function edits(runs: WordRun[] | null): string {
  return (runs ?? [])
    .map((r) => (r.op === 'delete' ? `[-${r.text.trim()}-]` : r.op === 'insert' ? `{+${r.text.trim()}+}` : ' '))
    .join('')
    .trim();
}

function allParagraphs(c: Comparison): ParagraphChange[] {
  return [c.preamble, c.operative, ...c.annexes.flatMap((a) => [a.preamble, a.operative])].flat();
}

function statuses(changes: ParagraphChange[]): Record<string, number> {
  const count: Record<string, number> = {};
  for (const c of changes) count[c.status] = (count[c.status] ?? 0) + 1;
  return count;
}

/** Minimal edit distance (insertions + deletions) by dynamic programming, to check Myers against. */
function lcsDistance(a: string[], b: string[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1] : 1 + Math.min(row[j], next[j - 1]);
    row = next;
  }
  return row[b.length];
}

describe('version comparison', () => {
  describe('edit script (Myers)', () => {
    it('is a shortest script that turns a into b', () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
          fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
          (a, b) => {
            const script = editScript(a, b);
            const rebuilt = script.flatMap((e) => (e.op === 'delete' ? [] : b.slice(e.bStart, e.bEnd)));
            const kept = script.flatMap((e) => (e.op === 'insert' ? [] : a.slice(e.aStart, e.aEnd)));
            assert.deepEqual(rebuilt, b);
            assert.deepEqual(kept, a);
            for (const e of script.filter((x) => x.op === 'equal')) assert.deepEqual(a.slice(e.aStart, e.aEnd), b.slice(e.bStart, e.bEnd));
            const cost = script.reduce((sum, e) => sum + (e.op === 'equal' ? 0 : e.aEnd - e.aStart + e.bEnd - e.bStart), 0);
            assert.equal(cost, lcsDistance(a, b));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('puts the deletions of a changed stretch before its insertions', () => {
      assert.deepEqual(
        editScript(['x', 'a', 'b', 'y'], ['x', 'c', 'd', 'y']).map((e) => e.op),
        ['equal', 'delete', 'insert', 'equal'],
      );
    });
  });

  it('longestIncreasing finds the paragraphs that kept their order', () => {
    assert.deepEqual([...longestIncreasing([0, 1, 5, 2, 3, 4])].sort(), [0, 1, 3, 4, 5]);
    assert.deepEqual([...longestIncreasing([])], []);
  });

  describe('word diff', () => {
    it('marks changed words and a changed punctuation mark on its own', () => {
      const runs = diffWords(
        'Decides to include in the agenda of its seventy-fourth session;',
        'Also decides to include in the agenda of its seventy-sixth session.',
      );
      assert.equal(edits(runs), '[-Decides-]{+Also decides+} [-fourth-]{+sixth+} [-;-]{+.+}');
    });

    it('reads spacing, non-breaking hyphens and curly quotes as no change', () => {
      assert.deepEqual(diffWords('the Decade 2024– 2034 and non-governmental “partners”', 'the Decade 2024–2034 and non\u2011governmental "partners"'), [
        { op: 'equal', text: 'the Decade 2024–2034 and non\u2011governmental "partners"' },
      ]);
    });

    it('gives back both texts, up to spacing: equal and inserted runs the newer, equal and deleted runs the older', () => {
      const word = fc.constantFrom('States', 'shall', 'may', 'report', 'annually', ',', ';', 'the', 'Council');
      fc.assert(
        fc.property(fc.array(word, { minLength: 1, maxLength: 25 }), fc.array(word, { minLength: 1, maxLength: 25 }), (a, b) => {
          const [before, after] = [a.join(' '), b.join(' ')];
          const runs = diffWords(before, after);
          const words = (text: string) => text.split(/\s+/).filter(Boolean);
          assert.deepEqual(
            words(
              runs
                .filter((r) => r.op !== 'delete')
                .map((r) => r.text)
                .join(''),
            ),
            words(after),
          );
          assert.deepEqual(
            words(
              runs
                .filter((r) => r.op !== 'insert')
                .map((r) => r.text)
                .join(''),
            ),
            words(before),
          );
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('a text against itself', () => {
    for (const seed of SEEDS) {
      it(`${seed}: identical`, () => {
        const c = compareDocuments(parseFixture(seed), parseFixture(seed));
        assert.equal(c.identical, true);
        assert.equal(c.counts.unchanged, allParagraphs(c).length);
      });
    }

    // The same PDF through three extractors. These documents read the same in every
    // shape; where others do not, the parser reads the shapes differently (see the README).
    for (const stem of [
      'A_C.1_80_L.28',
      'A_C.1_80_L.49',
      'A_C.2_80_L.2',
      'A_C.2_80_L.62',
      'A_C.3_80_L.62',
      'A_C.4_80_L.11',
      'A_C.4_80_L.13',
      'A_C.5_80_L.17',
      'A_RES_78_192',
      'A_RES_78_250',
      'A_RES_79_118',
      'A_RES_79_305',
      'A_RES_80_146',
      'A_RES_80_230',
    ]) {
      it(`${stem}: pymupdf, pdftotext and pdftotext -layout extractions compare as identical`, () => {
        const [pymupdf, pdftotext, layout] = ['pymupdf', 'pdftotext', 'pdftotext-layout'].map((shape) => corpus(shape, stem));
        assert.ok(pymupdf.operative.length > 0);
        for (const [a, b] of [
          [pymupdf, pdftotext],
          [pymupdf, layout],
          [pdftotext, layout],
        ]) {
          const c = compareDocuments(a, b);
          assert.equal(c.identical, true, renderComparisonText(c, { before: 'a', after: 'b' }));
        }
      });
    }
  });

  describe('A/RES/73/266 (2018) against the draft A/C.1/75/L.4 (2020) that carries it forward', () => {
    const c = compareDocuments(parseFixture('A_RES_73_266.adopted.txt'), parseFixture('A_C.1_75_L.4.pdf-extracted.txt'));

    it('reports the header changes', () => {
      assert.deepEqual(
        c.header.changes.map((h) => [h.field, h.before, h.after]),
        [
          ['symbol', 'A/RES/73/266', 'A/C.1/75/L.4'],
          ['kind', 'resolution', 'draft resolution'],
          ['date', '2 January 2019', '5 October 2020'],
          ['number', '73/266', null],
        ],
      );
      assert.equal(c.header.sponsors, null, 'an adopted resolution lists no sponsors, so none are compared');
    });

    it('finds the operative paragraphs replaced and the last one reworded and renumbered', () => {
      assert.deepEqual(statuses(c.operative), { unchanged: 6, removed: 3, added: 4, changed: 1 });
      assert.deepEqual(
        c.operative.filter((x) => x.status !== 'unchanged').map((x) => [x.status, x.before?.label ?? null, x.after?.label ?? null]),
        [
          ['removed', '3', null],
          ['removed', '4', null],
          ['removed', '5', null],
          ['added', null, '3'],
          ['added', null, '4'],
          ['added', null, '5'],
          ['added', null, '6'],
          ['changed', '6', '7'],
        ],
      );
      const last = c.operative[c.operative.length - 1];
      assert.equal(last.renumbered, true);
      assert.equal(edits(last.words), '[-Decides-]{+Also decides+} [-fourth-]{+sixth+}');
      assert.match(
        c.operative.find((x) => x.status === 'added')!.after!.text,
        /^Welcomes the productive and ongoing work of the Group of Governmental Experts/,
      );
      assert.deepEqual(last.after!.range.start, { line: 360, character: 1 });
      assert.deepEqual(last.before!.range.start, { line: 71, character: 2 });
    });

    it('finds the recalled resolutions added to the first preambular paragraph and one new paragraph', () => {
      assert.deepEqual(statuses(c.preamble), { unchanged: 12, changed: 3, added: 1 });
      assert.equal(
        edits(c.preamble[0].words),
        '[-and-]{+,+} {+, 73/27 of 5 December 2018, 73/266 of 22 December 2018, 74/28 of 12 December 2019 and 74/29 of 12 December 2019+}',
      );
      assert.match(
        c.preamble.find((x) => x.status === 'added')!.after!.text,
        /^Noting the productive, useful and ongoing discussions within the Open-Ended Working Group/,
      );
      // The other two "changes" are words the PDF extraction split ("fo r", "infr astructure").
      const split = c.preamble.filter((x) => x.status === 'changed').slice(1);
      assert.deepEqual(
        split.map((x) => edits(x.words)),
        ['[-for-]{+fo r+}', '[-infrastructure-]{+infr astructure+}'],
      );
    });
  });

  describe('an invented revision of A/C.1/76/L.13 (test-fixtures/versions)', () => {
    const c = compareDocuments(parseFixture('A_C.1_76_L.13.draft.txt'), parseFixture('versions/A_C.1_76_L.13_Rev.1.invented.txt'));

    it('reports the revision and the sponsors who joined and left', () => {
      assert.deepEqual(
        c.header.changes.map((h) => [h.field, h.before, h.after]),
        [['kind', 'draft resolution', 'revised draft resolution']],
      );
      assert.deepEqual(
        c.header.sponsors!.added.map((s) => s.value),
        ['Kenya', 'Mexico'],
      );
      assert.deepEqual(
        c.header.sponsors!.removed.map((s) => s.value),
        ['Eritrea'],
      );
      assert.equal(c.header.sponsors!.unchanged, 54);
    });

    it('reports the inserted paragraph, the renumbering it caused, the swap and the reworded sub-item', () => {
      const reported = c.operative.filter((x) => x.status !== 'unchanged' || x.renumbered);
      assert.deepEqual(
        reported.map((x) => [x.status, x.before?.label ?? null, x.after?.label ?? null, edits(x.words)]),
        [
          ['added', null, '3', ''],
          ['unchanged', '3', '4', ''],
          ['moved', '4', '6', ''],
          ['unchanged', '6', '7', ''],
          ['unchanged', '6 (a)', '7 (a)', ''],
          ['changed', '6 (b)', '7 (b)', '[-mentioned-]{+set out+}'],
          ['unchanged', '7', '8', ''],
        ],
      );
      assert.deepEqual(statuses(c.preamble), { unchanged: 11, changed: 1, removed: 1 });
      assert.equal(edits(c.preamble.find((x) => x.status === 'changed')!.words), '[-considerable-]{+remarkable+}');
      assert.deepEqual(c.counts, { unchanged: 18, changed: 2, moved: 1, added: 1, removed: 1, renumbered: 6 });
    });

    it('renders a plain report and Markdown with links to both versions', () => {
      const text = renderComparisonText(c, { before: 'L.13', after: 'L.13/Rev.1' });
      assert.match(text, /^ {2}kind: draft resolution → revised draft resolution$/m);
      assert.match(text, /^ {4}\+ Kenya$/m);
      assert.match(text, /^ {2}renumbered OP 3 → OP 4 \(line 60 → 60\)$/m);
      assert.match(text, /^ {6}The content of the concepts \[-mentioned-\]\{\+set out\+\} in the report of the Open-ended Working Group …$/m);
      assert.match(text, /^Summary: 2 changed, 1 moved, 1 added, 1 removed, 6 renumbered, 18 unchanged\.$/m);
      const markdown = renderComparisonMarkdown(c, {
        before: 'L.13',
        after: 'L.13/Rev.1',
        link: (version, range) => `command:reveal?${version}:${range.start.line}`,
      });
      assert.match(
        markdown,
        /^- \*\*OP 6 \\\(b\\\) → OP 7 \\\(b\\\)\*\* changed \(before \[line 76\]\(command:reveal\?before:75\), after \[line 76\]\(command:reveal\?after:75\)\)$/m,
      );
      assert.match(markdown, /^ {2}> Noting that <del>considerable<\/del><ins>remarkable<\/ins> progress/m);
      assert.match(markdown, /^- \*\*sponsors removed\*\*: Eritrea$/m);
    });
  });

  describe('draft → adopted pairs of the corpus (pymupdf text)', () => {
    const pairs = [
      // Each annex (a declaration or programme, paragraphs running over pages) is adopted word for word.
      { draft: 'A_80_L.4', adopted: 'A_RES_80_3', number: '80/3', preamble: 1, operative: 2, annex: 'unchanged' },
      { draft: 'A_80_L.8', adopted: 'A_RES_80_9', number: '80/9', preamble: 0, operative: 1, annex: 'unchanged' },
      { draft: 'A_80_L.34', adopted: 'A_RES_80_117', number: '80/117', preamble: 0, operative: 1, annex: 'unchanged' },
    ];
    for (const pair of pairs) {
      it(`${pair.draft} → ${pair.adopted}: adopted without a change to the resolution's own paragraphs`, () => {
        const c = compareDocuments(corpus('pymupdf', pair.draft), corpus('pymupdf', pair.adopted));
        const symbol = (stem: string) => stem.replace(/_/g, '/');
        assert.deepEqual(
          c.header.changes.filter((h) => h.field === 'symbol' || h.field === 'number').map((h) => [h.field, h.before, h.after]),
          [
            ['symbol', symbol(pair.draft), symbol(pair.adopted)],
            ['number', null, pair.number],
          ],
        );
        assert.equal(c.preamble.length, pair.preamble);
        assert.ok(c.preamble.every((x) => x.status === 'unchanged'));
        assert.deepEqual(statuses(c.operative), { unchanged: pair.operative });
        assert.equal(c.annexes.length, 1);
        assert.equal(c.annexes[0].status, pair.annex);
      });
    }

    it('A/80/L.4 → A/RES/80/3: every paragraph of the adopted annex (the Awaza Political Declaration) is in the draft word for word', () => {
      const adopted = corpus('pymupdf', 'A_RES_80_3');
      const c = compareDocuments(corpus('pymupdf', 'A_80_L.4'), adopted);
      const annex = c.annexes[0].operative;
      assert.equal(annex.filter((x) => x.status === 'unchanged').length, annex.filter((x) => x.after).length);
      assert.ok(annex.length > 30);
      // The draft's note on sponsors ("* Any changes to the list of sponsors …") is a footnote, not an annex paragraph.
      assert.deepEqual(
        annex.filter((x) => x.status !== 'unchanged'),
        [],
        renderComparisonText(c, { before: 'L.4', after: '80/3' }),
      );
    });
  });

  it('compares a 220 KB resolution with a 167 KB one in well under a second', () => {
    const a = corpus('pdftotext', 'A_RES_79_144');
    const b = corpus('pdftotext', 'A_RES_79_233');
    const again = corpus('pymupdf', 'A_RES_79_144');
    let fastest = Infinity;
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      compareDocuments(a, b);
      compareDocuments(a, again);
      fastest = Math.min(fastest, performance.now() - start);
    }
    assert.ok(fastest < 1000, `two comparisons took ${fastest.toFixed(0)} ms`);
  });

  describe('resolution diff (dist/cli.js)', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'diff', ...args], { encoding: 'utf8', cwd: join(FIXTURES, '..') });
    before(function () {
      if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
    });

    it('exits 0 and says so for identical texts', () => {
      const result = run('test-fixtures/A_RES_73_266.adopted.txt', 'test-fixtures/A_RES_73_266.adopted.txt');
      assert.equal(result.status, 0);
      assert.equal(result.stdout, '--- test-fixtures/A_RES_73_266.adopted.txt\n+++ test-fixtures/A_RES_73_266.adopted.txt\nNo differences.\n');
    });

    it('exits 1 with the report, in text or JSON', () => {
      const args = ['test-fixtures/A_C.1_76_L.13.draft.txt', 'test-fixtures/versions/A_C.1_76_L.13_Rev.1.invented.txt'];
      const text = run(...args);
      assert.equal(text.status, 1);
      assert.match(text.stdout, /^Operative part: 1 changed, 1 moved, 1 added, 7 unchanged; 6 renumbered$/m);
      assert.match(text.stdout, /^ {2}moved {6}OP 4 → OP 6 \(line 68 → 70\)$/m);
      const json = run('--format', 'json', ...args);
      assert.equal(json.status, 1);
      const parsed = JSON.parse(json.stdout);
      assert.deepEqual(Object.keys(parsed), ['before', 'after', 'header', 'preamble', 'operative', 'annexes', 'counts', 'identical']);
      assert.equal(parsed.after, args[1]);
      const moved = parsed.operative.find((x: ParagraphChange) => x.status === 'moved');
      assert.deepEqual(Object.keys(moved), ['status', 'before', 'after', 'renumbered', 'similarity', 'words']);
      assert.deepEqual(Object.keys(moved.before), ['index', 'kind', 'label', 'text', 'range']);
      assert.equal(moved.after.label, '6');
    });

    it('exits 2 on bad usage or an unreadable file', () => {
      const one = run('test-fixtures/A_RES_73_266.adopted.txt');
      assert.equal(one.status, 2);
      assert.match(one.stderr, /diff takes exactly two files/);
      const missing = run('test-fixtures/A_RES_73_266.adopted.txt', 'test-fixtures/no-such-file.txt');
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /cannot compare test-fixtures\/no-such-file\.txt: no such file or directory\n/);
    });
  });
});
