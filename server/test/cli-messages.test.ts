// What the CLI says to a person: --version, each command's --help with its own options and
// exit codes, counts in the right number, system errors in words, and notes where a folder
// holds no resolution or a named text does not look like one.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers';
import { counted } from '../src/core/plural';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI messages (dist/cli.js)', function () {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'resolution-messages-'));
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(run(dir, '--version'), { status: 0, stdout: `resolution ${version}\n`, stderr: '' });
  });

  it('--help lists the commands and the exit codes', () => {
    const { status, stdout } = run(dir, '--help');
    assert.equal(status, 0);
    assert.ok(stdout.includes('\n  check    print diagnostics as file:line:col severity code message\n'), stdout);
    assert.ok(
      stdout.endsWith(
        'exit codes:\n  0  success\n  1  findings: check found errors, diff found differences, fix could not renumber or left errors,\n     fetch could not fetch a document\n  2  bad usage, or a file could not be read or written\n',
      ),
      stdout,
    );
  });

  it("<command> --help lists that command's own options and exit codes", () => {
    const options = (command: string) => {
      const { status, stdout } = run(dir, command, '--help');
      assert.equal(status, 0);
      const lines = stdout.slice(stdout.indexOf('options:\n'), stdout.indexOf('\n\nexit codes:')).split('\n').slice(1);
      return lines.map((line) => line.trim().split(/\s{2,}/)[0]);
    };
    assert.deepEqual(options('check'), ['--summary', '--format text|json', '--max-size MB', '--library DIR', '-h, --help']);
    assert.deepEqual(options('outline'), ['--format text|json', '--max-size MB', '--library DIR', '-h, --help']);
    assert.deepEqual(options('json'), ['--max-size MB', '--library DIR', '-h, --help']);
    assert.deepEqual(options('import'), ['-o, --output FILE', '--force', '-h, --help']);
    assert.deepEqual(options('clean'), ['-o, --output FILE', '--force', '-h, --help']);
    assert.deepEqual(options('export'), ['--to docx|html|pdf|akn', '-o, --output FILE', '--force', '-h, --help']);
    assert.deepEqual(options('diff'), ['--format text|json', '--max-size MB', '-h, --help']);
    assert.deepEqual(options('fix'), ['--write', '--since EARLIER', '--format text|json', '--max-size MB', '-h, --help']);
    assert.deepEqual(options('fetch'), [
      '--library DIR',
      '--url TEMPLATE',
      '--language L',
      '--timeout MS',
      '--max-size MB',
      '--format text|json',
      '-h, --help',
    ]);
    assert.deepEqual(options('library'), ['--library DIR', '--format text|json', '-h, --help']);
    const check = run(dir, 'check', '-h').stdout;
    assert.ok(check.startsWith('usage: resolution check [options] <files or folders…>\n'), check);
    assert.ok(
      check.endsWith('exit codes:\n  0  no errors (warnings and hints allowed)\n  1  at least one error\n  2  bad usage, or a file could not be read\n'),
      check,
    );
  });

  it("answers bad usage with the command's help and exit code 2", () => {
    const { status, stdout, stderr } = run(dir, 'export', '--to', 'rtf', 'a.txt');
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.ok(stderr.startsWith('resolution export: --to takes docx, html, pdf, akn\n\nusage: resolution export --to FORMAT [options] <file>\n'), stderr);
  });

  it('counts in the right number: 1 file, 1 warning, 1 sponsor, 1 document', () => {
    const draft = join(FIXTURES, 'A_C.1_76_L.13.draft.txt');
    assert.match(run(ROOT, 'check', draft).stdout, /\n1 file checked: 0 errors, 1 warning\n$/);
    const lines = readFileSync(draft, 'utf8').split('\n');
    lines[19] = 'Australia: draft resolution';
    writeFileSync(join(dir, 'A_C.1_76_L.13.one-sponsor.txt'), lines.join('\n'));
    const header = run(dir, 'outline', 'A_C.1_76_L.13.one-sponsor.txt').stdout.split('\n')[1];
    assert.equal(header, '  Header: A/C.1/76/L.13 · draft resolution · session 76 · First Committee · agenda item 95 · 1 sponsor · markdown text');
    assert.deepEqual(
      [counted(0, 'error'), counted(1, 'error'), counted(2, 'error'), counted(1, 'document')],
      ['0 errors', '1 error', '2 errors', '1 document'],
    );
  });

  it('says what went wrong in words, not system codes', () => {
    const missing = run(dir, 'check', 'missing.txt');
    assert.deepEqual(missing, {
      status: 2,
      stdout: '0 files checked: 0 errors, 0 warnings\n',
      stderr: 'resolution: cannot read missing.txt: no such file or directory\n',
    });
    mkdirSync(join(dir, 'a-folder'));
    assert.deepEqual(run(dir, 'clean', 'a-folder'), { status: 2, stdout: '', stderr: 'resolution: skipped a-folder: is a directory\n' });
    assert.deepEqual(run(dir, 'export', '--to', 'html', 'a-folder'), {
      status: 2,
      stdout: '',
      stderr: 'resolution export: cannot export a-folder: is a directory\n',
    });
    assert.deepEqual(run(dir, 'import', 'missing.pdf'), { status: 2, stdout: '', stderr: 'resolution: cannot read missing.pdf: no such file or directory\n' });
    const unwritable = run(dir, 'clean', join(FIXTURES, 'A_RES_73_266.adopted.txt'), '-o', join('no-such-folder', 'out.txt'));
    assert.deepEqual(unwritable, { status: 2, stdout: '', stderr: 'resolution: cannot write no-such-folder/out.txt: no such file or directory\n' });
  });

  it('names a binary file without telling to convert PDFs (it reads them)', () => {
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]));
    assert.deepEqual(run(dir, 'check', 'binary.txt'), {
      status: 2,
      stdout: '0 files checked: 0 errors, 0 warnings\n',
      stderr: 'resolution: skipped binary.txt: binary file (contains NUL bytes), not a text\n',
    });
  });

  it('says when a folder holds no resolution', () => {
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'todo.md'), '# To do\n\nRead the drafts.\n');
    writeFileSync(join(dir, 'notes', 'list.txt'), 'Drafts to read\n');
    assert.deepEqual(run(dir, 'outline', 'notes'), {
      status: 0,
      stdout: '',
      stderr: 'resolution: no resolution in notes: read 2 .txt, .md or .pdf files, none looks like a resolution\n',
    });
    mkdirSync(join(dir, 'empty'));
    assert.deepEqual(run(dir, 'outline', 'empty'), {
      status: 0,
      stdout: '',
      stderr: 'resolution: no resolution in empty: it holds no .txt, .md or .pdf file\n',
    });
  });

  it('reads a text named directly that does not look like a resolution, with a note', () => {
    writeFileSync(join(dir, 'letter.txt'), 'Dear colleagues,\n\nPlease find the draft attached.\n');
    const { status, stdout, stderr } = run(dir, 'outline', 'letter.txt');
    assert.equal(status, 0);
    assert.ok(stdout.startsWith('letter.txt\n  Header: no symbol · unknown · clean text\n'), stdout);
    assert.equal(
      stderr,
      'resolution: note: letter.txt does not look like a resolution (too few of: a symbol line, "The General Assembly,", numbered operative paragraphs); read all the same\n',
    );
  });
});
