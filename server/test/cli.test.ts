// The CLI as scripts use it: the bundled dist/cli.js (built by `npm test` before mocha).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, JSON_DOCUMENT_KEYS, SEEDS } from './helpers';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: join(FIXTURES, '..'), maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI (dist/cli.js)', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
  });

  it('outline prints the tree of every document in a folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'resolution-outline-'));
    for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(folder, name));
    writeFileSync(join(folder, 'notes.md'), '# Notes\n\nNot a resolution.\n');
    const { status, stdout } = run('outline', folder);
    assert.equal(status, 0);
    assert.equal((stdout.match(/^ {2}Header: /gm) ?? []).length, 5, 'the five seeds, not the notes');
    assert.match(stdout, /A_RES_73_266\.adopted\.txt\n {2}Header: A\/RES\/73\/266 · resolution · session 73 · First Committee · agenda item 96/);
    assert.match(stdout, / {3}54 {6}1\. Calls upon — Member States:\n {3}55 {8}\(a\) To be guided/);
    assert.match(stdout, /Header: A\/C\.1\/70\/L\.45 · draft resolution/, 'symbol from the file name when the text has none');
  });

  it('check prints file:line:col severity code message and exits 0 without errors', () => {
    const { status, stdout } = run('check', 'test-fixtures/A_C.1_76_L.13.draft.txt', 'test-fixtures/A_RES_73_266.adopted.txt');
    assert.equal(status, 0);
    assert.equal(
      stdout,
      'test-fixtures/A_C.1_76_L.13.draft.txt:70:5 warning structure.repeated-phrase "Underlines further" repeats an operative phrase, but no earlier paragraph opens with "Underlines".\n2 files checked: 0 errors, 1 warning\n',
    );
  });

  it('outline and check read a markdown draft: its `#` title, unnumbered paragraphs and closing placeholders', () => {
    const draft = 'test-fixtures/drafts/restoration.md';
    // The drafter's own forms, which the style rules offer to rewrite, then the numbers and placeholders.
    const findings = [
      `${draft}:9:30 information style.resolution-case "Resolution" inside a sentence: the UN writes "resolution".`,
      `${draft}:9:56 information style.date Write the date "25.10.1971" as "25 October 1971".`,
      `${draft}:9:95 information style.date Write the date "22.09.1992" as "22 September 1992".`,
      `${draft}:11:27 information style.resolution-case "Resolution" inside a sentence: the UN writes "resolution".`,
      `${draft}:13:2 warning numbering.missing Operative paragraph "Decides …" has no number; expected 1.`,
      `${draft}:15:2 warning numbering.missing Operative paragraph "Proclaims …" has no number; expected 2.`,
      `${draft}:17:2 warning numbering.missing Operative paragraph "Decides …" has no number; expected 3.`,
      `${draft}:19:1 information draft.placeholder Placeholder "...th" in the closing is to be filled in.`,
      `${draft}:20:1 information draft.placeholder Placeholder "..." in the closing is to be filled in.`,
    ];
    const outline = run('outline', draft);
    assert.deepEqual([outline.status, outline.stderr], [0, '']);
    assert.equal(
      outline.stdout,
      [
        draft,
        '  Header: no symbol · draft resolution · markdown text',
        '  Title: Restoration of the Aral Sea basin',
        '  Preamble (2)',
        '    9    Recalling — General Assembly Resolution 2758 (XXVI) of 25.10.1971 and i…',
        '   11    Noting — Security Council Resolution 777 (1992),',
        '  Operative (3)',
        '   13      ¶ Decides — to restore the ecosystems of the Aral Sea basin;',
        '   15      ¶ Proclaims — 2024 the International Year of the Aral Sea;',
        '   17      ¶ Decides — to include in the provisional agenda of its seventy-eighth …',
        '  Closing: ...th plenary meeting, ... October 2022',
        '  Footnotes (0)',
        '  Citations: 3 (3 documents)',
        '  Diagnostics (9)',
        ...findings.map((line) => `    ${line}`),
        '',
        '',
      ].join('\n'),
    );
    const check = run('check', draft);
    assert.deepEqual([check.status, check.stderr], [0, '']);
    assert.equal(check.stdout, [...findings, '1 file checked: 0 errors, 3 warnings', ''].join('\n'));
  });

  it('check exits 1 when a document has errors', () => {
    const { status, stdout } = run('check', 'test-fixtures/broken/gap.txt');
    assert.equal(status, 1);
    assert.match(stdout, /^test-fixtures\/broken\/gap\.txt:70:3 error numbering\.gap paragraph 5 follows 3: 4 is missing\.$/m);
  });

  it('json keeps the documented contract', () => {
    const { status, stdout } = run('json', 'test-fixtures/A_RES_73_266.adopted.txt');
    assert.equal(status, 0);
    const [doc] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(doc), JSON_DOCUMENT_KEYS);
    assert.equal(doc.symbol, 'A/RES/73/266');
    assert.equal(doc.shape, 'markdown');
    assert.deepEqual(doc.agendaItem, { numbers: ['96'], title: null });
    assert.deepEqual(Object.keys(doc.operative[0]), ['kind', 'label', 'phrase', 'text', 'range', 'children']);
    assert.equal(doc.operative[0].label, '1');
    assert.equal(doc.operative[0].children[1].label, '(b)');
    assert.deepEqual(doc.footnotes[2], { label: '3', text: 'A/70/174.', range: { start: { line: 62, character: 0 }, end: { line: 62, character: 11 } } });
    assert.deepEqual(doc.citations[1], {
      text: '53/70',
      symbol: 'A/RES/53/70',
      date: '4 December 1998',
      range: { start: { line: 19, character: 26 }, end: { line: 19, character: 31 } },
    });
    assert.deepEqual(doc.diagnostics, []);
  });

  it('says why it skips binary and oversized files, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolution-cli-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const binary = run('check', join(dir, 'binary.txt'));
    assert.equal(binary.status, 2);
    assert.match(binary.stderr, /skipped .*binary\.txt: binary file \(contains NUL bytes\)/);
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2 * 1048576));
    const big = run('check', '--max-size', '1', join(dir, 'big.txt'));
    assert.equal(big.status, 2);
    assert.match(big.stderr, /file is 2\.0 MB, above the 1 MB limit/);
  });

  it('clean prints the clean shape and never overwrites without --force', () => {
    const { status, stdout } = run('clean', 'test-fixtures/A_C.1_75_L.4.pdf-extracted.txt');
    assert.equal(status, 0);
    assert.match(
      stdout,
      /\n\n1\. Calls upon Member States:\n\n\(a\) To be guided in their use of information and communications technologies by the 2010, 2013 and 2015 reports/,
    );
    assert.match(stdout, /in the Context of International Security and the 2010,1 20132 and 20153 reports transmitted by the Secretary-General,\n/);
    const dir = mkdtempSync(join(tmpdir(), 'resolution-clean-'));
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'keep me');
    const refused = run('clean', '-o', target, 'test-fixtures/A_C.1_75_L.4.pdf-extracted.txt');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /exists; add --force/);
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    assert.equal(run('clean', '--force', '-o', target, 'test-fixtures/A_C.1_75_L.4.pdf-extracted.txt').status, 0);
    assert.equal(readFileSync(target, 'utf8'), stdout);
  });

  it('rejects unknown commands with usage and exit 2', () => {
    const { status, stderr } = run('frobnicate', 'x');
    assert.equal(status, 2);
    assert.match(stderr, /unknown command "frobnicate"/);
  });
});
