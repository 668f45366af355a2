// `resolution diff <a> <b>`: what changed between two versions of a resolution.
import { parse } from '../core/parser';
import { compareDocuments, renderComparisonText } from '../core/compare';
import { UsageError, type CliCommand } from './command';
import { parseOptions } from './analyse';
import { displayPath, readTextFile } from './files';
import { FORMAT_OPTION, MAX_SIZE_OPTION, UNREADABLE_EXIT } from './options';

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'compare two versions of a resolution paragraph by paragraph, with word changes',
  operands: '[options] <older> <newer>',
  options: [FORMAT_OPTION, MAX_SIZE_OPTION],
  exitCodes: ['0  the versions are identical', '1  they differ', UNREADABLE_EXIT],
  async run(args, io) {
    const options = parseOptions(args, 'text');
    if (options.targets.length !== 2) throw new UsageError('diff takes exactly two files: the older version, then the newer');
    const [before, after] = await Promise.all(
      options.targets.map(async (path) => ({ file: displayPath(path, io.cwd), input: await readTextFile(path, options.maxBytes) })),
    );
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
