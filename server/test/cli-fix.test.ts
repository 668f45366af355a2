// `resolution fix` as scripts use it (dist/cli.js): on draft A/C.1/70/L.45, whose two
// references read "paragraph 3 above", with a paragraph inserted above paragraph 3 and
// numbered 3 too, or with paragraph 3 deleted; printed as a diff, written in place, as JSON.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, readFixture } from './helpers';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEED = 'A_C.1_70_L.45.draft.txt';

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seed = readFixture(SEED);
const seedLines = seed.split('\n');
/** A paragraph typed above paragraph 3 (line 74) and numbered 3 too. */
const inserted = [...seedLines.slice(0, 73), '3. *Decides* to remain seized of the matter;', '', ...seedLines.slice(73)].join('\n');
/** Paragraph 3 (line 74) and the blank line after it deleted. */
const deleted = [...seedLines.slice(0, 73), ...seedLines.slice(75)].join('\n');
/** Line `n` (one-based) of a text. */
const line = (text: string, n: number) => text.split('\n')[n - 1];

/** Line `n` of `text` as a diff shows its number (two characters) changed to `to`. */
const relabelled = (text: string, n: number, to: string) => [`-${line(text, n)}`, `+${to}${line(text, n).slice(2)}`];

/** `inserted` renumbered 1 to 7, both references following the old paragraph 3, now 4. */
const insertedFixed = inserted
  .replace('\n3. *Considers*', '\n4. *Considers*')
  .replace('\n4. *Invites*', '\n5. *Invites*')
  .replace('\n5. *Requests*', '\n6. *Requests*')
  .replace('\n6. *Decides*', '\n7. *Decides*')
  .replaceAll('paragraph 3 above', 'paragraph 4 above');

/** `deleted` renumbered 1 to 5, both references left as written. */
const deletedFixed = deleted
  .replace('\n4. *Invites*', '\n3. *Invites*')
  .replace('\n5. *Requests*', '\n4. *Requests*')
  .replace('\n6. *Decides*', '\n5. *Decides*');

/** What `fix --since` prints for `inserted`: each line with the line ending `eol`, as diff -u prints it. */
function insertedDiff(name: string, eol: string): string {
  const renumbered = (n: number, to: string) => relabelled(inserted, n, to);
  const hunk = [
    ' ',
    ' 3. *Decides* to remain seized of the matter;',
    ' ',
    ...renumbered(76, '4.'),
    ' ',
    ...renumbered(78, '5.'),
    ' ',
    ' (a) General appreciation of the issues of information security;',
    ' ',
    ` ${line(inserted, 82)}`,
    ' ',
    '-(c) The content of the concepts mentioned in paragraph 3 above;',
    '+(c) The content of the concepts mentioned in paragraph 4 above;',
    ' ',
    ` ${line(inserted, 86)}`,
    ' ',
    ...renumbered(88, '6.'),
    ' ',
    ' ⁴ A/68/98.',
    ' ',
    `-${line(inserted, 92)}`,
    `+${line(inserted, 92).replace('paragraph 3 above', 'paragraph 4 above')}`,
    ' ',
    ...renumbered(94, '7.'),
  ];
  return `--- ${name}\n+++ ${name}\n@@ -73,22 +73,22 @@\n${hunk.map((l) => `${l}${eol}`).join('')}`;
}

const SKIPPED =
  'paragraph 3 is numbered twice and "paragraph 3 above" (lines 84 and 92) could mean either: renumber in the editor, which offers each reading, or run with --since EARLIER';

describe('CLI fix (dist/cli.js)', function () {
  let dir: string;

  before(function () {
    dir = mkdtempSync(join(tmpdir(), 'resolution-fix-'));
    writeFileSync(join(dir, 'seed.txt'), seed);
  });

  /** `text` written to a new file in the test's folder; its name. */
  const file = (name: string, text: string | Uint8Array) => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  it('--since: renumbers 1 to 7 and moves both references with the paragraph they were written for (the diff)', () => {
    const name = file('inserted.txt', inserted);
    assert.deepEqual(run(dir, 'fix', '--since', 'seed.txt', name), {
      status: 0,
      stdout: insertedDiff('inserted.txt', '\n'),
      stderr: 'resolution fix: inserted.txt: 6 edits (not written: --write applies them)\n',
    });
    assert.equal(readFileSync(join(dir, name), 'utf8'), inserted, 'without --write the file is left as it was');
  });

  it('--since --write: writes the renumbered text in place, by renaming a complete copy over it', () => {
    const name = file('inserted-write.txt', inserted);
    chmodSync(join(dir, name), 0o640);
    const before = statSync(join(dir, name));
    assert.deepEqual(run(dir, 'fix', '--write', '--since', 'seed.txt', name), {
      status: 0,
      stdout: '',
      stderr: 'resolution fix: inserted-write.txt: 6 edits, written\n',
    });
    assert.equal(readFileSync(join(dir, name), 'utf8'), insertedFixed);
    const after = statSync(join(dir, name));
    assert.notEqual(after.ino, before.ino, 'a new file renamed over the old one, not the old one rewritten');
    assert.equal(after.mode & 0o777, 0o640);
    assert.deepEqual(
      readdirSync(dir).filter((entry) => entry.startsWith('.')),
      [],
      'no temporary file left',
    );
  });

  it('--write keeps CRLF line endings and the byte order mark, and writes through a link to the file it names', () => {
    const crlf = inserted.replace(/\n/g, '\r\n');
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    file('crlf.txt', Buffer.concat([bom, Buffer.from(crlf)]));
    symlinkSync('crlf.txt', join(dir, 'link.txt'));
    const { status, stdout, stderr } = run(dir, 'fix', '--since', 'seed.txt', 'link.txt');
    assert.equal(status, 0);
    assert.equal(stderr, 'resolution fix: link.txt: 6 edits (not written: --write applies them)\n');
    assert.equal(stdout, insertedDiff('link.txt', '\r\n'));
    assert.equal(run(dir, 'fix', '--write', '--since', 'seed.txt', 'link.txt').status, 0);
    assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink());
    assert.deepEqual(readFileSync(join(dir, 'crlf.txt')), Buffer.concat([bom, Buffer.from(insertedFixed.replace(/\n/g, '\r\n'))]));
  });

  it('without --since: renumbering skipped where a reference could mean either 3, the other safe fixes applied, exit 1', () => {
    // Also a sub-item without its semicolon and a number without its full stop.
    const text = inserted
      .replace('the free flow of information;', 'the free flow of information')
      .replace('\n6. *Decides* to include', '\n6 *Decides* to include');
    const name = file('open.txt', text);
    assert.deepEqual(run(dir, 'fix', name), {
      status: 1,
      stdout: [
        '--- open.txt',
        '+++ open.txt',
        '@@ -69,7 +69,7 @@',
        ' ',
        ` ${line(text, 70)}`,
        ' ',
        `-${line(text, 72)}`,
        `+${line(text, 72)};`,
        ' ',
        ' 3. *Decides* to remain seized of the matter;',
        ' ',
        '@@ -91,4 +91,4 @@',
        ' ',
        ` ${line(text, 92)}`,
        ' ',
        `-${line(text, 94)}`,
        `+6.${line(text, 94).slice(1)}`,
        '',
      ].join('\n'),
      stderr: [
        'resolution fix: open.txt: 2 edits (not written: --write applies them)',
        `resolution fix: renumbering skipped: ${SKIPPED}`,
        'open.txt:76:1 error numbering.duplicate paragraph 3 is numbered twice.',
        '',
      ].join('\n'),
    });
    assert.equal(run(dir, 'fix', '--write', name).status, 1);
    assert.equal(readFileSync(join(dir, name), 'utf8'), inserted);
  });

  it('--format json: the documented shape, exactly', () => {
    const name = file('open-json.txt', inserted.replace('the free flow of information;', 'the free flow of information'));
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    const { status, stdout, stderr } = run(dir, 'fix', '--format', 'json', name);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.deepEqual(JSON.parse(stdout), {
      file: 'open-json.txt',
      edits: [{ range: at(71, 279), newText: ';' }],
      written: false,
      renumberingSkipped: SKIPPED,
      findings: [
        {
          code: 'numbering.duplicate',
          severity: 'error',
          message: 'paragraph 3 is numbered twice.',
          range: { start: { line: 75, character: 0 }, end: { line: 75, character: 2 } },
        },
      ],
    });
    const written = JSON.parse(run(dir, 'fix', '--format', 'json', '--write', '--since', 'seed.txt', file('json-write.txt', inserted)).stdout);
    assert.deepEqual(
      written.edits.map((e: { range: { start: { line: number; character: number } }; newText: string }) => [
        e.range.start.line,
        e.range.start.character,
        e.newText,
      ]),
      [
        [75, 0, '4.'],
        [77, 0, '5.'],
        [83, 55, '4'],
        [87, 0, '6.'],
        [91, 94, '4'],
        [93, 0, '7.'],
      ],
    );
    assert.deepEqual([written.written, written.renumberingSkipped, written.findings], [true, null, []]);
    assert.equal(readFileSync(join(dir, 'json-write.txt'), 'utf8'), insertedFixed);
  });

  it('--since with paragraph 3 deleted: renumbers, leaves both references as written and reports them', () => {
    const name = file('deleted.txt', deleted);
    const renumbered = (n: number, to: string) => relabelled(deleted, n, to);
    const stderr = [
      'deleted.txt:80:56 warning reference.deleted "paragraph 3 above" referred to a paragraph that has been deleted.',
      'deleted.txt:88:95 warning reference.deleted "paragraph 3 above" referred to a paragraph that has been deleted.',
      '',
    ].join('\n');
    assert.deepEqual(run(dir, 'fix', '--since', 'seed.txt', name), {
      status: 0,
      stdout: [
        '--- deleted.txt',
        '+++ deleted.txt',
        '@@ -71,7 +71,7 @@',
        ' ',
        ` ${line(deleted, 72)}`,
        ' ',
        ...renumbered(74, '3.'),
        ' ',
        ' (a) General appreciation of the issues of information security;',
        ' ',
        '@@ -81,10 +81,10 @@',
        ' ',
        ` ${line(deleted, 82)}`,
        ' ',
        ...renumbered(84, '4.'),
        ' ',
        ' ⁴ A/68/98.',
        ' ',
        ` ${line(deleted, 88)}`,
        ' ',
        ...renumbered(90, '5.'),
        '',
      ].join('\n'),
      stderr: `resolution fix: deleted.txt: 3 edits (not written: --write applies them)\n${stderr}`,
    });
    assert.deepEqual(run(dir, 'fix', '--write', '--since', 'seed.txt', name), {
      status: 0,
      stdout: '',
      stderr: `resolution fix: deleted.txt: 3 edits, written\n${stderr}`,
    });
    assert.equal(readFileSync(join(dir, name), 'utf8'), deletedFixed);
    assert.equal(line(deletedFixed, 80), '(c) The content of the concepts mentioned in paragraph 3 above;');
  });

  it('--since reads an earlier version from a PDF, as diff does', function () {
    this.timeout(60000);
    assert.equal(run(dir, 'import', '-o', 'A_RES_78_250.txt', join(FIXTURES, 'corpus', 'pdf', 'A_RES_78_250.pdf')).status, 0);
    const imported = readFileSync(join(dir, 'A_RES_78_250.txt'), 'utf8');
    assert.equal(imported.match(/paragraph \d+ above/g)?.join(), 'paragraph 3 above');
    const name = file('78_250.txt', imported.replace('\n3. Decides, taking', '\n3. Decides to remain seized of the matter;\n\n3. Decides, taking'));
    assert.equal(run(dir, 'fix', '--write', '--since', join(FIXTURES, 'corpus', 'pdf', 'A_RES_78_250.pdf'), name).status, 0);
    assert.equal(
      readFileSync(join(dir, name), 'utf8'),
      imported
        .replace('\n3. Decides, taking', '\n3. Decides to remain seized of the matter;\n\n4. Decides, taking')
        .replace('\n4. Also decides', '\n5. Also decides')
        .replace('\n5. Further decides', '\n6. Further decides')
        .replace('paragraph 3 above', 'paragraph 4 above'),
    );
  });

  it('says so in one line when there is nothing to fix, and leaves the file untouched', () => {
    const name = file('clean.txt', seed);
    const before = statSync(join(dir, name));
    assert.deepEqual(run(dir, 'fix', '--write', name), { status: 0, stdout: '', stderr: 'resolution fix: clean.txt: nothing to fix\n' });
    assert.equal(statSync(join(dir, name)).mtimeMs, before.mtimeMs);
    assert.deepEqual(JSON.parse(run(dir, 'fix', '--format', 'json', name).stdout), {
      file: 'clean.txt',
      edits: [],
      written: false,
      renumberingSkipped: null,
      findings: [],
    });
  });

  it('names what cannot be read, and exits 2', () => {
    file('binary.txt', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]));
    file('big.txt', 'x'.repeat(2 * 1048576));
    mkdirSync(join(dir, 'folder'));
    const refused = (stderr: string) => ({ status: 2, stdout: '', stderr });
    assert.deepEqual(run(dir, 'fix', 'missing.txt'), refused('resolution fix: cannot fix missing.txt: no such file or directory\n'));
    assert.deepEqual(run(dir, 'fix', 'folder'), refused('resolution fix: cannot fix folder: is a directory\n'));
    assert.deepEqual(run(dir, 'fix', 'binary.txt'), refused('resolution fix: cannot fix binary.txt: binary file (contains NUL bytes), not a text\n'));
    assert.deepEqual(
      run(dir, 'fix', '--max-size', '1', 'big.txt'),
      refused('resolution fix: cannot fix big.txt: file is 2.0 MB, above the 1 MB limit (--max-size)\n'),
    );
    assert.deepEqual(run(dir, 'fix', '--since', 'gone.txt', 'seed.txt'), refused('resolution fix: cannot read gone.txt: no such file or directory\n'));
    assert.deepEqual(
      run(dir, 'fix', 'a.pdf'),
      refused('resolution fix: cannot fix a.pdf: a PDF is not edited; fix the text `resolution import` makes of it\n'),
    );
    const usage: Array<[string[], string]> = [
      [[], 'no files or folders given'],
      [['seed.txt', 'clean.txt'], 'fix takes exactly one file'],
      [['seed.txt', '--since'], '--since takes the file of an earlier version'],
    ];
    for (const [args, message] of usage) {
      const { status, stderr } = run(dir, 'fix', ...args);
      assert.deepEqual([status, stderr.split('\n')[0]], [2, `resolution fix: ${message}`]);
    }
  });

  it('--write on a file that cannot be written: says why, changes nothing, exits 2', () => {
    // Root writes whatever the permissions say: the CLI then runs as nobody.
    const root = process.getuid?.() === 0;
    const as = root ? { uid: 65534, gid: 65534 } : {};
    if (root) chmodSync(tmpdir(), 0o711);
    const runAs = (folder: string, ...args: string[]) => {
      const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: folder, ...as });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const readOnlyFile = mkdtempSync(join(tmpdir(), 'resolution-fix-read-only-file-'));
    writeFileSync(join(readOnlyFile, 'a.txt'), inserted);
    writeFileSync(join(readOnlyFile, 'seed.txt'), seed);
    chmodSync(join(readOnlyFile, 'a.txt'), 0o444);
    chmodSync(readOnlyFile, 0o777);
    assert.deepEqual(runAs(readOnlyFile, 'fix', '--write', '--since', 'seed.txt', 'a.txt'), {
      status: 2,
      stdout: '',
      stderr: 'resolution fix: cannot write a.txt: permission denied\n',
    });
    assert.equal(readFileSync(join(readOnlyFile, 'a.txt'), 'utf8'), inserted);

    const readOnlyFolder = mkdtempSync(join(tmpdir(), 'resolution-fix-read-only-folder-'));
    writeFileSync(join(readOnlyFolder, 'a.txt'), inserted);
    writeFileSync(join(readOnlyFolder, 'seed.txt'), seed);
    chmodSync(join(readOnlyFolder, 'a.txt'), 0o666);
    chmodSync(readOnlyFolder, 0o555);
    assert.deepEqual(runAs(readOnlyFolder, 'fix', '--write', '--since', 'seed.txt', 'a.txt'), {
      status: 2,
      stdout: '',
      stderr: 'resolution fix: cannot write a.txt: permission denied\n',
    });
    assert.equal(readFileSync(join(readOnlyFolder, 'a.txt'), 'utf8'), inserted);
    assert.deepEqual(readdirSync(readOnlyFolder).sort(), ['a.txt', 'seed.txt']);
    chmodSync(readOnlyFolder, 0o755);
  });

  it('--write refuses a file that is not UTF-8 throughout: writing it back would change bytes no fix touches', () => {
    // "é" as Latin-1 writes it, one byte that is no UTF-8.
    const [before, after] = inserted.split('Member States:');
    const latin1 = Buffer.concat([Buffer.from(`${before}Member States`), Buffer.from([0xe9]), Buffer.from(`:${after}`)]);
    const name = file('latin1.txt', latin1);
    assert.deepEqual(run(dir, 'fix', '--write', '--since', 'seed.txt', name), {
      status: 2,
      stdout: '',
      stderr: 'resolution fix: cannot write latin1.txt: it is not UTF-8 throughout, and rewriting it would change bytes no fix touches\n',
    });
    assert.deepEqual(readFileSync(join(dir, name)), latin1);
  });
});
