/**
 * `npm run analyze -- DIR [--json] [--skip-invalid]`
 *
 * Reads every .md and .txt file in DIR (not recursive), runs the cross-source analysis and
 * prints a readable report, or with --json only the JSON result on stdout (progress and
 * warnings go to stderr).
 *
 * Bad input is an error the user must see: a missing or unreadable folder, a folder without
 * articles, or any file that is empty, binary, not UTF-8 or has broken front matter stops the
 * run with a message naming each bad file and exit code 1, and nothing on stdout. A partial
 * analysis that silently leaves out a source would misreport what the outlets agree on.
 * `--skip-invalid` opts into skipping such files with a warning on stderr instead.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeLibrary } from '../core/analysis/index.ts';
import type { AnalysisResult } from '../core/types.ts';
import { loadLibraryFolder, type LoadedLibrary } from './library-files.ts';

/** The CLI's JSON: exactly the documented shape. */
export function toJson(result: AnalysisResult): unknown {
  return {
    articles: result.articles.map((a) => ({ id: a.id, file: a.file ?? null, title: a.title, outlet: a.outlet, published: a.published })),
    stories: result.stories.map((s) => ({ id: s.id, articles: s.articles })),
    entities: result.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, articles: e.articles })),
    facts: result.facts.map((f) => ({ id: f.id, summary: f.summary, articles: f.articles, links: f.links })),
    links: result.links.map((l) => ({ kind: l.kind, a: l.a, b: l.b, score: l.score, explanation: l.explanation })),
  };
}

export function report(result: AnalysisResult): string {
  const out: string[] = [];
  const title = new Map(result.articles.map((a) => [a.id, a]));
  const label = (id: string): string => {
    const a = title.get(id);
    return a ? `${a.outlet ?? id}${a.published ? ` (${a.published})` : ''}` : id;
  };
  out.push(`${result.articles.length} articles, ${result.stories.length} ${result.stories.length === 1 ? 'story' : 'stories'}`);
  for (const s of result.stories) out.push(`  story ${s.id}: ${s.articles.map(label).join(', ')}`);
  out.push('', `Entities (${result.entities.length}):`);
  for (const e of result.entities.filter((x) => x.articles.length > 1)) {
    out.push(`  ${e.name} [${e.kind}]${e.aliases.length > 1 ? ` aka ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''} — ${e.articles.length} articles`);
  }
  out.push('', `Shared facts (${result.facts.length}):`);
  for (const f of result.facts) out.push(`  • ${f.summary} — ${f.articles.map(label).join(', ')}`);
  for (const kind of ['contradiction', 'update'] as const) {
    const ls = result.links.filter((l) => l.kind === kind);
    out.push('', `${kind === 'contradiction' ? 'Contradictions' : 'Updates'} (${ls.length}):`);
    for (const l of ls) {
      out.push(`  ${l.explanation}`);
      out.push(`    ${label(l.a.article)}: “${l.a.quote}”`);
      out.push(`    ${label(l.b.article)}: “${l.b.quote}”`);
    }
  }
  return out.join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const known = new Set(['--json', '--skip-invalid', '--help']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (flags.has('--help')) {
    process.stdout.write('usage: npm run analyze -- DIR [--json] [--skip-invalid]\n');
    return 0;
  }
  if (args.length !== 1 || unknown.length > 0) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(', ')}\n` : ''}usage: npm run analyze -- DIR [--json] [--skip-invalid]\n`);
    return 2;
  }
  const dir = resolve(args[0]);
  let loaded: LoadedLibrary;
  try {
    loaded = await loadLibraryFolder(dir);
  } catch (err) {
    process.stderr.write(`analyze: ${(err as Error).message}\n`);
    return 1;
  }
  if (loaded.problems.length > 0) {
    const list = loaded.problems.map((p) => `  ${p.file}: ${p.reason}\n`).join('');
    if (!flags.has('--skip-invalid')) {
      process.stderr.write(`analyze: ${loaded.problems.length} file(s) in ${dir} cannot be read as articles:\n${list}Fix or remove them (or pass --skip-invalid to analyse the rest).\n`);
      return 1;
    }
    process.stderr.write(`analyze: skipping ${loaded.problems.length} file(s):\n${list}`);
    if (loaded.articles.length === 0) {
      process.stderr.write('analyze: no readable articles left\n');
      return 1;
    }
  }
  const started = Date.now();
  const result = await analyzeLibrary(loaded.articles, {
    onProgress: (done, total, stage) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${stage} ${done}/${total}   `);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  process.stderr.write(`analyze: ${loaded.articles.length} articles in ${Date.now() - started} ms\n`);
  process.stdout.write(flags.has('--json') ? JSON.stringify(toJson(result), null, 2) + '\n' : report(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`analyze: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
