#!/usr/bin/env node
// A stand-in for the desktop `code` executable that @vscode/test-electron launches: it takes
// the same arguments (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, a folder to open) and runs the tests in the real Node extension host of
// code-server's VS Code server, with the web workbench in headless Chromium. Its exit code is
// the tests' result, as the desktop executable's is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, startCodeServer, workbenchUrl } from './code-server.mjs';

const REPORT_MARKER = '[un-resolution-tests] ';
const RUN_TIMEOUT_MS = Number(process.env.EXTENSION_HOST_TIMEOUT_MS ?? 180_000);

function parseArguments(argv) {
  const options = {};
  for (const arg of argv) {
    const [flag, value] = arg.startsWith('--')
      ? [arg.slice(2, arg.includes('=') ? arg.indexOf('=') : undefined), arg.split('=').slice(1).join('=')]
      : [undefined, arg];
    if (flag === undefined) options.folder = resolve(value);
    else if (flag === 'extensionDevelopmentPath') options.developmentPath = resolve(value);
    else if (flag === 'extensionTestsPath') options.testsPath = resolve(value);
    else if (flag === 'user-data-dir') options.userDataDir = resolve(value);
    else if (flag === 'extensions-dir') options.extensionsDir = resolve(value);
    // Desktop-only flags (--no-sandbox, --disable-updates, --skip-welcome, …) have no meaning here.
  }
  if (!options.developmentPath || !options.testsPath) throw new Error('--extensionDevelopmentPath= and --extensionTestsPath= are required');
  return options;
}

async function runInBrowser(options, address) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const exitCode = new Promise((resolveExit) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    });
    // The extension host's console reaches the workbench's log, and the log this function;
    // the suite marks its report's lines (see src/index.ts) among the workbench's own messages.
    await page.exposeFunction('codeAutomationLog', (_level, message) => {
      const text = String(message);
      if (text.startsWith(REPORT_MARKER)) process.stdout.write(`${text.slice(REPORT_MARKER.length)}\n`);
    });
    await page.goto(workbenchUrl(address, options));
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    try {
      return await Promise.race([exitCode, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'un-resolution-code-server-'));
  let server;
  try {
    server = await startCodeServer({
      userDataDir: options.userDataDir ?? join(scratch, 'user-data'),
      extensionsDir: options.extensionsDir ?? join(scratch, 'extensions'),
    });
    return await runInBrowser(options, server.address);
  } finally {
    server?.child.kill();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
