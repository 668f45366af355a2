// Takes the README's screenshots from the real editor: VS Code's web workbench (code-server,
// headless Chromium) with the extension under development, driven by its own commands.
// Writes docs/*.png, reduced to 64 colours by ImageMagick (Debian's imagemagick) to stay small.
// Run with `npm run screenshots [-- name…]` once install.sh has run (npm run test:extension-host runs it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startCodeServer, workbenchUrl } from './code-server.mjs';
import { FIXTURES, makeFixtureWorkspace, REPOSITORY } from './workspace.mjs';

const OUTPUT = join(REPOSITORY, 'docs');
/** `npm run screenshots -- preview hover` retakes only those; no name retakes them all. */
const ONLY = process.argv.slice(2);

const SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.wordWrap': 'on',
  // Only the hover asked for by command: clicks must not raise others.
  'editor.hover.delay': 10_000,
  'breadcrumbs.enabled': false,
  'outline.collapseItems': 'alwaysCollapse',
};

/** The fixture workspace, with the broken copy whose diagnostic is shown. */
function makeWorkspace(root) {
  const folder = makeFixtureWorkspace(join(root, 'resolutions'));
  mkdirSync(join(folder, 'broken'));
  copyFileSync(join(FIXTURES, 'broken', 'gap.txt'), join(folder, 'broken', 'gap.txt'));
  return folder;
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function openFile(page, name) {
  await runCommand(page, 'Go to File...');
  await page.locator('.quick-input-widget input').fill(name);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: name.split('/').pop() })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name.split('/').pop() }).waitFor();
  // The extension switches detected resolutions to its language; the status bar says when.
  await page.locator('.statusbar-item', { hasText: 'UN Resolution' }).first().waitFor();
}

async function goTo(page, line, column) {
  await runCommand(page, 'Go to Line/Column...');
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Saves docs/<name>.png, of the whole window or of `clip`. */
async function shoot(page, name, clip) {
  if (ONLY.length > 0 && !ONLY.includes(name)) return;
  const file = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, clip });
  const convert = spawnSync('/usr/bin/convert', [file, '+dither', '-colors', '64', `PNG8:${file}`], { stdio: 'inherit' });
  if (convert.status !== 0) throw new Error(`ImageMagick could not reduce ${file} (apt-get install imagemagick)`);
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'un-resolution-screenshots-'));
  mkdirSync(join(scratch, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(scratch, 'user-data', 'User', 'settings.json'), JSON.stringify(SETTINGS));
  const server = await startCodeServer({ userDataDir: join(scratch, 'user-data'), extensionsDir: join(scratch, 'extensions') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(workbenchUrl(server.address, { folder: makeWorkspace(scratch), developmentPath: REPOSITORY }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view').waitFor();

    await openFile(page, 'A_RES_73_266.adopted.txt');
    // The outline gets the whole side bar: the folder view folded, the header folded, the
    // operative part open.
    await page.locator('.pane-header', { hasText: 'resolutions' }).click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    for (const item of [/Operative part/, /1\. Calls upon/]) {
      await page.getByRole('treeitem', { name: item }).click();
      await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('treeitem', { name: /\(b\) To support/ }).dblclick();
    await page.locator('.statusbar-item', { hasText: 'Ln 65,' }).waitFor();
    await shoot(page, 'outline');

    // Highlighting: the same document further up, editor only.
    await goTo(page, 14, 1);
    await runCommand(page, 'View: Close Primary Side Bar');
    await shoot(page, 'highlighting', { x: 52, y: 0, width: 1228, height: 690 });
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');

    // Hover on a cited resolution, found in the workspace.
    await openFile(page, 'A_C.1_75_L.4.pdf-extracted.txt');
    await goTo(page, 123, 9);
    await runCommand(page, 'Show or Focus Hover');
    await page.locator('.monaco-hover', { hasText: 'Advancing responsible State behaviour' }).waitFor();
    await shoot(page, 'hover');

    // A numbering diagnostic in the Problems panel and its quick fix at the paragraph.
    await openFile(page, 'broken/gap.txt');
    await runCommand(page, 'View: Focus Problems');
    await page.locator('.markers-panel .monaco-list-row', { hasText: '4 is missing' }).waitFor();
    await goTo(page, 70, 3);
    await runCommand(page, 'Quick Fix...');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Renumber' }).first().waitFor();
    await shoot(page, 'diagnostic-quick-fix');
    await page.keyboard.press('Escape');

    // The preview beside the text, the side bar and the panel closed to give both room.
    await page.locator('.tab', { hasText: 'A_RES_73_266.adopted.txt' }).click();
    await page.locator('.tab.active', { hasText: 'A_RES_73_266.adopted.txt' }).waitFor();
    await runCommand(page, 'View: Close Other Editors in Group');
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'View: Hide Panel');
    await goTo(page, 1, 1);
    await runCommand(page, 'UN Resolution: Open Preview to the Side');
    await page.frameLocator('iframe.webview').frameLocator('#active-frame').getByText('Advancing responsible State behaviour').first().waitFor();
    await page.mouse.move(300, 400); // no tab's tooltip
    await shoot(page, 'preview');
  } catch (error) {
    if (process.env.SCREENSHOTS_DEBUG) await browser.contexts()[0]?.pages()[0]?.screenshot({ path: process.env.SCREENSHOTS_DEBUG });
    throw error;
  } finally {
    await browser.close();
    server.child.kill();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
