/**
 * Bad input at every entry point: the CLIs (analyze, eval, build, serve) run as child processes
 * on folders of hostile files, and the pure parsers they rest on (decodeArticleBytes,
 * parseArticle, parseBackup, parseWebAnnotation) called directly.
 *
 * Each must end (bounded time: the test timeouts, not a timed assertion), say in one line per
 * file which file is wrong and why, exit non-zero when nothing usable is left, never print a
 * stack trace, and write nothing partial (no stdout report, no half-built dist/).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeArticleBytes } from '../../src/core/corpus/decode.ts';
import { parseArticle } from '../../src/core/corpus/parse-article.ts';
import { parseBackup, parseWebAnnotation, toBackup } from '../../src/core/export/index.ts';
import type { ParseResult } from '../../src/core/export/types.ts';

const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules', '.bin', 'tsx');
/** Generous: a CLI start costs a second or two on a busy 2-core machine; a hang is minutes. */
const TIMEOUT = { timeout: 120_000 };

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
/** "Title\ncafé\n" in Latin-1: the é is a lone 0xE9 byte. */
const LATIN1 = new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
const FIFTY_MB = 50 * 1024 * 1024;

/**
 * Every file of the bad folder, with the reason its one-line message must give. None of them is
 * usable, so each CLI must refuse the folder as a whole.
 */
const BAD_FILES: Array<{ file: string; failure: string; body: () => string | Uint8Array; reason: RegExp }> = [
  { file: 'empty.md', failure: 'an empty file is refused', body: () => '', reason: /the file is empty/ },
  { file: 'huge.md', failure: 'a 50 MB file is refused before it is read into the parser', body: () => 'word '.repeat(FIFTY_MB / 5), reason: /the file is 50\.0 MB, above the 5\.0 MB limit/ },
  { file: 'photo.md', failure: 'a binary file (PNG bytes) is refused, not parsed as text', body: () => PNG, reason: /the file is binary/ },
  { file: 'latin1.txt', failure: 'invalid UTF-8 is refused, not decoded into replacement characters', body: () => LATIN1, reason: /not valid UTF-8/ },
  { file: 'broken-yaml.md', failure: 'broken YAML front matter is refused with the YAML problem', body: () => '---\ntitle: [unclosed\noutlet: "x\n---\n\nBody text.\n', reason: /the front matter is not valid YAML/ },
  { file: 'front-matter-list.md', failure: 'front matter that is not key: value lines is refused', body: () => '---\n- a\n- b\n---\n\nBody text.\n', reason: /front matter must be a list of "key: value" lines/ },
  { file: 'deep-quotes.md', failure: '10,000 levels of > quotes are refused instead of overflowing the stack', body: () => '> '.repeat(10_000) + 'deep\n', reason: /nested 10000 levels deep at line 1/ },
  { file: 'deep-lists.md', failure: '10,000 levels of nested lists are refused instead of overflowing the stack', body: () => '- '.repeat(10_000) + 'deep\n', reason: /nested 10000 levels deep at line 1/ },
  {
    file: 'deepening-quotes.md',
    failure: 'ever deeper quotes over many lines are refused instead of exhausting memory',
    body: () => Array.from({ length: 3000 }, (_, i) => '>'.repeat(Math.min(i + 1, 1000)) + ' x').join('\n'),
    reason: /nested 33 levels deep at line 33/,
  },
  { file: 'only-space.txt', failure: 'a file of white space only is refused', body: () => ' \n\t\n   \n', reason: /only white space/ },
  { file: 'only-markup.md', failure: 'Markdown with no reading text (only images and HTML) is refused', body: () => '![a](b.png)\n\n<div></div>\n\n---\n', reason: /the article has no text/ },
];

/** Valid but hostile to regex-based parsing: each must parse, in bounded time, into some text. */
const PATHOLOGICAL: Record<string, string> = {
  'brackets.md': 'Opening ' + '['.repeat(100_000),
  'stars.md': 'Stars ' + '*'.repeat(100_000),
  'underscores.md': 'Underscores ' + '_'.repeat(100_000),
  'emphasis.md': 'Mixed ' + '**_'.repeat(30_000) + ' end',
  'spaces.md': 'Spaces' + ' '.repeat(100_000) + 'end.',
  'dots.md': 'Dots' + '.'.repeat(100_000),
  'digits.md': 'Number ' + '7'.repeat(100_000) + ' and 1,2,3,'.repeat(10_000),
  'angles.md': 'Angles ' + '<'.repeat(100_000),
  'links.md': 'Links [a](' + '('.repeat(50_000),
  'entities.md': 'Entities ' + '&#'.repeat(50_000) + '&#x1F600;',
  'table.md': '| a |\n| - |\n' + '| x '.repeat(50_000),
  'long-word.md': 'Word ' + 'a'.repeat(1_000_000),
};

const temps: string[] = [];
const children = new Set<import('node:child_process').ChildProcess>();
after(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosslight-bad-input-'));
  temps.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI to its end; the test's timeout bounds it (and `after` kills a hung one). */
function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [join('src', 'cli', script), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

function assertNoStackTrace(r: Run): void {
  assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+:\d+:\d+\)?/, `printed a stack trace:\n${r.stderr}`);
}

/** The file is named on one line together with its reason. */
function assertNamed(r: Run, file: string, reason: RegExp): void {
  const line = r.stderr.split('\n').find((l) => l.includes(`${file}: `));
  assert.ok(line, `no line names ${file}:\n${r.stderr}`);
  assert.match(line, reason);
}

let badDir: string;
let missingDir: string;
let noArticlesDir: string;
let pathologicalDir: string;

before(() => {
  badDir = tempDir(Object.fromEntries(BAD_FILES.map((f) => [f.file, f.body()])));
  missingDir = join(tempDir({}), 'no-such-folder');
  noArticlesDir = tempDir({ 'notes.pdf': PNG, 'README': 'not an article', 'data.json': '{}' });
  pathologicalDir = tempDir(PATHOLOGICAL);
});

/** Output folders for build, inside a temp dir; they must not exist after a refused build. */
function outDir(): string {
  return join(tempDir({}), 'dist');
}

/** One run per CLI on the bad folder, shared by the tests that check each file's message. */
const badRuns = new Map<string, Promise<Run>>();
const distStamp = () => (existsSync(join(root, 'dist')) ? statSync(join(root, 'dist')).mtimeMs : null);
let buildOut: string;
function badRun(cli: 'analyze' | 'eval' | 'build' | 'serve'): Promise<Run> {
  if (!badRuns.has(cli)) {
    if (cli === 'build') buildOut = outDir();
    const args = {
      analyze: [badDir, '--json'],
      eval: ['--library', badDir],
      build: ['--articles', badDir, '--out', buildOut],
      serve: ['--articles', badDir],
    }[cli];
    badRuns.set(cli, run(`${cli}.ts`, args, { PORT: '0' }));
  }
  return badRuns.get(cli)!;
}

for (const cli of ['analyze', 'eval', 'build', 'serve'] as const) {
  describe(`${cli} CLI on bad input`, () => {
    it(`a folder where no file is usable ends with a non-zero exit and no stack trace`, TIMEOUT, async () => {
      const before = distStamp();
      const r = await badRun(cli);
      assert.notEqual(r.code, 0, r.stderr);
      assertNoStackTrace(r);
      if (cli === 'analyze' || cli === 'eval') assert.equal(r.stdout, '', 'no partial report on stdout');
      if (cli === 'build') assert.ok(!existsSync(buildOut), 'a refused build leaves no half-written output folder');
      // serve builds into the project's dist/ before serving: a refused library must not touch it.
      if (cli === 'serve') assert.equal(distStamp(), before, 'a refused library leaves dist/ untouched');
    });

    for (const bad of BAD_FILES) {
      it(`${bad.failure} (${cli} names ${bad.file} and the reason on one line)`, TIMEOUT, async () => {
        assertNamed(await badRun(cli), bad.file, bad.reason);
      });
    }

    it('a folder that does not exist is named in a one-line message', TIMEOUT, async () => {
      const out = outDir();
      const args = { analyze: [missingDir], eval: ['--library', missingDir], build: ['--articles', missingDir, '--out', out], serve: ['--articles', missingDir] }[cli];
      const r = await run(`${cli}.ts`, args, { PORT: '0' });
      assert.notEqual(r.code, 0);
      assertNoStackTrace(r);
      assert.match(r.stderr, /no folder at .*no-such-folder/);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line, not:\n${r.stderr}`);
      assert.ok(!existsSync(out));
    });

    it('a folder with no articles (only a PDF, a README and JSON) says so in one line', TIMEOUT, async () => {
      const out = outDir();
      const args = { analyze: [noArticlesDir], eval: ['--library', noArticlesDir], build: ['--articles', noArticlesDir, '--out', out], serve: ['--articles', noArticlesDir] }[cli];
      const r = await run(`${cli}.ts`, args, { PORT: '0' });
      assert.notEqual(r.code, 0);
      assertNoStackTrace(r);
      assert.match(r.stderr, /holds no \.md or \.txt articles/);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line, not:\n${r.stderr}`);
      assert.ok(!existsSync(out));
    });
  });
}

describe('analyze CLI on inputs that make regex-based parsers slow', () => {
  it('100k runs of [ * _ spaces dots digits < and a 1 MB word are analysed in bounded time, without a crash', TIMEOUT, async () => {
    const r = await run('analyze.ts', [pathologicalDir, '--json']);
    assertNoStackTrace(r);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { articles: unknown[] };
    assert.equal(out.articles.length, Object.keys(PATHOLOGICAL).length);
  });
});

describe('article parsers on bad bytes', () => {
  it('a 50 MB file is refused by size before it is decoded', () => {
    const decoded = decodeArticleBytes(new Uint8Array(FIFTY_MB));
    assert.deepEqual(decoded, { ok: false, reason: 'the file is 50.0 MB, above the 5.0 MB limit for one article' });
  });

  for (const bad of BAD_FILES.filter((f) => f.file !== 'huge.md')) {
    it(`${bad.failure} (parser: a reason, never an unrelated error)`, TIMEOUT, () => {
      const raw = bad.body();
      const decoded = decodeArticleBytes(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw);
      if (!decoded.ok) {
        assert.match(decoded.reason, bad.reason);
        return;
      }
      assert.throws(() => parseArticle(bad.file, decoded.text), (err: Error) => {
        assert.match(err.message, new RegExp(`^${bad.file.replace('.', '\\.')}: `));
        assert.match(err.message, bad.reason);
        assert.doesNotMatch(err.message, /call stack|heap/i);
        return true;
      });
    });
  }

  for (const [file, source] of Object.entries(PATHOLOGICAL)) {
    it(`${file}: a pathological input for regex-based parsing parses in bounded time`, TIMEOUT, () => {
      const article = parseArticle(file, source);
      assert.ok(article.text.length > 0);
    });
  }

  it('YAML front matter nested thousands deep is refused as invalid YAML, naming the file', () => {
    assert.throws(() => parseArticle('deep.md', '---\na: ' + '['.repeat(5000) + '\n---\n\nBody.\n'), /deep\.md: the front matter is not valid YAML/);
  });

  it('a YAML alias bomb in front matter is refused, not expanded', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), '---', '', 'Body.'].join('\n');
    assert.throws(() => parseArticle('bomb.md', bomb), /bomb\.md: the front matter is not valid YAML/);
  });
});

describe('import parsers on bad notes files', () => {
  const valid = toBackup(
    {
      articles: [],
      annotations: [
        {
          id: 'n1',
          target: { source: 'a', selectors: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
          note: 'a note',
          tags: [],
          category: 'important',
          created: '2026-11-22T10:00:00.000Z',
          modified: '2026-11-22T10:00:00.000Z',
          anchor: 'anchored',
        },
      ],
      reviews: [],
      drafts: [],
    },
    { exported: '2026-11-22T12:00:00.000Z' },
  );
  const altered = (change: (json: any) => void): string => {
    const json = JSON.parse(valid);
    change(json);
    return JSON.stringify(json);
  };
  const messages = (r: ParseResult): string => {
    assert.equal(r.ok, false, 'must be refused');
    return r.ok ? '' : r.errors.map((e) => e.message).join('\n');
  };
  const both = (text: string) => [parseBackup(text), parseWebAnnotation(text, { now: '2026-11-22T12:00:00.000Z' })];

  it('a truncated backup says it is cut off, and where', () => {
    for (const r of both(valid.slice(0, Math.floor(valid.length / 2)))) assert.match(messages(r), /ends too early, at line \d+, column \d+: it looks cut off/);
  });

  it('a backup from a newer Crosslight is refused with "update first", not misread', () => {
    assert.match(messages(parseBackup(altered((j) => (j.schemaVersion = 99)))), /newer Crosslight.*update Crosslight first/);
  });

  it('a schemaVersion of the wrong type is refused naming the field', () => {
    for (const v of ['1', 0, 1.5, null]) assert.match(messages(parseBackup(altered((j) => (j.schemaVersion = v)))), /schemaVersion: expected a whole number/);
  });

  it('wrong types are refused with the path of each wrong field', () => {
    const m = messages(parseBackup(altered((j) => {
      j.annotations[0].tags = 'one,two';
      j.annotations[0].target.selectors[1].start = '0';
      j.reviews = {};
    })));
    assert.match(m, /annotations\[0\]\.tags: expected a list, found a string/);
    assert.match(m, /annotations\[0\]\.target\.selectors\[1\]\.start: expected a whole number/);
    assert.match(m, /reviews: expected a list, found an object/);
  });

  it('a note that is not text is refused naming the annotation and field', () => {
    for (const note of [42, { text: 'x' }, ['x'], null]) {
      assert.match(messages(parseBackup(altered((j) => (j.annotations[0].note = note)))), /annotations\[0\]\.note: expected a string/);
    }
  });

  it('duplicate ids are refused: the second would silently overwrite the first', () => {
    assert.match(messages(parseBackup(altered((j) => j.annotations.push({ ...j.annotations[0] })))), /annotations\[1\]\.id: "n1" is used twice \(first at annotations\[0\]\)/);
    const page = JSON.stringify({ type: 'AnnotationPage', items: [{ id: 'urn:x:1', target: 'urn:a', bodyValue: 'a' }, { id: 'urn:x:1', target: 'urn:a', bodyValue: 'b' }] });
    assert.match(messages(parseWebAnnotation(page)), /"urn:x:1" is used twice/);
  });

  it('deeply nested JSON (100,000 levels) is a message, not a stack overflow', TIMEOUT, () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepInNote = valid.replace('"a note"', deep);
    for (const r of [...both(deep), ...both(deepInNote)]) {
      const m = messages(r);
      assert.doesNotMatch(m, /call stack|RangeError/);
      assert.ok(m.length > 0);
    }
    assert.match(messages(parseBackup(deepInNote)), /annotations\[0\]\.note: expected a string, found a list/);
  });

  it('a 100 MB file is refused by size before JSON.parse can freeze the tab', TIMEOUT, () => {
    const huge = '{"x":"' + 'x'.repeat(100 * 1024 * 1024) + '"}';
    for (const r of both(huge)) assert.match(messages(r), /above the 50\.0 MB import limit/);
  });

  it('not JSON at all, or empty, says so', () => {
    for (const r of both('')) assert.match(messages(r), /the file is empty/);
    for (const r of both('\u0089PNG\r\n')) assert.match(messages(r), /this is not a JSON file/);
  });
});
