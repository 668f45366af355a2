// `resolution fix FILE [--write] [--since EARLIER]`: the safe fixes the editor's "Fix all"
// applies — closing punctuation, a number's full stop, renumbering with every reference
// moved along with its paragraph — printed as a unified diff, or written over the file.
import { parse } from '../core/parser';
import { checkDocument } from '../core/check';
import { looksLikeResolution } from '../core/detect';
import { decodeInput } from '../core/input';
import { diagnosticsJson } from '../core/json';
import { counted } from '../core/plural';
import type { Diagnostic } from '../core/model';
import type { TextEdit } from '../core/fixes/fix';
import { fixAll, needsRenumbering } from '../core/fixes';
import { renumberReadings } from '../core/fixes/renumber-readings';
import { EditTrail, follow, identify, type DocumentIdentity } from '../core/identity';
import { applyEdits } from '../core/text-edits';
import { UsageError, type CliCommand, type CliIo } from './command';
import { formatDiagnostic, notResolutionNote, parseOptions } from './analyse';
import { displayPath, isPdf, readBytes, readTextFile } from './files';
import { FORMAT_OPTION, MAX_SIZE_OPTION } from './options';
import { renumberingSkipped } from './renumbering-skipped';
import { replaceFile } from './replace-file';
import { unifiedDiff } from './unified-diff';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

interface Fixed {
  /** In the order of the text. */
  edits: TextEdit[];
  /** The text with the edits made. */
  text: string;
  /** Why renumbering was left out, or null. */
  skipped: string | null;
  /** What a check of the fixed text finds. */
  findings: Diagnostic[];
  failures: Array<{ code: string; error: string }>;
}

/** FILE's text, and its bytes: to keep its byte order mark, and to write back only a file that is UTF-8 throughout. */
function readFixable(path: string, maxBytes: number): { ok: true; text: string; bytes: Uint8Array } | { ok: false; reason: string } {
  const read = readBytes(path);
  if (!read.ok) return read;
  const input = decodeInput(read.bytes, maxBytes);
  return input.ok ? { ok: true, text: input.text, bytes: read.bytes } : input;
}

/** `--since EARLIER` taken out of the arguments; the rest are read as the other commands read theirs. */
function takeSince(args: string[]): { since: string | null; rest: string[] } {
  const at = args.indexOf('--since');
  if (at < 0) return { since: null, rest: args };
  const since = args[at + 1];
  if (!since || since.startsWith('-')) throw new UsageError('--since takes the file of an earlier version');
  const rest = [...args.slice(0, at), ...args.slice(at + 2)];
  if (rest.includes('--since')) throw new UsageError('--since is given once');
  return { since, rest };
}

/** The safe fixes of `text`; with an earlier version, each reference follows the paragraph it named there. */
function fixText(text: string, earlier: string | null): Fixed {
  const doc = parse(text);
  let identity: DocumentIdentity = identify(doc, text);
  if (earlier !== null) {
    const earlierDoc = parse(earlier);
    identity = follow({ doc: earlierDoc, text: earlier, identity: identify(earlierDoc, earlier) }, null, doc, text);
  }
  const { diagnostics, failures } = checkDocument(doc, { identity, text });
  const edits = [...(fixAll(doc, text, diagnostics, identity)?.edits ?? [])].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const skipped = renumberReadings(identity).length > 1 && needsRenumbering(diagnostics) ? renumberingSkipped(identity, earlier !== null) : null;
  if (edits.length === 0) return { edits, text, skipped, findings: diagnostics, failures };
  // The fixed text is checked with each reference still bound to what it named.
  const trail = new EditTrail(text.length);
  const fixedText = applyEdits(text, edits, trail);
  const fixedDoc = parse(fixedText);
  const fixedIdentity = follow({ doc, text, identity }, trail, fixedDoc, fixedText);
  return { edits, text: fixedText, skipped, findings: checkDocument(fixedDoc, { identity: fixedIdentity, text: fixedText }).diagnostics, failures };
}

/** The bytes to write: the file's byte order mark kept; null where the file is not UTF-8, whose bytes a rewrite would change. */
function encoded(bytes: Uint8Array, text: string): Uint8Array | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const bom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

/** The diff on standard output (unless written), what was done and what is left on standard error. */
function report(io: CliIo, file: string, text: string, fixed: Fixed, written: boolean): void {
  const { edits, skipped, findings } = fixed;
  if (edits.length > 0 && !written) io.stdout(unifiedDiff(file, text, edits));
  let done = `${counted(edits.length, 'edit')}${written ? ', written' : ' (not written: --write applies them)'}`;
  if (edits.length === 0) done = skipped ? 'nothing fixed' : 'nothing to fix';
  io.stderr(`resolution fix: ${file}: ${done}\n`);
  if (skipped) io.stderr(`resolution fix: renumbering skipped: ${skipped}\n`);
  for (const d of findings) io.stderr(`${formatDiagnostic(file, d)}\n`);
}

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: 'apply the safe fixes of one text (punctuation, renumbering): print the diff, or --write it',
  operands: '[options] <file>',
  options: [
    { flags: '--write', description: 'write the fixed text over FILE (in one step; line endings and byte order mark kept) instead of printing the diff' },
    {
      flags: '--since EARLIER',
      description: 'bind each reference to the paragraph it named in EARLIER, an earlier version (text or PDF): renumbering moves it with that paragraph',
    },
    FORMAT_OPTION,
    MAX_SIZE_OPTION,
  ],
  exitCodes: [
    '0  fixed, or nothing to fix, and no error left',
    '1  renumbering skipped (a reference could mean either of two paragraphs), or errors left, as check counts them',
    '2  bad usage, FILE or EARLIER could not be read, or FILE could not be written (it is left as it was)',
  ],
  async run(args, io) {
    const { since, rest } = takeSince(args);
    const options = parseOptions(rest, 'text', ['--write']);
    if (options.targets.length !== 1) throw new UsageError('fix takes exactly one file');
    const [path] = options.targets;
    const file = displayPath(path, io.cwd);
    if (isPdf(path)) {
      io.stderr(`resolution fix: cannot fix ${file}: a PDF is not edited; fix the text \`resolution import\` makes of it\n`);
      return 2;
    }
    const input = readFixable(path, options.maxBytes);
    if (!input.ok) {
      io.stderr(`resolution fix: cannot fix ${file}: ${input.reason}\n`);
      return 2;
    }
    let earlier: string | null = null;
    if (since !== null) {
      const earlierInput = await readTextFile(since, options.maxBytes);
      if (!earlierInput.ok) {
        io.stderr(`resolution fix: cannot read ${displayPath(since, io.cwd)}: ${earlierInput.reason}\n`);
        return 2;
      }
      earlier = earlierInput.text;
    }
    if (!looksLikeResolution(input.text)) io.stderr(notResolutionNote(file));
    const fixed = fixText(input.text, earlier);
    for (const failure of fixed.failures) io.stderr(`resolution: rule ${failure.code} failed on ${file}: ${failure.error}\n`);
    const write = options.flags.has('--write') && fixed.edits.length > 0;
    if (write) {
      const bytes = encoded(input.bytes, fixed.text);
      const failed = bytes ? replaceFile(path, bytes) : 'it is not UTF-8 throughout, and rewriting it would change bytes no fix touches';
      if (failed) {
        io.stderr(`resolution fix: cannot write ${file}: ${failed}\n`);
        return 2;
      }
    }
    if (options.format === 'json') {
      const edits = fixed.edits.map(({ range, newText }) => ({ range, newText }));
      const json = { file, edits, written: write, renumberingSkipped: fixed.skipped, findings: diagnosticsJson(fixed.findings) };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else report(io, file, input.text, fixed, write);
    return fixed.skipped || fixed.findings.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
