/**
 * Builds the app into dist/: content-hashed bundles (app, analysis worker), one JSON file per
 * article plus a library index, the HTML shell with its CSP, the manifest, and the service
 * worker whose precache list names every hashed file.
 *
 *   npm run build [-- --articles DIR] [--out DIR]
 */
import { build as esbuild } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byPublished } from '../core/corpus/library.ts';
import type { LibraryEntry } from '../core/types.ts';
import { contentSecurityPolicy } from './csp.ts';
import { loadLibraryFolder, type FileProblem } from './library-files.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** How the analysis worker is bundled; the bench builds the engine the same way, to time what ships. */
export function shippedBundle(minify: boolean) {
  return {
    bundle: true,
    target: 'es2022',
    minify,
    sourcemap: false,
    write: false,
    legalComments: 'none',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  } as const;
}

export interface BuildOptions {
  articlesDir?: string;
  outDir?: string;
  minify?: boolean;
  log?: (line: string) => void;
}

export interface BuildResult {
  outDir: string;
  articles: number;
  problems: FileProblem[];
  precache: string[];
}


export async function buildApp(options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const finalDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  const articlesDir = resolve(options.articlesDir ?? join(ROOT, 'articles'));
  const minify = options.minify ?? true;

  const { articles, problems } = await loadLibraryFolder(articlesDir);
  for (const p of problems) log(`skipped ${p.file}: ${p.reason}`);
  if (articles.length === 0) throw new Error(`no readable article in ${articlesDir}`);

  // Built into a staging folder and swapped in at the end: a build that fails midway leaves the
  // previous output as it was, never a half-written dist/ that a server or a test would serve.
  const outDir = `${finalDir}.partial-${process.pid}`;
  await rm(outDir, { recursive: true, force: true });
  let version: string;
  const precache: string[] = [];
  try {
    await mkdir(join(outDir, 'library'), { recursive: true });

    const emit = async (name: string, body: string | Uint8Array) => {
      await writeFile(join(outDir, name), body);
      precache.push(name);
    };

    // Articles: one immutable file each, named by content hash, so the service worker can keep
    // every version apart and a changed article is a new URL.
    const entries: LibraryEntry[] = [];
    for (const article of [...articles].sort(byPublished)) {
      const body = JSON.stringify(article);
      const href = `library/${article.id}.${hash(body)}.json`;
      await emit(href, body);
      const { markdown: _m, text: _t, ...meta } = article;
      entries.push({ ...meta, href });
    }
    const indexBody = JSON.stringify({ articles: entries });
    const libraryHref = `library.${hash(indexBody)}.json`;
    await emit(libraryHref, indexBody);

    const bundle = async (entry: string, name: string, format: 'esm' | 'iife') => {
      const result = await esbuild({ ...shippedBundle(minify), entryPoints: [join(ROOT, entry)], format });
      const code = result.outputFiles[0].contents;
      const file = `${name}.${hash(code)}.js`;
      await emit(file, code);
      return file;
    };

    const workerHref = await bundle('src/worker/analysis-worker.ts', 'worker', 'esm');
    const appHref = await bundleApp();
    // The app is split: code loaded with a dynamic import (the saved-page extractor) becomes its
    // own chunk, fetched only when used, so the first load stays small. Every chunk is named by
    // content hash and precached, so imports work offline too.
    async function bundleApp(): Promise<string> {
      const result = await esbuild({
        entryPoints: [join(ROOT, 'src/app/main.ts')],
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        minify,
        sourcemap: false,
        write: false,
        outdir: outDir,
        entryNames: 'app.[hash]',
        chunkNames: 'chunk.[hash]',
        legalComments: 'none',
        tsconfig: join(ROOT, 'tsconfig.json'),
        logLevel: 'silent',
      });
      let entry = '';
      for (const output of result.outputFiles) {
        const name = basename(output.path);
        await emit(name, output.contents);
        if (name.startsWith('app.')) entry = name;
      }
      return entry;
    }

    const css = await readFile(join(ROOT, 'src/app/styles.css'));
    const cssHref = `app.${hash(css)}.css`;
    await emit(cssHref, css);

    for (const icon of ['icon.svg', 'icon-192.png', 'icon-512.png']) {
      await emit(icon, await readFile(join(ROOT, 'src/app/icons', icon)));
    }
    const manifest = await readFile(join(ROOT, 'src/app/manifest.webmanifest'));
    await emit('manifest.webmanifest', manifest);

    const html = (await readFile(join(ROOT, 'src/app/index.html'), 'utf8'))
      .replaceAll('%CSP%', contentSecurityPolicy())
      .replaceAll('%APP%', appHref)
      .replaceAll('%CSS%', cssHref)
      .replaceAll('%LIBRARY%', libraryHref)
      .replaceAll('%WORKER%', workerHref);
    await emit('index.html', html);

    // The service worker keeps a fixed name: the browser checks that one URL for updates. Its
    // bytes embed the hashed precache list, so any change to the app makes it a new version.
    version = hash(precache.join('\n') + (await Promise.all(precache.map((f) => readFile(join(outDir, f))))).map((b) => hash(b)).join(''));
    const sw = await esbuild({
      entryPoints: [join(ROOT, 'src/sw/sw.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify,
      write: false,
      logLevel: 'silent',
      define: { __PRECACHE__: JSON.stringify(['./', ...precache]), __VERSION__: JSON.stringify(version) },
    });
    await writeFile(join(outDir, 'sw.js'), sw.outputFiles[0].contents);

  } catch (err) {
    await rm(outDir, { recursive: true, force: true });
    throw err;
  }
  await rm(finalDir, { recursive: true, force: true });
  await rename(outDir, finalDir);

  log(`built ${articles.length} articles from ${basename(articlesDir)}/ into ${finalDir} (version ${version})`);
  return { outDir: finalDir, articles: articles.length, problems, precache };
}

export function hash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const prefixed = args.find((a) => a.startsWith(name + '='));
  return prefixed?.slice(name.length + 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  buildApp({ articlesDir: argValue(args, '--articles'), outDir: argValue(args, '--out') }).catch((err) => {
    process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
