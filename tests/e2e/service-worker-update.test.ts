/**
 * A new version of the app waits for the reader: the old version keeps serving until they
 * choose "Reload to update", then the new one takes over and the old caches are deleted.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { buildApp, ROOT } from '../../src/cli/build.ts';
import { startServer } from '../../src/cli/serve.ts';
import { launchChromium } from '../../src/cli/chromium.ts';

let work: string;
let server: Server;
let browser: Browser;
let closeBrowser: () => Promise<void>;

const libraryCount = (page: Page) =>
  page.waitForFunction(() => document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-library')?.shadowRoot?.querySelectorAll('li').length || 0, { timeout: 10000 }).then((h) => h.jsonValue());
const bannerShown = (page: Page) => page.evaluate(() => !!document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-update-banner')?.shadowRoot?.querySelector('[role="status"]'));

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'crosslight-update-'));
  await cp(join(ROOT, 'articles'), join(work, 'articles'), { recursive: true });
  await buildApp({ articlesDir: join(work, 'articles'), outDir: join(work, 'dist'), log: () => {} });
  server = await startServer(join(work, 'dist'), 0);
  ({ browser, close: closeBrowser } = await launchChromium());
});

after(async () => {
  await closeBrowser?.();
  server?.close();
  server?.closeAllConnections();
  await rm(work, { recursive: true, force: true });
});

/** Reads every stored note straight from IndexedDB (opened at whatever version is on disk). */
const storedNotes = (page: Page) =>
  page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('crosslight');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const q = r.result.transaction('annotations').objectStore('annotations').getAll();
      q.onsuccess = () => { resolve(q.result); r.result.close(); };
    };
  }));

it('offers a new version, keeps the old one until the reader agrees, then cleans up old caches; notes untouched', async () => {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await page.goto(url);
  assert.equal(await libraryCount(page), 5);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  assert.equal(await bannerShown(page), false, 'no update offered on the first visit');
  // A note the reader made with the old version, written the way the app writes it.
  // The app creates its database at start; write only once it has.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'crosslight' && (d.version ?? 0) >= 1), { timeout: 10000 });
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const r = indexedDB.open('crosslight');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const now = new Date().toISOString();
      const tx = r.result.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').put({ id: 'kept-across-update', target: { source: 'any' }, note: 'written before the update ✍️', tags: ['t'], category: 'important', created: now, modified: now, anchor: 'anchored' });
      tx.oncomplete = () => { r.result.close(); resolve(); };
    };
  }));
  const before = await storedNotes(page);

  // Release a new version: one more article in the library.
  await writeFile(join(work, 'articles', '2025-09-01-new-report.md'), '---\ntitle: A later report\noutlet: Test Wire\npublished: 2025-09-01\n---\n\nA later report on the same story.\n');
  await buildApp({ articlesDir: join(work, 'articles'), outDir: join(work, 'dist'), log: () => {} });

  await page.reload();
  await page.waitForFunction(() => !!document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-update-banner')?.shadowRoot?.querySelector('[role="status"]'), { timeout: 10000 });
  assert.equal(await libraryCount(page), 5, 'the old version still serves until the reader agrees');

  const navigation = page.waitForNavigation();
  await page.evaluate(() => {
    const banner = document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-update-banner')!.shadowRoot!;
    [...banner.querySelectorAll('button')].find((b) => b.textContent === 'Reload to update')!.click();
  });
  await navigation;
  await page.waitForFunction(() => (document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-library')?.shadowRoot?.querySelectorAll('li').length ?? 0) === 6, { timeout: 10000 });
  const cacheNames = await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('crosslight-')));
  assert.equal(cacheNames.length, 1, `old caches deleted: ${cacheNames}`);
  assert.deepEqual(await storedNotes(page), before, 'the update leaves the reader\'s notes exactly as they were');
  await page.close();
});
