// The extension tests' entry point, loaded by VS Code's extension host (`--extensionTestsPath`):
// runs the mocha suite and rejects when a test fails, which makes VS Code exit non-zero.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Prefix of every report line, so that launchers can pick the report out of the host's log. */
export const REPORT_MARKER = '[un-resolution-tests] ';

export function run(): Promise<void> {
  // The extension host forwards console output line by line through its log; one formatted
  // string per call keeps the report readable there.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(REPORT_MARKER + format(...args));
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // Every suite run.mjs built, in name order.
  for (const name of readdirSync(__dirname)
    .filter((n) => n.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host tests failed`)) : resolve()));
  });
}
