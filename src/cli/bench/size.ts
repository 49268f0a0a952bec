/**
 * Measure 6: bytes a reader downloads. First-load JavaScript is every script the built
 * index.html loads (module scripts and modulepreloads); the analysis worker is loaded later,
 * on demand; the precache is every file in dist (what the service worker stores offline).
 * Gzip at level 9, as a static host would serve them.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeResult {
  firstLoadFiles: string[];
  firstLoadRawBytes: number;
  firstLoadGzipBytes: number;
  workerFile: string;
  workerRawBytes: number;
  workerGzipBytes: number;
  precacheFiles: number;
  precacheRawBytes: number;
  precacheGzipBytes: number;
}

const gzipped = (data: Buffer) => gzipSync(data, { level: 9 }).length;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

export async function measureSize(dist: string): Promise<SizeResult> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  const worker = /<meta name="cl-worker" content="([^"]+)"/.exec(html)?.[1] ?? (await readdir(dist)).find((f) => /^worker\..*\.js$/.test(f));
  if (!worker) throw new Error('no analysis worker in dist');
  // With code splitting, a first-load script pulls in the chunks it imports statically
  // (`import … from"./chunk.X.js"`), and they in turn theirs; dynamic `import()`s load later.
  for (let i = 0; i < scripts.length; i++) {
    const body = await readFile(join(dist, scripts[i]), 'utf8');
    for (const m of body.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) if (!scripts.includes(m[1])) scripts.push(m[1]);
  }
  let firstRaw = 0;
  let firstGz = 0;
  for (const s of scripts) {
    const body = await readFile(join(dist, s));
    firstRaw += body.length;
    firstGz += gzipped(body);
  }
  const workerBody = await readFile(join(dist, worker));
  let raw = 0;
  let gz = 0;
  const all = await filesUnder(dist);
  for (const f of all) {
    const body = await readFile(f);
    raw += body.length;
    gz += gzipped(body);
  }
  return {
    firstLoadFiles: scripts,
    firstLoadRawBytes: firstRaw,
    firstLoadGzipBytes: firstGz,
    workerFile: worker,
    workerRawBytes: workerBody.length,
    workerGzipBytes: gzipped(workerBody),
    precacheFiles: all.length,
    precacheRawBytes: raw,
    precacheGzipBytes: gz,
  };
}

