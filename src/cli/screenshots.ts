/**
 * `npm run screenshots`: builds the app with the bundled articles, opens it in Debian's
 * headless Chromium and saves the README's screenshots to docs/screenshots/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildApp, ROOT } from './build.ts';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';

const OUT = join(ROOT, 'docs', 'screenshots');

interface Shot {
  name: string;
  hash: string;
  theme: 'light' | 'dark';
  width: number;
  height: number;
  /** Runs in Node after the view is ready: waits for content, presses keys. */
  prepare?: (page: Page) => Promise<void>;
}

const view = `document.querySelector('cl-app').shadowRoot.querySelector('cl-article-view')?.shadowRoot`;
const findingsListed = (page: Page) => page.waitForFunction(`${view}.querySelector('cl-findings-panel')?.shadowRoot?.querySelectorAll('li').length > 0`, { timeout: 20000 }).then(() => undefined);
const openCard = async (page: Page) => {
  await findingsListed(page);
  await page.keyboard.press('c');
  await page.keyboard.press('Enter');
  await page.waitForFunction(`!!${view}.querySelector('cl-evidence-card')`);
};

const app = `document.querySelector('cl-app').shadowRoot`;
const connectorsDrawn = (page: Page) => page.waitForFunction(`${app}.querySelector('cl-compare-view')?.shadowRoot?.querySelectorAll('.gutter path').length > 0`, { timeout: 20000 }).then(() => undefined);
/** The story list, then the story with the most reports: the matrix is reached as a reader reaches it. */
const openLargestStory = async (page: Page) => {
  const matrix = `${app}.querySelector('cl-story-matrix')?.shadowRoot`;
  await page.waitForFunction(`${matrix}?.querySelectorAll('a.story').length > 0`, { timeout: 20000 });
  await page.evaluate(`[...${matrix}.querySelectorAll('a.story')].sort((a, b) => parseInt(b.querySelector('.outlets').textContent) - parseInt(a.querySelector('.outlets').textContent))[0].click()`);
  await page.waitForFunction(`${matrix}?.querySelectorAll('tbody tr').length > 0`, { timeout: 10000 });
};

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'crosslight-shots-'));
  await buildApp({ outDir, log: () => {} });
  const server = await startServer(outDir, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const { browser, close } = await launchChromium();
  await mkdir(OUT, { recursive: true });
  const { articles } = await (await fetch(base + (/name="cl-library" content="([^"]+)"/.exec(await (await fetch(base)).text())![1]))).json();
  const ids: string[] = articles.map((a: { id: string }) => a.id);
  const shots: Shot[] = [
    { name: 'library-light', hash: '', theme: 'light', width: 1280, height: 900 },
    { name: 'library-dark', hash: '', theme: 'dark', width: 1280, height: 900 },
    { name: 'reader-light', hash: `#/article/${ids[0]}`, theme: 'light', width: 1440, height: 960, prepare: openCard },
    { name: 'reader-dark', hash: `#/article/${ids[0]}`, theme: 'dark', width: 1440, height: 960, prepare: openCard },
    { name: 'reader-phone', hash: `#/article/${ids[3]}`, theme: 'light', width: 390, height: 844, prepare: findingsListed },
    { name: 'compare-light', hash: `#/compare/${ids[1]}/${ids[2]}`, theme: 'light', width: 1440, height: 960, prepare: connectorsDrawn },
    { name: 'compare-dark', hash: `#/compare/${ids[1]}/${ids[2]}`, theme: 'dark', width: 1440, height: 960, prepare: connectorsDrawn },
    { name: 'matrix-light', hash: '#/story', theme: 'light', width: 1440, height: 960, prepare: openLargestStory },
    { name: 'matrix-dark', hash: '#/story', theme: 'dark', width: 1440, height: 960, prepare: openLargestStory },
    { name: 'notes-light', hash: '#/notes', theme: 'light', width: 1280, height: 900 },
  ];
  try {
    for (const shot of shots) {
      const page = await browser.newPage();
      await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.theme }]);
      await page.goto(base + shot.hash, { waitUntil: 'networkidle0' });
      await shot.prepare?.(page);
      await new Promise((r) => setTimeout(r, 300));
      await page.screenshot({ path: join(OUT, `${shot.name}.png`) as `${string}.png` });
      await page.close();
      process.stderr.write(`saved docs/screenshots/${shot.name}.png\n`);
    }
  } finally {
    await close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`screenshots failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
