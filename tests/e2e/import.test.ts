/**
 * Importing into the built app, under its real Content-Security-Policy and Trusted Types: the
 * saved-page extractor is a separate chunk fetched only when a page is imported, nothing trips
 * the policy, the article is stored, opens in the reader, and survives a reload.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { buildApp } from '../../src/cli/build.ts';
import { launchChromium } from '../../src/cli/chromium.ts';
import { startServer } from '../../src/cli/serve.ts';

let outDir: string;
let filesDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let extractorChunk: string;

const PAGE = `<!doctype html><html><head><title>Tram line opens | Metro Ledger</title>
<meta property="og:site_name" content="Metro Ledger"><meta property="article:published_time" content="2024-09-10">
<meta http-equiv="refresh" content="0;url=https://attacker.invalid/"><base href="https://attacker.invalid/">
<script>window.__pwned = 1</script><link rel="stylesheet" href="https://attacker.invalid/x.css"></head>
<body><article><h1>Tram line opens</h1>
<p>The new tram line across the river opened on Tuesday, carrying its first passengers between the station and the university campus, the transport authority said.</p>
<p>The line has nine stops and trams will run every six minutes at peak times, according to the timetable published by the operator.</p>
<img src="https://attacker.invalid/pixel.gif" onerror="window.__pwned = 2">
<p>Construction took three years and cost about 180 million euros, the authority said in its statement on the opening.</p>
</article></body></html>`;

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'crosslight-import-dist-'));
  filesDir = await mkdtemp(join(tmpdir(), 'crosslight-import-files-'));
  await buildApp({ outDir, log: () => {} });
  for (const name of (await readdir(outDir)).filter((f) => f.startsWith('chunk.'))) {
    if (/readability/i.test(await readFile(join(outDir, name), 'utf8'))) extractorChunk = name;
  }
  await writeFile(join(filesDir, 'tram.html'), PAGE);
  server = await startServer(outDir, 0);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  ({ browser, close: closeBrowser } = await launchChromium());
});

after(async () => {
  await closeBrowser?.();
  server?.close();
  server?.closeAllConnections();
  await rm(outDir, { recursive: true, force: true });
  await rm(filesDir, { recursive: true, force: true });
});

describe('importing in the built app', () => {
  it('imports a saved page with the extractor loaded on demand, under the CSP, and keeps it across a reload', async () => {
    assert.ok(extractorChunk, 'the page extractor is its own chunk');
    const precache = await readFile(join(outDir, 'sw.js'), 'utf8');
    assert.ok(precache.includes(extractorChunk), 'the extractor chunk is precached for offline use');

    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${String(err)}`));
    page.on('console', (msg) => {
      if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScriptURL|refused/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(baseUrl);
    const lib = async () => (await page.waitForFunction(() => document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-library')?.shadowRoot?.querySelector('cl-import-panel')?.shadowRoot?.querySelector('#files'), { timeout: 10000 })) as ElementHandle<HTMLInputElement>;
    const input = await lib();
    assert.ok(!requests.some((u) => u.endsWith(extractorChunk)), 'the extractor is not part of the first load');

    await input.uploadFile(join(filesDir, 'tram.html'));
    const panel = 'document.querySelector("cl-app").shadowRoot.querySelector("cl-library").shadowRoot.querySelector("cl-import-panel").shadowRoot';
    await page.waitForFunction(`!!${panel}.querySelector("#review-heading")`, { timeout: 10000 });
    assert.ok(requests.some((u) => u.endsWith(extractorChunk)), 'the extractor was fetched when a page was imported');
    assert.equal(await page.evaluate(`${panel}.querySelector("#meta-title").value`), 'Tram line opens');
    assert.equal(await page.evaluate(`${panel}.querySelector("#meta-outlet").value`), 'Metro Ledger');
    await page.evaluate(`${panel}.querySelector('button[type="submit"]').click()`);
    await page.waitForFunction(`!!${panel}.querySelector("#report-heading")`, { timeout: 10000 });
    assert.match(await page.evaluate(`${panel}.querySelector(".outcomes").textContent`) as string, /tram\.html: added/);

    const titles = () => page.evaluate(() => [...document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-library')!.shadowRoot!.querySelectorAll('li .title')].map((t) => t.textContent));
    await page.waitForFunction(() => [...document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-library')!.shadowRoot!.querySelectorAll('li .title')].some((t) => t.textContent === 'Tram line opens'), { timeout: 10000 });
    // Re-analysis ran in the worker and finished.
    await page.waitForFunction(() => /Analysis updated/.test(document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-library')!.shadowRoot!.querySelector('.status')!.textContent!), { timeout: 60000 });

    const sinceReload = requests.length;
    await page.reload();
    await lib();
    await page.waitForFunction(() => [...document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-library')!.shadowRoot!.querySelectorAll('li .title')].some((t) => t.textContent === 'Tram line opens'), { timeout: 10000 });
    assert.equal((await titles()).length, 6);
    const href = await page.evaluate(() => [...document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-library')!.shadowRoot!.querySelectorAll('li')].find((li) => li.textContent!.includes('Tram line opens'))!.querySelector('a')!.getAttribute('href')!);
    await page.goto(baseUrl + href);
    await page.waitForFunction(() => document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-article-view')?.shadowRoot?.querySelector('article h1')?.textContent === 'Tram line opens', { timeout: 10000 });
    const body = await page.evaluate(() => document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-article-view')!.shadowRoot!.querySelector('.body')!.textContent!);
    assert.match(body, /nine stops/);
    // The reader's findings come from the analysis cached with the notes: no worker is started.
    await page.waitForFunction(() => !document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-article-view')!.shadowRoot!.querySelector('[aria-busy="true"]'), { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(requests.slice(sinceReload).filter((u) => /worker\.[0-9a-f]+\.js$/.test(u)), [], 'the cached analysis was used');

    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    // (data: URLs are the browser's own, e.g. the date field's calendar icon: not network requests.)
    assert.deepEqual(requests.filter((u) => !u.startsWith(baseUrl) && !u.startsWith('data:')), [], 'no request left the app');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
