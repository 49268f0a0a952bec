/**
 * `npm start [-- --articles DIR]`: builds the app and serves dist/ on http://localhost:8000
 * (PORT overrides). A plain static server: the app needs nothing else.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argValue, buildApp } from './build.ts';
import { contentSecurityPolicy } from './csp.ts';
import { LibraryFolderError } from './library-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves a built dist/ folder. Hashed files are immutable; the shell and sw.js are revalidated. */
export function startServer(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const hashed = /\.[0-9a-f]{10}\.(js|css|json)$/.test(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'Content-Security-Policy': contentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = Number(process.env.PORT ?? 8000);
  const { outDir } = await buildApp({ articlesDir: argValue(args, '--articles') });
  try {
    await startServer(outDir, port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'EADDRINUSE' ? `port ${port} is in use: try PORT=8001 npm start` : String(err));
  }
  console.log(`Crosslight is running at http://localhost:${port}/  (Ctrl+C to stop)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    const message = err instanceof LibraryFolderError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`crosslight: ${message}\n`);
    process.exit(1);
  });
}
