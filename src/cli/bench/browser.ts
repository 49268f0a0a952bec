/**
 * One headless Chromium for every browser measure, and the bench page: the project's own
 * renderMarkdown, TextMap, painter and storage (plus marked and Dexie as baselines), bundled by
 * esbuild from page/entry.ts and served from a temp folder on 127.0.0.1. The page has no CSP
 * (the app's Trusted Types would forbid the innerHTML baseline); the app itself is measured
 * separately, built and served as `npm start` serves it.
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../build.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

export interface BenchBrowser {
  browser: Browser;
  /** A new page on the bench page, with the measure functions on `globalThis.benchPage`. */
  benchPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The page tsx-compiled callers hand functions to must know tsx's `__name` helper. */
export async function preparePage(page: Page): Promise<Page> {
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  page.on('pageerror', (err) => process.stderr.write(`bench page error: ${String(err)}\n`));
  return page;
}

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crosslight bench</title>
<style>
  body { margin: 0; font-family: Georgia, serif; }
  #host { max-width: 65ch; margin: 0 auto; padding: 1rem; font-size: 1.1875rem; line-height: 1.65; }
  #host p { margin: 0 0 1.1em; hyphens: auto; }
  ::highlight(cl-note-important) { background: #ffe58a; text-decoration: underline double 1px; }
  ::highlight(cl-note-question) { background: #bfe3ff; text-decoration: underline double 1px; }
  ::highlight(cl-note-disputed) { background: #ffc7c2; text-decoration: underline double 1px; }
  ::highlight(cl-note-follow-up) { background: #c9f2c7; text-decoration: underline double 1px; }
</style>
<script src="bench.js"></script></head><body><div id="host"></div></body></html>`;

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'crosslight-bench-page-'));
  const profile = await mkdtemp(join(tmpdir(), 'crosslight-bench-chromium-'));
  await build({
    entryPoints: [join(ROOT, 'src/cli/bench/page/entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    outfile: join(dir, 'bench.js'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  await writeFile(join(dir, 'index.html'), PAGE_HTML);
  const server: Server = createServer(async (req, res) => {
    const name = req.url === '/bench.js' ? 'bench.js' : 'index.html';
    res.writeHead(200, { 'Content-Type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(await readFile(join(dir, name)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    userDataDir: profile,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    async benchPage() {
      const page = await preparePage(await browser.newPage());
      await page.goto(url);
      await page.waitForFunction(() => 'benchPage' in globalThis);
      return page;
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      server.close();
      await rm(dir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    },
  };
}

