import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { describeRange } from '../../src/core/anchoring/index.ts';
import { parseArticle } from '../../src/core/corpus/parse-article.ts';
import { toBackup } from '../../src/core/export/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const story = join(root, 'tests', 'fixtures', 'stories', 'pelmora-earthquake');
const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosslight-export-'));
  temps.push(dir);
  return dir;
}

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/export-notes.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = readdirSync(story).find((f) => f.endsWith('.md'))!;
const article = parseArticle(file, readFileSync(join(story, file), 'utf8'));
const phrase = article.text.split(/[.!?]/)[0].slice(0, 30);
const now = '2026-11-22T10:00:00.000Z';
const backup = toBackup({
  articles: [],
  annotations: [{ id: 'h1', target: { source: article.id, selectors: describeRange(article.text, 0, phrase.length) }, note: '=SUM(A1), "quoted"', tags: ['cli'], category: 'question', created: now, modified: now, anchor: 'anchored' }],
  reviews: [],
  drafts: [],
});

test('turns a backup into Markdown per article, with the quote, the note and the tags', () => {
  const dir = temp();
  writeFileSync(join(dir, 'backup.json'), backup);
  const r = run(join(dir, 'backup.json'), '--format', 'markdown', '--articles', story, '--out', dir);
  assert.equal(r.code, 0, r.stderr);
  const [written] = r.stdout.trim().split('\n');
  const md = readFileSync(written, 'utf8');
  assert.match(md, /^---\ntitle: /);
  assert.ok(md.includes(`> ${phrase}`), md);
  assert.ok(md.includes('#cli'));
});

test('CSV from the command line neutralises formulas like the app', () => {
  const dir = temp();
  writeFileSync(join(dir, 'backup.json'), backup);
  const r = run(join(dir, 'backup.json'), '--format', 'csv', '--articles', story, '--out', dir);
  assert.equal(r.code, 0, r.stderr);
  const csv = readFileSync(r.stdout.trim(), 'utf8');
  assert.match(r.stdout.trim(), /crosslight-notes-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.includes(`"'=SUM(A1), ""quoted"""`), csv);
});

test('a broken backup says what is wrong and where, and writes nothing', () => {
  const dir = temp();
  writeFileSync(join(dir, 'backup.json'), backup.slice(0, 120));
  const r = run(join(dir, 'backup.json'), '--format', 'web-annotation', '--articles', story, '--out', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not a usable backup/);
  assert.match(r.stderr, /cut off|end of the file|truncated/i);
  assert.deepEqual(readdirSync(dir), ['backup.json']);
});

test('a missing file or an unknown format gets a one-line answer, not a stack trace', () => {
  const missing = run('/nonexistent/backup.json', '--format', 'csv');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
  const usage = run('backup.json', '--format', 'pdf');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /usage: npm run export-notes/);
});
