// `resolution diff <a> <b>`: what changed between two versions of a resolution.
import { parse } from '../core/parser';
import type { InputResult } from '../core/input';
import { compareDocuments, renderComparisonText } from '../core/compare';
import { UsageError, type CliCommand } from './command';
import { parseOptions } from './analyse';
import { displayPath, readTextFile } from './files';

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'compare two versions of a resolution paragraph by paragraph, with word changes (exit 1 when they differ)',
  async run(args, io) {
    const options = parseOptions(args, 'text');
    if (options.targets.length !== 2) throw new UsageError('diff takes exactly two files: the older version, then the newer');
    const [before, after] = await Promise.all(options.targets.map(async (path) => ({ file: displayPath(path, io.cwd), input: await readVersion(path, options.maxBytes) })));
    for (const { file, input } of [before, after]) {
      if (!input.ok) io.stderr(`resolution diff: cannot compare ${file}: ${input.reason}\n`);
    }
    if (!before.input.ok || !after.input.ok) return 2;
    const comparison = compareDocuments(parse(before.input.text), parse(after.input.text));
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify({ before: before.file, after: after.file, ...comparison }, null, 2)}\n`
        : renderComparisonText(comparison, { before: before.file, after: after.file }),
    );
    return comparison.identical ? 0 : 1;
  },
};

async function readVersion(path: string, maxBytes: number): Promise<InputResult> {
  try {
    return await readTextFile(path, maxBytes);
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
