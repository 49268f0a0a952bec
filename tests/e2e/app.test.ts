/**
 * The built app, served as `npm start` serves it, in Debian's headless Chromium: the bundled
 * library, the reader, keyboard use, accessibility, and reading with the network off.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { buildApp, ROOT } from '../../src/cli/build.ts';
import { startServer } from '../../src/cli/serve.ts';
import { launchChromium } from '../../src/cli/chromium.ts';

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let closeBrowser: () => Promise<void>;
const bundled: { id: string; outlet: string | null; published: string | null }[] = [];

/** Text of the first element matching a selector, looking inside every shadow root. */
async function deepText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector(sel);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          const inner = find(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    return find(document)?.textContent ?? null;
  }, selector);
}

async function libraryItems(page: Page): Promise<{ title: string; outlet: string; date: string; href: string }[]> {
  await page.waitForFunction(() => (document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-library')?.shadowRoot?.querySelectorAll('li').length ?? 0) > 0, { timeout: 10000 });
  return page.evaluate(() =>
    [...document.querySelector('cl-app')!.shadowRoot!.querySelector('cl-library')!.shadowRoot!.querySelectorAll('li')].map((li) => ({
      title: li.querySelector('.title')!.textContent!,
      outlet: li.querySelector('.outlet')!.textContent!,
      date: li.querySelector('time')!.textContent!,
      href: li.querySelector('a')!.getAttribute('href')!,
    })),
  );
}

async function articleHeading(page: Page): Promise<string> {
  await page.waitForFunction(() => !!document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-article-view')?.shadowRoot?.querySelector('article h1'), { timeout: 10000 });
  return (await deepText(page, 'article h1'))!;
}

async function freshPage(): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // tsx compiles this file with keepNames, which wraps functions passed to page.evaluate in __name().
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  page.on('pageerror', (err) => problems.push(`page error: ${String(err)}`));
  // The app must never trip its own Content-Security-Policy or Trusted Types.
  page.on('console', (msg) => {
    if (/Content Security Policy|Trusted Type|TrustedScriptURL|TrustedHTML/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  return page;
}

const problems: string[] = [];
afterEach(() => {
  const seen = problems.splice(0);
  assert.deepEqual(seen, [], 'no page errors or CSP violations');
});

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'crosslight-dist-'));
  await buildApp({ outDir, log: () => {} });
  server = await startServer(outDir, 0);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  ({ browser, close: closeBrowser } = await launchChromium());
  const index = JSON.parse(await readFile(join(outDir, (await readdir(outDir)).find((f) => /^library\..*\.json$/.test(f))!), 'utf8'));
  bundled.push(...index.articles);
});

after(async () => {
  await closeBrowser?.();
  server?.close();
  server?.closeAllConnections();
  await rm(outDir, { recursive: true, force: true });
});

describe('the bundled library in Chromium', () => {
  it('lists the five bundled articles in date order with outlet and date', async () => {
    const page = await freshPage();
    await page.goto(baseUrl);
    const items = await libraryItems(page);
    const files = (await readdir(join(ROOT, 'articles'))).filter((f) => f.endsWith('.md'));
    assert.equal(items.length, files.length);
    assert.equal(items.length, 5);
    for (const [i, item] of items.entries()) {
      assert.equal(item.outlet, bundled[i].outlet ?? 'Outlet unknown');
      assert.match(item.date, bundled[i].published ? /^\d{1,2} [A-Z][a-z]{2} \d{4}$/ : /^Date unknown$/);
    }
    const dated = bundled.map((b) => b.published).filter(Boolean) as string[];
    assert.deepEqual(dated, [...dated].sort());
    await page.close();
  });

  it('renders every article, and a deep link survives a reload', async () => {
    const page = await freshPage();
    for (const { id } of bundled) {
      await page.goto(`${baseUrl}#/article/${id}`);
      const source = await readFile(join(ROOT, 'articles', `${id}.md`), 'utf8');
      const title = /^title: "?(.*?)"?$/m.exec(source)![1];
      assert.equal(await articleHeading(page), title);
      const bodyText = await deepText(page, '.body');
      assert.ok(bodyText && bodyText.length > 1000, `${id} body rendered`);
    }
    await page.reload();
    assert.equal(await page.evaluate(() => location.hash), `#/article/${bundled.at(-1)!.id}`);
    assert.ok((await articleHeading(page)).length > 0);
    await page.close();
  });

  it('reaches and opens every article with the keyboard alone', async () => {
    const page = await freshPage();
    await page.goto(baseUrl);
    const items = await libraryItems(page);
    const reached = new Set<string>();
    for (let i = 0; i < 30 && reached.size < items.length; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('href') ?? null;
      });
      if (href?.startsWith('#/article/')) reached.add(href);
    }
    assert.deepEqual([...reached].sort(), items.map((i) => i.href).sort());
    await page.keyboard.press('Enter');
    assert.ok((await articleHeading(page)).length > 0);
    assert.match(await page.evaluate(() => location.hash), /^#\/article\//);
    await page.close();
  });

  it('has no axe-core violations on the library and reader views', async () => {
    const page = await freshPage();
    const axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const hash of ['', `#/article/${bundled[0].id}`]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(baseUrl + hash);
        if (hash) await articleHeading(page);
        else await libraryItems(page);
        // DevTools evaluation is not subject to the page's CSP, so axe runs on the real page.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
          return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        });
        assert.deepEqual(violations, [], `${hash || 'library'} (${scheme})`);
      }
    }
    await page.close();
  });

  it('opens the compare view, the story list, a story matrix and the notes view, each free of axe violations in both themes', async () => {
    const page = await freshPage();
    const axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const app = `document.querySelector('cl-app').shadowRoot`;
    const views: Array<[string, string]> = [
      // Optional chaining: each view's code loads on first use, so its element starts undefined.
      [`#/compare/${bundled[0].id}/${bundled[3].id}`, `${app}.querySelector('cl-compare-view')?.shadowRoot?.querySelectorAll('.gutter path').length > 0`],
      ['#/story', `${app}.querySelector('cl-story-matrix')?.shadowRoot?.querySelectorAll('a.story').length > 0`],
      ['#/notes', `!!${app}.querySelector('cl-notes-view')?.shadowRoot?.querySelector('.count')`],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const [hash, ready] of views) {
        await page.goto(baseUrl + hash);
        await page.waitForFunction(ready, { timeout: 20000 });
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
          return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        });
        assert.deepEqual(violations, [], `${hash} (${scheme})`);
      }
      // From the story list into the first story's matrix, as a reader would.
      await page.goto(baseUrl + '#/story');
      await page.waitForFunction(views[1][1], { timeout: 20000 });
      await page.evaluate(`${app}.querySelector('cl-story-matrix').shadowRoot.querySelector('a.story').click()`);
      await page.waitForFunction(`${app}.querySelector('cl-story-matrix').shadowRoot.querySelectorAll('tbody tr').length > 0`, { timeout: 10000 });
    }
    await page.close();
  });

  it('shows findings computed in the worker; "Open there" lands on the passage and Back returns', async () => {
    const page = await freshPage();
    const id = bundled[3].id;
    await page.goto(`${baseUrl}#/article/${id}`);
    await articleHeading(page);
    const view = `document.querySelector('cl-app').shadowRoot.querySelector('cl-article-view')?.shadowRoot`;
    await page.waitForFunction(`${view}.querySelector('cl-findings-panel').shadowRoot.querySelectorAll('li button').length > 0`, { timeout: 20000 });
    await page.evaluate(`${view}.querySelector('cl-findings-panel').shadowRoot.querySelector('li button').click()`);
    await page.waitForFunction(`!!${view}.querySelector('cl-evidence-card')?.shadowRoot?.querySelector('a')`);
    const own = (await page.evaluate(`[...CSS.highlights.get('cl-active')][0].toString()`)) as string;
    const quote = (await page.evaluate(`${view}.querySelector('cl-evidence-card').shadowRoot.querySelector('blockquote').textContent`)) as string;
    const href = (await page.evaluate(`${view}.querySelector('cl-evidence-card').shadowRoot.querySelector('a').getAttribute('href')`)) as string;
    await page.evaluate(`${view}.querySelector('cl-evidence-card').shadowRoot.querySelector('a').click()`);
    await page.waitForFunction((h) => location.hash === h, {}, href);
    const other = /^#\/article\/([^?]+)\?/.exec(href)![1];
    await page.waitForFunction(`document.querySelector('cl-app').shadowRoot.querySelector('cl-article-view')?.articleId === ${JSON.stringify(other)}`);
    await page.waitForFunction((q) => CSS.highlights.has('cl-active') && [...CSS.highlights.get('cl-active')!][0].toString().replace(/\s+/g, ' ') === q.replace(/\s+/g, ' '), { timeout: 10000 }, quote);
    await page.goBack();
    await page.waitForFunction((i) => location.hash.startsWith(`#/article/${i}?at=`), {}, id);
    await page.waitForFunction((q) => CSS.highlights.has('cl-active') && [...CSS.highlights.get('cl-active')!][0].toString() === q, { timeout: 10000 }, own);
    await page.close();
  });

  it('is installable as an app (Chromium reports no installability error)', async () => {
    // The default (non-incognito) context: Chromium never offers installation in incognito.
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await libraryItems(page);
    await page.evaluate('navigator.serviceWorker.ready');
    const client = await page.createCDPSession();
    const { installabilityErrors } = await client.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await fetch(new URL('manifest.webmanifest', baseUrl))).json();
    for (const icon of manifest.icons) assert.equal((await fetch(new URL(icon.src, baseUrl))).status, 200, icon.src);
    await page.close();
  });

  it('keeps reading the library and an article with the network off, then with the server gone', async () => {
    const page = await freshPage();
    await page.goto(baseUrl);
    await libraryItems(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.setOfflineMode(true);
    await page.reload();
    assert.equal((await libraryItems(page)).length, 5);
    await page.goto(`${baseUrl}#/article/${bundled[2].id}`);
    assert.ok((await articleHeading(page)).length > 0);
    await page.setOfflineMode(false);

    // Stronger than offline mode: nothing listens at the address any more.
    // Drop the browser's keep-alive connections too, or close() waits for them.
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    await page.goto(`${baseUrl}#/article/${bundled[4].id}`);
    await page.reload();
    assert.ok((await articleHeading(page)).length > 0);
    server = await startServer(outDir, Number(new URL(baseUrl).port));
    await page.close();
  });
});
