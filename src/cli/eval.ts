/**
 * `npm run eval [-- --library DIR --gold FILE] [--verbose]` (`--dir` is an alias of `--library`)
 * `npm run eval -- --all`: the bundled library and every made-up story of tests/fixtures/stories
 * that has gold labels (tests/fixtures/gold/<story>.json), one summary line each.
 *
 * Runs the analysis on the bundled library (articles/) and scores it against hand-written gold
 * labels (tests/fixtures/gold/bundled.json): precision and recall of shared facts and of
 * contradictions + updates, at the article-pair level (does the engine link the right pairs of
 * articles?) and, stricter, at the passage level (does a link quote the labelled passages?);
 * must-not pairs that were flagged; alias groups merged and names kept apart.
 *
 * Passage-level precision is a lower bound: the gold is not exhaustive, so a correct link the
 * labels do not list counts against it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeLibrary } from '../core/analysis/index.ts';
import { TITLES } from '../core/analysis/lexicon.ts';
import { idFromFile } from '../core/corpus/parse-article.ts';
import type { AnalysisResult, Article, Link } from '../core/types.ts';
import { LibraryFolderError, loadLibraryFolder } from './library-files.ts';

interface Snip {
  article: string;
  snippet: string;
}
export interface Gold {
  facts: Array<{ summary: string; snippets: Record<string, string[]> }>;
  conflicts: Array<{ kind: 'contradiction' | 'update'; type: string; note?: string; a: Snip; b: Snip }>;
  mustNot: Array<{ why: string; kinds: string[]; a: Snip; b: Snip }>;
  aliases: { merge: string[][]; separate: string[][] };
}

export interface PR {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  sharedPairs: PR;
  conflictPairs: PR;
  sharedPassages: PR;
  conflictPassages: PR;
  mustNotViolations: string[];
  aliasFailures: string[];
  aliasChecks: number;
  goldErrors: string[];
}

type Located = { article: string; start: number; end: number };

function pr(tp: number, predicted: number, gold: number, goldFound = tp): PR {
  return { tp, predicted, gold, precision: predicted ? tp / predicted : 1, recall: gold ? goldFound / gold : 1 };
}

const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Scores an analysis result against gold labels. */
export function evaluate(result: AnalysisResult, articles: Article[], gold: Gold): EvalReport {
  const goldErrors: string[] = [];
  const byStem = new Map<string, Article>();
  for (const a of articles) {
    byStem.set(a.id, a);
    if (a.file) byStem.set(a.file.replace(/\.[^.]+$/, ''), a);
  }
  const locate = (article: string, snippet: string): Located | null => {
    const a = byStem.get(article) ?? byStem.get(idFromFile(article));
    if (!a) {
      goldErrors.push(`unknown article ${article}`);
      return null;
    }
    const start = a.text.indexOf(snippet);
    if (start < 0) {
      goldErrors.push(`snippet not found in ${article}: ${snippet.slice(0, 60)}`);
      return null;
    }
    return { article: a.id, start, end: start + snippet.length };
  };
  const overlaps = (l: { article: string; start: number; end: number }, g: Located): boolean => l.article === g.article && l.start < g.end && g.start < l.end;
  const linkMatches = (l: Link, x: Located[], y: Located[]): boolean =>
    (x.some((g) => overlaps(l.a, g)) && y.some((g) => overlaps(l.b, g))) || (y.some((g) => overlaps(l.a, g)) && x.some((g) => overlaps(l.b, g)));

  // Shared facts.
  const facts = gold.facts.map((f) => {
    const per = new Map<string, Located[]>();
    for (const [art, snips] of Object.entries(f.snippets)) {
      const locs = snips.map((s) => locate(art, s)).filter((x): x is Located => x !== null);
      if (locs.length) per.set(locs[0].article, locs);
    }
    return per;
  });
  const goldSharedPairs = new Set<string>();
  const goldFactPairs: Array<[Located[], Located[]]> = [];
  for (const per of facts) {
    const arts = [...per.keys()];
    for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) {
      goldSharedPairs.add(pairKey(arts[i], arts[j]));
      goldFactPairs.push([per.get(arts[i])!, per.get(arts[j])!]);
    }
  }
  const shared = result.links.filter((l) => l.kind === 'shared');
  const predSharedPairs = new Set(shared.map((l) => pairKey(l.a.article, l.b.article)));
  const sharedPairs = pr([...predSharedPairs].filter((p) => goldSharedPairs.has(p)).length, predSharedPairs.size, goldSharedPairs.size);
  const sharedCorrect = shared.filter((l) => goldFactPairs.some(([x, y]) => linkMatches(l, x, y))).length;
  const factPairsFound = goldFactPairs.filter(([x, y]) => shared.some((l) => linkMatches(l, x, y))).length;
  const sharedPassages = pr(sharedCorrect, shared.length, goldFactPairs.length, factPairsFound);

  // Contradictions and updates (pooled).
  const conflicts = result.links.filter((l) => l.kind !== 'shared');
  const goldConf = gold.conflicts
    .map((c) => [locate(c.a.article, c.a.snippet), locate(c.b.article, c.b.snippet)] as const)
    .filter((p): p is readonly [Located, Located] => p[0] !== null && p[1] !== null);
  const goldConfPairs = new Set(goldConf.map(([x, y]) => pairKey(x.article, y.article)));
  const predConfPairs = new Set(conflicts.map((l) => pairKey(l.a.article, l.b.article)));
  const conflictPairs = pr([...predConfPairs].filter((p) => goldConfPairs.has(p)).length, predConfPairs.size, goldConfPairs.size);
  const confCorrect = conflicts.filter((l) => goldConf.some(([x, y]) => linkMatches(l, [x], [y]))).length;
  const confFound = goldConf.filter(([x, y]) => conflicts.some((l) => linkMatches(l, [x], [y]))).length;
  const conflictPassages = pr(confCorrect, conflicts.length, goldConf.length, confFound);

  // Must-not pairs. A link the gold labels as a conflict is that conflict, even where its
  // passages also hold a must-not pair's snippets (a sentence that corrects a figure may also
  // give a date two ways).
  const mustNotViolations: string[] = [];
  for (const m of gold.mustNot) {
    const x = locate(m.a.article, m.a.snippet);
    const y = locate(m.b.article, m.b.snippet);
    if (!x || !y) continue;
    for (const l of result.links) {
      const labelled = l.kind !== 'shared' && goldConf.some(([gx, gy]) => linkMatches(l, [gx], [gy]));
      if (m.kinds.includes(l.kind) && linkMatches(l, [x], [y]) && !labelled) mustNotViolations.push(`${m.why}: flagged as ${l.kind} (${l.explanation})`);
    }
  }

  // Aliases.
  const aliasFailures: string[] = [];
  // A name matches an entity by one of its aliases, or as the surname of a full-name alias.
  // Names are compared without a leading article or a possessive ending, as the engine reports
  // them: "The Daily Blaze" is "Daily Blaze", "St Oriel's" is "St Oriel".
  // A title before a name is the engine's evidence, not part of the name it reports: "Mr
  // Haernvik" is Haernvik, "Captain Idris Calder" is Idris Calder (when nothing is named so).
  const entityOf = (name: string): string[] => {
    const found = entityOfName(name);
    const untitled = withoutTitle(name);
    return found.length || untitled === name ? found : entityOfName(untitled);
  };
  const entityOfName = (name: string): string[] => {
    const n = nameKey(name);
    const exact = result.entities.filter((e) => nameKey(e.name) === n || e.aliases.some((a) => nameKey(a) === n));
    if (exact.length || n.includes(' ')) return exact.map((e) => e.id);
    return result.entities.filter((e) => e.kind === 'person' && e.aliases.some((a) => a.toLowerCase().split(' ').slice(1).pop() === n)).map((e) => e.id);
  };
  // A name of one word may name several entities: "Lindell" is Pavel Lindell's surname and also
  // "the Lindell district". A group is merged when one entity answers to every name in it, and
  // every name of several words names that entity alone; two names are kept apart unless both
  // name one and the same entity and nothing else.
  // ("Mrs Brindlow" is a surname of one word: the engine reports names without their titles.)
  const bare = (name: string): boolean => !nameKey(withoutTitle(name)).includes(' ');
  let aliasChecks = 0;
  for (const group of gold.aliases.merge) {
    aliasChecks++;
    const ids = group.map(entityOf);
    const missing = group.filter((_, i) => ids[i].length === 0);
    const common = ids.reduce((acc, x) => acc.filter((id) => x.includes(id)));
    const split = group.some((name, i) => !bare(name) && ids[i].length > 1);
    if (missing.length) aliasFailures.push(`not found as an entity: ${missing.join(', ')} (group ${group.join(' / ')})`);
    else if (common.length !== 1 || split) aliasFailures.push(`not merged: ${group.join(' / ')}`);
  }
  for (const [x, y] of gold.aliases.separate) {
    aliasChecks++;
    const ix = entityOf(x);
    const iy = entityOf(y);
    if (ix.length === 1 && iy.length === 1 && ix[0] === iy[0]) aliasFailures.push(`wrongly merged: ${x} + ${y}`);
  }
  return { sharedPairs, conflictPairs, sharedPassages, conflictPassages, mustNotViolations, aliasFailures, aliasChecks, goldErrors };
}

/** The name without the title or courtesy title it opens with ("Dr Ragna Holt", "Captain Calder"), if more follows. */
export function withoutTitle(name: string): string {
  // Every title word before the name: "Assistant Chief Constable Rowan Teague", "Det Supt Helena Brack".
  const words = name.split(/\s+/);
  let k = 0;
  const title = (w: string | undefined): boolean => w !== undefined && TITLES.has(w.toLowerCase().replace(/\.$/, ''));
  // ("First Officer Jonas Brandl", "First Minister ...": "first" opens a title of two words.)
  while (k < words.length - 1 && (title(words[k]) || (words[k].toLowerCase() === 'first' && title(words[k + 1])))) k++;
  return words.slice(k).join(' ');
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').replace(/'s?$/, '').replace(/'s\b/g, '');
}

function fmt(p: PR): string {
  return `precision ${p.precision.toFixed(2)} (${p.tp}/${p.predicted})  recall ${p.recall.toFixed(2)} (of ${p.gold})`;
}

export function formatReport(r: EvalReport): string {
  const lines = [
    `shared facts, article pairs:             ${fmt(r.sharedPairs)}`,
    `shared facts, passages:                  ${fmt(r.sharedPassages)}`,
    `contradictions+updates, article pairs:   ${fmt(r.conflictPairs)}`,
    `contradictions+updates, passages:        ${fmt(r.conflictPassages)}`,
    `must-not pairs flagged:                  ${r.mustNotViolations.length}`,
    ...r.mustNotViolations.map((v) => `  ✗ ${v}`),
    `alias checks passed:                     ${r.aliasChecks - r.aliasFailures.length}/${r.aliasChecks}`,
    ...r.aliasFailures.map((v) => `  ✗ ${v}`),
  ];
  if (r.goldErrors.length) lines.push('gold label problems:', ...r.goldErrors.map((e) => `  ! ${e}`));
  return lines.join('\n') + '\n';
}

/** articles/ when it holds articles, else the raw seeds the library is converted from. */
export function defaultLibraryDir(root: string): string {
  const articles = join(root, 'articles');
  if (existsSync(articles) && readdirSync(articles).some((f) => /\.(md|txt)$/i.test(f))) return articles;
  return resolve(root, '..', 'shared', 'seeds');
}

async function evalFolder(dir: string, goldPath: string): Promise<{ r: EvalReport; result: AnalysisResult; ms: number; n: number } | null> {
  const { articles, problems } = await loadLibraryFolder(dir);
  if (problems.length) {
    process.stderr.write(`eval: unreadable files in ${dir}:\n${problems.map((p) => `  ${p.file}: ${p.reason}\n`).join('')}`);
    return null;
  }
  let gold: Gold;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  } catch (err) {
    process.stderr.write(`eval: cannot read the gold labels ${goldPath}: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
  const started = Date.now();
  const result = await analyzeLibrary(articles);
  const ms = Date.now() - started;
  return { r: evaluate(result, articles, gold), result, ms, n: articles.length };
}

/** Every library with gold: the bundled one, then each story folder with a gold file of its name. */
export function goldLibraries(root: string): Array<{ name: string; dir: string; gold: string }> {
  const out = [{ name: 'bundled', dir: defaultLibraryDir(root), gold: join(root, 'tests', 'fixtures', 'gold', 'bundled.json') }];
  const stories = join(root, 'tests', 'fixtures', 'stories');
  if (existsSync(stories)) {
    for (const name of readdirSync(stories).sort()) {
      const gold = join(root, 'tests', 'fixtures', 'gold', `${name}.json`);
      if (existsSync(gold)) out.push({ name, dir: join(stories, name), gold });
    }
  }
  return out;
}

function summaryLine(name: string, r: EvalReport): string {
  const f = (p: PR): string => `${p.precision.toFixed(2)}/${p.recall.toFixed(2)}`;
  return `${name.padEnd(20)} shared pairs P/R ${f(r.sharedPairs)}  passages ${f(r.sharedPassages)} (${r.sharedPassages.tp}/${r.sharedPassages.predicted}, of ${r.sharedPassages.gold})  |  conflicts pairs ${f(r.conflictPairs)}  passages ${f(r.conflictPassages)} (${r.conflictPassages.tp}/${r.conflictPassages.predicted}, of ${r.conflictPassages.gold})  |  must-not ${r.mustNotViolations.length}  aliases ${r.aliasChecks - r.aliasFailures.length}/${r.aliasChecks}`;
}

async function main(argv: string[]): Promise<number> {
  const root = resolve(new URL('../..', import.meta.url).pathname);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--all')) {
    let bad = 0;
    for (const lib of goldLibraries(root)) {
      const run = await evalFolder(lib.dir, lib.gold);
      if (!run) return 1;
      process.stdout.write(summaryLine(lib.name, run.r) + '\n');
      for (const v of run.r.mustNotViolations) process.stdout.write(`    ✗ ${v}\n`);
      for (const v of run.r.aliasFailures) process.stdout.write(`    ✗ ${v}\n`);
      for (const e of run.r.goldErrors) process.stdout.write(`    ! ${e}\n`);
      bad += run.r.goldErrors.length;
    }
    return bad ? 1 : 0;
  }
  const dir = resolve(opt('--library') ?? opt('--dir') ?? defaultLibraryDir(root));
  const goldPath = resolve(opt('--gold') ?? join(root, 'tests', 'fixtures', 'gold', 'bundled.json'));
  const run = await evalFolder(dir, goldPath);
  if (!run) return 1;
  const { r, result, ms } = run;
  process.stdout.write(`library: ${dir} (${run.n} articles, analysed in ${ms} ms)\ngold: ${goldPath}\n\n` + formatReport(r));
  if (argv.includes('--verbose')) {
    for (const l of result.links) process.stdout.write(`\n[${l.kind}] ${l.score} ${l.explanation}\n  ${l.a.article}: ${l.a.quote}\n  ${l.b.article}: ${l.b.quote}\n`);
  }
  return r.goldErrors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err) => {
    // A missing or empty library folder is the user's input, not a bug: one line saying what and
    // where. Anything else keeps its stack for debugging.
    const userError = err instanceof LibraryFolderError;
    process.stderr.write(`eval: ${err instanceof Error ? (userError ? err.message : err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
