import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const fixture = join(root, 'tests', 'fixtures', 'stories', 'pelmora-earthquake');
const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(files: Record<string, string | Uint8Array> = {}, copyFixture = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosslight-analyze-'));
  temps.push(dir);
  if (copyFixture) cpSync(fixture, dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--json prints only JSON in the documented shape', () => {
  const dir = tempDir({ 'plain-note.txt': 'Pelmora quake: shops reopen\nShops in Pelmora reopened on Thursday after the earthquake.\n' });
  const r = run(dir, '--json');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['articles', 'stories', 'entities', 'facts', 'links']);
  assert.deepEqual(out.articles.map((a: { id: string }) => a.id), ['daily-meridian-quake', 'harbor-times-quake', 'northline-news-quake', 'plain-note']);
  for (const a of out.articles) assert.deepEqual(Object.keys(a), ['id', 'file', 'title', 'outlet', 'published']);
  assert.equal(out.articles[3].title, 'Pelmora quake: shops reopen', '.txt: the first line is the title');
  for (const s of out.stories) assert.deepEqual(Object.keys(s), ['id', 'articles']);
  for (const e of out.entities) assert.deepEqual(Object.keys(e), ['id', 'name', 'kind', 'aliases', 'articles']);
  for (const f of out.facts) {
    assert.deepEqual(Object.keys(f), ['id', 'summary', 'articles', 'links']);
    for (const i of f.links) assert.equal(out.links[i].kind, 'shared');
  }
  assert.ok(out.links.length > 0);
  for (const l of out.links) {
    assert.deepEqual(Object.keys(l), ['kind', 'a', 'b', 'score', 'explanation']);
    assert.ok(['shared', 'contradiction', 'update'].includes(l.kind));
    for (const s of [l.a, l.b]) assert.deepEqual(Object.keys(s), ['article', 'start', 'end', 'quote']);
  }
  assert.ok(out.links.some((l: { kind: string }) => l.kind === 'update'));
});

test('without --json: a readable report', () => {
  const r = run(tempDir());
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /3 articles, 1 story/);
  assert.match(r.stdout, /quantity: 6\.1 vs 5\.8/);
  assert.throws(() => JSON.parse(r.stdout));
});

test('bad input: clear message naming the problem, non-zero exit, nothing on stdout', () => {
  const cases: Array<[string[], RegExp]> = [
    [[join(tmpdir(), 'crosslight-no-such-dir')], /no folder at .*crosslight-no-such-dir/],
    [[tempDir({}, false)], /holds no \.md or \.txt articles/],
    [[tempDir({ 'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) })], /photo\.md: the file is binary/],
    [[tempDir({ 'latin1.txt': new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]) })], /latin1\.txt: the file is not valid UTF-8/],
    [[tempDir({ 'broken.md': '---\ntitle: [unclosed\n---\n\nBody.\n' })], /broken\.md: the front matter is not valid YAML/],
    [[tempDir({ 'baddate.md': '---\ntitle: x\npublished: yesterday\n---\n\nBody.\n' })], /baddate\.md: "published" must be an ISO date/],
    [[tempDir({ 'empty.txt': '' })], /empty\.txt: the file is empty/],
  ];
  for (const [args, message] of cases) {
    const r = run(...args, '--json');
    assert.notEqual(r.code, 0, `${args[0]} should fail`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('--skip-invalid analyses the good files and warns about the bad one', () => {
  const r = run(tempDir({ 'empty.txt': '' }), '--json', '--skip-invalid');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /skipping 1 file\(s\):\n {2}empty\.txt: the file is empty/);
  assert.equal(JSON.parse(r.stdout).articles.length, 3);
});
