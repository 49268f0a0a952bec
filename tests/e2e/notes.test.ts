/**
 * The reader's notes in the built app: a second tab sees changes live, and a full disk (a real
 * quota set through the DevTools protocol) shows a clear message and loses nothing.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { buildApp } from '../../src/cli/build.ts';
import { launchChromium } from '../../src/cli/chromium.ts';
import { startServer } from '../../src/cli/serve.ts';

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let articleId: string;

const VIEW = `document.querySelector('cl-app').shadowRoot.querySelector('cl-article-view')?.shadowRoot`;
const NOTES = `${VIEW}?.querySelector('cl-notes-panel')?.shadowRoot`;

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'crosslight-notes-'));
  await buildApp({ outDir, log: () => {} });
  server = await startServer(outDir, 0);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  ({ browser, close: closeBrowser } = await launchChromium());
  const html = await (await fetch(baseUrl)).text();
  const index = await (await fetch(baseUrl + /name="cl-library" content="([^"]+)"/.exec(html)![1])).json();
  articleId = index.articles[1].id;
});

after(async () => {
  await closeBrowser?.();
  server?.close();
  server?.closeAllConnections();
  await rm(outDir, { recursive: true, force: true });
});

async function openArticle(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  await page.goto(`${baseUrl}#/article/${articleId}`);
  await page.waitForFunction(`!!${VIEW}?.querySelector('.body p') && !!${VIEW}?.querySelector('cl-notes-panel')`, { timeout: 15000 });
  return page;
}

/** Selects the first `length` characters of the n-th paragraph, as a reader's drag would. */
async function selectInParagraph(page: Page, n: number, length: number): Promise<string> {
  const text = (await page.evaluate(`(() => {
    const p = ${VIEW}.querySelectorAll('.body p')[${n}];
    const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    document.getSelection().setBaseAndExtent(node, 0, node, ${length});
    return node.data.slice(0, ${length});
  })()`)) as string;
  await page.waitForFunction(`!!${VIEW}.querySelector('.selection-bar')`);
  return text;
}

const noteCount = (page: Page) => page.evaluate(`${NOTES}.querySelectorAll('li.note').length`) as Promise<number>;

it('a second tab sees a new highlight live, without reloading', async () => {
  const context = await browser.createBrowserContext();
  const first = await openArticle(context);
  const second = await openArticle(context);
  assert.equal(await noteCount(second), 0);
  await first.bringToFront();
  const quote = await selectInParagraph(first, 0, 30);
  await first.keyboard.press('h');
  await first.waitForFunction(`${NOTES}.querySelectorAll('li.note').length === 1`);
  await second.waitForFunction(`${NOTES}.querySelectorAll('li.note').length === 1`, { timeout: 10000 });
  assert.match((await second.evaluate(`${NOTES}.querySelector('.quote').textContent`)) as string, new RegExp(quote.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await context.close();
});

it('a full disk shows what to do, keeps the text in the editor, and loses nothing saved', async () => {
  const context = await browser.createBrowserContext();
  const page = await openArticle(context);
  // The disk is nearly full from the start: room for a highlight, not for a 1.5 MB note.
  // (Chromium's IndexedDB caches the space it may use once it has written, so the limit is set
  // before this session's first write, as a full disk would be.)
  // Measure once the service worker has finished precaching, or its writes race the limit.
  await page.evaluate('navigator.serviceWorker.ready');
  const client = await page.createCDPSession();
  const origin = new URL(baseUrl).origin;
  const { usage } = (await client.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await client.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 256 * 1024 });
  await selectInParagraph(page, 0, 25);
  await page.keyboard.press('h');
  await page.waitForFunction(`${NOTES}.querySelectorAll('li.note').length === 1`);

  await page.evaluate(`${NOTES}.querySelector('.add').click()`);
  await page.waitForFunction(`!!${VIEW}.querySelector('cl-note-editor')?.shadowRoot?.querySelector('textarea')`);
  // ~1.5 MB of random letters: Chromium compresses stored values, so repeated text would fit.
  const big = Array.from(randomBytes(1_500_000), (b) => String.fromCharCode(97 + (b % 26))).join('');
  await page.evaluate(`(() => {
    const t = ${VIEW}.querySelector('cl-note-editor').shadowRoot.querySelector('textarea');
    t.value = ${JSON.stringify(big)};
    t.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
  await page.evaluate(`[...${VIEW}.querySelector('cl-note-editor').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.startsWith('Save')).click()`);
  await page.waitForFunction(`!!${VIEW}.querySelector('cl-note-editor')?.shadowRoot?.querySelector('[role=alert]')`, { timeout: 10000 });
  const message = (await page.evaluate(`${VIEW}.querySelector('cl-note-editor').shadowRoot.querySelector('[role=alert]').textContent`)) as string;
  assert.match(message, /out of storage space/i);
  assert.match(message, /nothing was changed/i);
  assert.equal(((await page.evaluate(`${VIEW}.querySelector('cl-note-editor').shadowRoot.querySelector('textarea').value`)) as string).length, big.length, 'the text stays in the editor');
  assert.equal(await noteCount(page), 1, 'the earlier highlight is still listed');

  // Space again: the same text saves, and the earlier highlight is untouched.
  await client.send('Storage.overrideQuotaForOrigin', { origin });
  await page.evaluate(`[...${VIEW}.querySelector('cl-note-editor').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.startsWith('Save')).click()`);
  await page.waitForFunction(`!${VIEW}.querySelector('cl-note-editor')`, { timeout: 10000 });
  await page.reload();
  await page.waitForFunction(`${NOTES}?.querySelectorAll('li.note').length === 2`, { timeout: 15000 });
  await context.close();
});

it('a full disk during an import writes none of it, says what to do, and the retry imports it all', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  await page.goto(`${baseUrl}#/notes`);
  const transfer = `document.querySelector('cl-app').shadowRoot.querySelector('cl-notes-view')?.shadowRoot?.querySelector('cl-notes-transfer')?.shadowRoot`;
  await page.waitForFunction(`!!${transfer}?.querySelector('#import:not([disabled])')`, { timeout: 15000 });
  await page.evaluate('navigator.serviceWorker.ready');
  const client = await page.createCDPSession();
  const origin = new URL(baseUrl).origin;
  const { usage } = (await client.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await client.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 256 * 1024 });

  // 30 notes of 100 KB of random letters each: 3 MB that cannot fit in 256 KB, in one import.
  const now = new Date().toISOString();
  const annotations = Array.from({ length: 30 }, (_, i) => ({
    id: `import-${i}`, target: { source: articleId }, note: Array.from(randomBytes(100_000), (b) => String.fromCharCode(97 + (b % 26))).join(''),
    tags: ['imported'], category: 'important', created: now, modified: now, anchor: 'anchored',
  }));
  const dir = await mkdtemp(join(tmpdir(), 'crosslight-import-'));
  const file = join(dir, 'crosslight-backup.json');
  await writeFile(file, JSON.stringify({ format: 'crosslight-backup', schemaVersion: 1, exported: now, articles: [], annotations, reviews: [], drafts: [] }));
  const upload = async () => {
    const input = (await page.evaluateHandle(`${transfer}.querySelector('#import')`)) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
  };
  const storedCount = () => page.evaluate(`new Promise((resolve) => { const r = indexedDB.open('crosslight'); r.onsuccess = () => { const q = r.result.transaction('annotations').objectStore('annotations').count(); q.onsuccess = () => { resolve(q.result); r.result.close(); }; }; })`) as Promise<number>;

  await upload();
  await page.waitForFunction(`!!${transfer}.querySelector('[role=alert]')`, { timeout: 20000 });
  const message = (await page.evaluate(`${transfer}.querySelector('[role=alert]').textContent`)) as string;
  assert.match(message, /out of storage space/i);
  assert.match(message, /nothing was changed/i);
  assert.equal(await storedCount(), 0, 'not one of the 30 notes was written');

  await client.send('Storage.overrideQuotaForOrigin', { origin });
  await upload();
  await page.waitForFunction(`${transfer}.querySelector('[role=status]').textContent.includes('30 added')`, { timeout: 20000 });
  assert.equal(await storedCount(), 30);
  await rm(dir, { recursive: true, force: true });
  await context.close();
});

it('when notes cannot be opened at start (a newer database on disk), articles still read and the reader is told why', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  await page.goto(`${baseUrl}#/`);
  // A database written by a future version of Crosslight, as a rolled-back app would find it.
  await page.evaluate(`new Promise((resolve, reject) => { const r = indexedDB.open('crosslight', 99); r.onupgradeneeded = () => r.result.createObjectStore('future'); r.onsuccess = () => { r.result.close(); resolve(); }; r.onerror = () => reject(r.error); })`);
  await page.goto(`${baseUrl}#/article/${articleId}`);
  await page.reload();
  await page.waitForFunction(`!!${VIEW}?.querySelector('.body p') && !!${NOTES}?.querySelector('.problem')`, { timeout: 15000 });
  const problem = (await page.evaluate(`${NOTES}.querySelector('.problem').textContent`)) as string;
  assert.match(problem, /newer version of Crosslight/);
  assert.match(problem, /read every article/);
  assert.equal(await page.evaluate(`${NOTES}.querySelector('button.add').disabled`), true, 'no note can be started that could not be saved');
  await context.close();
});
