/**
 * `npm run export-notes -- BACKUP.json --format markdown|web-annotation|csv [--articles DIR] [--out DIR]`
 *
 * Turns a Crosslight backup (downloaded from the notes view) into the other export formats,
 * outside the browser: for scripts that keep an Obsidian vault or a Readwise import up to date.
 * The articles are the backup's imported ones plus the library folder (default: articles/);
 * findings are recomputed from them, so the Markdown footnotes match what the app shows.
 * Writes the files into --out (default: the current folder) and prints their names. A broken
 * backup prints what is wrong and where, writes nothing, and exits 1.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeLibrary } from '../core/analysis/index.ts';
import { DEFAULT_MAX_IMPORT_BYTES, exportFileName, parseBackup, toCsv, toMarkdown, toWebAnnotation, type ExportFile } from '../core/export/index.ts';
import { formatBytes } from '../core/corpus/decode.ts';
import { ROOT } from './build.ts';
import { loadLibraryFolder } from './library-files.ts';

const FORMATS = ['markdown', 'web-annotation', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export async function main(argv: string[], now = new Date()): Promise<number> {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const format = (opt('--format') ?? 'markdown') as Format;
  if (!file || !FORMATS.includes(format)) {
    process.stderr.write(`usage: npm run export-notes -- BACKUP.json --format ${FORMATS.join('|')} [--articles DIR] [--out DIR]\n`);
    return 2;
  }
  const size = await stat(file).then((s) => s.size).catch(() => -1);
  if (size < 0) return fail(`${file}: no such file`);
  if (size > DEFAULT_MAX_IMPORT_BYTES) return fail(`${file}: ${formatBytes(size)}, above the ${formatBytes(DEFAULT_MAX_IMPORT_BYTES)} limit: is it the right file?`);
  const parsed = parseBackup(await readFile(file, 'utf8'));
  if (!parsed.ok) return fail(`${file} is not a usable backup:\n${parsed.errors.map((e) => `  ${e.path || '(file)'}: ${e.message}`).join('\n')}`);

  const folder = await loadLibraryFolder(resolve(opt('--articles') ?? join(ROOT, 'articles'))).catch((err: Error) => ({ articles: [], problems: [{ file: opt('--articles') ?? 'articles/', reason: err.message }] }));
  for (const p of folder.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  const ids = new Set(folder.articles.map((a) => a.id));
  const articles = [...folder.articles, ...parsed.data.articles.filter((a) => !ids.has(a.id))];
  const links = (await analyzeLibrary(articles)).links;
  const input = { articles, annotations: parsed.data.annotations, links, reviews: parsed.data.reviews };
  const files: ExportFile[] =
    format === 'markdown' ? toMarkdown(input)
    : format === 'csv' ? [{ name: exportFileName('csv', now), content: toCsv(input.annotations, articles) }]
    : [{ name: exportFileName('web-annotation', now), content: toWebAnnotation(input, { label: 'Crosslight notes' }) }];
  const out = resolve(opt('--out') ?? '.');
  for (const f of files) {
    await writeFile(join(out, f.name), f.content);
    process.stdout.write(join(out, f.name) + '\n');
  }
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`export-notes: ${message}\n`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err) => {
    process.stderr.write(`export-notes: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
