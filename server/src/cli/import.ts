// `resolution import [-o FILE] [--force] <file.pdf>`: the PDF's text in the clean shape —
// header lines, one paragraph a line with labels and footnote markers, footnotes after a
// rule, page furniture gone. A PDF that cannot be read (damaged, encrypted, scanned, not
// a UN document) is named with the reason and exit code 2.
import { readFileSync } from 'node:fs';
import { readPdfInThread } from '../pdf/pdf-thread';
import type { CliCommand } from './command';
import { displayPath } from './files';
import { describeError } from '../system-error';
import { parseOutputArgs, writeOutput } from './output';
import { FORCE_OPTION, OUTPUT_OPTION } from './options';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'read one PDF into the clean shape',
  operands: '[options] <file.pdf>',
  options: [OUTPUT_OPTION, FORCE_OPTION],
  exitCodes: ['0  read and written', '2  bad usage, the PDF could not be read, or FILE exists without --force'],
  async run(args, io) {
    const options = parseOutputArgs(args, 'import', 'PDF');
    const shown = displayPath(options.file, io.cwd);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(options.file);
    } catch (error) {
      io.stderr(`resolution: cannot read ${shown}: ${describeError(error)}\n`);
      return 2;
    }
    const result = await readPdfInThread(bytes);
    if (!result.ok) {
      io.stderr(`resolution: cannot import ${shown}: ${result.reason}\n`);
      return 2;
    }
    return writeOutput(result.text, options, io);
  },
};
