/**
 * Measures 2b and 7 on the real app, built by buildApp and served by startServer exactly as
 * `npm start` serves it (CSP, Trusted Types, service worker):
 *  - cold start offline: a new tab, the network off, navigation to the library list painted,
 *    every byte coming from the service worker's cache;
 *  - first render of the reader view: from following a link in the library to the article's
 *    body laid out, in a tab that has not shown an article yet;
 *  - opening the notes view with 10,000 notes in the app's own database (seeded after the two
 *    above, so they run with an empty one): from following the link to the list in a frame.
 * Times are read inside the page (performance.now() counts from the navigation's start), so
 * the DevTools protocol's own latency is not in them.
 */
import { build } from 'esbuild';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { ROOT } from '../build.ts';
import { startServer } from '../serve.ts';
import { preparePage } from './browser.ts';
import type { NoteArticle } from './page/notes.ts';
import { type RunPlan, type Summary, summarize } from './stats.ts';

export interface AppResult {
  /** Navigation start to the first frame with the library's list in it, offline. */
  coldStart: Summary;
  coldStartMs: number;
  libraryItems: number;
  /** Click on an article link to the first frame with the article's body laid out. */
  readerFirstRender: Summary;
  readerFirstRenderMs: number;
  readerArticle: string;
  readerWords: number;
  /** Link to the notes view followed, to its list in a frame, with `seeded` notes stored. */
  notesView: { summary: Summary; ms: number; seeded: number; listed: number } | { error: string };
}

/**
 * The library list, found through the shells' shadow roots. Resolves with performance.now() in
 * the animation frame that first sees it: that frame paints it.
 */
const LIBRARY_PAINTED = `new Promise((resolve) => {
  const look = () => {
    const items = document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-library')?.shadowRoot?.querySelectorAll('ol li');
    if (items && items.length > 0) resolve({ at: performance.now(), items: items.length });
    else requestAnimationFrame(look);
  };
  look();
})`;

/**
 * Follows a link to `hash` as a click would, then waits (frame by frame) until `ready` finds
 * the new view rendered. Resolves with the time taken and what `ready` returned.
 */
const routeScript = (hash: string, ready: string) => `new Promise((resolve, reject) => {
  const app = document.querySelector('cl-app')?.shadowRoot;
  const ready = ${ready};
  const t0 = performance.now();
  location.hash = ${JSON.stringify(hash)};
  const look = () => {
    const found = ready(app);
    if (found) resolve({ ms: performance.now() - t0, found });
    else if (performance.now() - t0 > 60000) reject(new Error('${hash} did not render within 60 s'));
    else requestAnimationFrame(look);
  };
  look();
})`;

/** The article's body with its text in it, laid out. */
const ARTICLE_READY = `(app) => {
  const body = app?.querySelector('cl-article-view')?.shadowRoot?.querySelector('.body');
  return body && body.textContent.length > 500 ? body.getBoundingClientRect().height > 0 : false;
}`;

/** The notes list with its items in it. */
const NOTES_READY = `(app) => app?.querySelector('cl-notes-view')?.shadowRoot?.querySelectorAll('ol.notes > li').length || 0`;

type RouteResult = { ms: number; found: number | boolean };

async function waitForController(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  })()`);
}

/** The seeding script (page/seed.ts) as one IIFE, evaluated in the app's page. */
async function seedScript(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/cli/bench/page/seed.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export async function measureApp(
  browser: Browser,
  dist: string,
  reader: { id: string; words: number },
  notes: { articles: NoteArticle[]; count: number },
  plan: RunPlan,
  log: (s: string) => void,
): Promise<AppResult> {
  const server: Server = await startServer(dist, 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // An incognito-like context of its own: a fresh service worker and cache, none of the
  // bench page's IndexedDB.
  const context: BrowserContext = await browser.createBrowserContext();
  try {
    // Online once: the service worker installs, precaches everything and takes control.
    log('app: first load online, service worker installing');
    const online = await preparePage(await context.newPage());
    await online.goto(url);
    await online.evaluate(LIBRARY_PAINTED);
    await waitForController(online);
    await online.close();

    const coldStarts: number[] = [];
    const readers: number[] = [];
    let items = 0;
    for (let i = 0; i < plan.warmup + plan.runs; i++) {
      // A new tab each run: nothing of the app in its memory; the network is off before it loads.
      const page = await preparePage(await context.newPage());
      await page.setOfflineMode(true);
      await page.goto(url);
      const painted = (await page.evaluate(LIBRARY_PAINTED)) as { at: number; items: number };
      const article = (await page.evaluate(routeScript(`#/article/${reader.id}`, ARTICLE_READY))) as RouteResult;
      await page.close();
      items = painted.items;
      if (i < plan.warmup) continue;
      coldStarts.push(painted.at);
      readers.push(article.ms);
    }

    const cold = summarize(coldStarts);
    const firstRender = summarize(readers);
    return {
      coldStart: cold,
      coldStartMs: cold.median,
      libraryItems: items,
      readerFirstRender: firstRender,
      readerFirstRenderMs: firstRender.median,
      readerArticle: reader.id,
      readerWords: reader.words,
      // A failure here must not cost the two figures above.
      notesView: await measureNotesView(context, url, notes, plan, log).catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) })),
    };
  } finally {
    await context.close();
    server.closeAllConnections();
    server.close();
  }
}

async function measureNotesView(
  context: BrowserContext,
  url: string,
  notes: { articles: NoteArticle[]; count: number },
  plan: RunPlan,
  log: (s: string) => void,
): Promise<{ summary: Summary; ms: number; seeded: number; listed: number }> {
  // Through the app's own storage in the app's own origin.
  log(`app: seeding ${notes.count} notes, then opening the notes view`);
  const seeder = await preparePage(await context.newPage());
  await seeder.setOfflineMode(true);
  await seeder.goto(url);
  await seeder.evaluate(LIBRARY_PAINTED);
  await seeder.evaluate(await seedScript());
  const seeded = await seeder.evaluate(
    (articles, count) => (globalThis as unknown as { benchSeedNotes(a: NoteArticle[], n: number): Promise<number> }).benchSeedNotes(articles, count),
    notes.articles,
    notes.count,
  );
  await seeder.close();
  const notesViews: number[] = [];
  let listed = 0;
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const page = await preparePage(await context.newPage());
    await page.setOfflineMode(true);
    await page.goto(url);
    await page.evaluate(LIBRARY_PAINTED);
    const view = (await page.evaluate(routeScript('#/notes', NOTES_READY))) as RouteResult;
    await page.close();
    listed = Number(view.found);
    if (i >= plan.warmup) notesViews.push(view.ms);
  }
  const summary = summarize(notesViews);
  return { summary, ms: summary.median, seeded, listed };
}
