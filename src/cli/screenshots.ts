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

const view = `document.querySelector('cl-app').shadowRoot.querySelector('cl-article-view').shadowRoot`;
const findingsListed = (page: Page) => page.waitForFunction(`${view}.querySelector('cl-findings-panel')?.shadowRoot?.querySelectorAll('li').length > 0`, { timeout: 20000 }).then(() => undefined);
const openCard = async (page: Page) => {
  await findingsListed(page);
  await page.keyboard.press('c');
  await page.keyboard.press('Enter');
  await page.waitForFunction(`!!${view}.querySelector('cl-evidence-card')`);
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
