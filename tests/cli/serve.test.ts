/** `npm start -- --articles DIR`: a reader points Crosslight at their own folder of articles. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const children: ChildProcess[] = [];
after(() => children.forEach((c) => c.kill()));

function start(args: string[], port: number): { child: ChildProcess; output: () => string; ready: Promise<void>; exit: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', ...args], { env: { ...process.env, PORT: String(port) } });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => out.includes('running at') && resolve());
    child.on('exit', () => reject(new Error(`server exited: ${out}`)));
  });
  ready.catch(() => {}); // tests of a refused folder wait for the exit instead
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, output: () => out, ready, exit };
}

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crosslight-folder-'));
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
  return dir;
}

const port = () => 20000 + Math.floor(Math.random() * 20000);

describe('npm start -- --articles DIR', () => {
  it('serves a library built from the folder, prints the URL, and reports a bad file it skipped', async () => {
    const dir = await folder({
      'a.md': '---\ntitle: Flood closes the valley road\noutlet: Valley Post\npublished: 2023-05-04\n---\n\nThe road closed at dawn.\n',
      'b.txt': 'River rises overnight\nThe river rose two metres overnight.\n',
      'broken.md': new Uint8Array([0, 1, 2, 3, 0, 0]),
      'ignored.pdf': 'not an article',
    });
    const p = port();
    const server = start(['--articles', dir], p);
    await server.ready;
    assert.match(server.output(), new RegExp(`http://localhost:${p}/`));
    assert.match(server.output(), /skipped broken\.md: the file is binary/);
    const html = await (await fetch(`http://127.0.0.1:${p}/`)).text();
    const indexUrl = /name="cl-library" content="([^"]+)"/.exec(html)![1];
    const index = await (await fetch(`http://127.0.0.1:${p}/${indexUrl}`)).json();
    assert.deepEqual(index.articles.map((a: { title: string }) => a.title), ['Flood closes the valley road', 'River rises overnight']);
    const csp = (await fetch(`http://127.0.0.1:${p}/`)).headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    server.child.kill();
    await rm(dir, { recursive: true, force: true });
  });

  const badFolders: [string, () => Promise<string>, RegExp][] = [
    ['a folder that does not exist', async () => join(tmpdir(), 'crosslight-no-such-folder'), /no folder at/],
    ['an empty folder', () => folder({}), /holds no \.md or \.txt articles/],
    ['a folder whose only file is unreadable', () => folder({ 'x.md': new Uint8Array([0xff, 0xfe, 0x00, 0x41]) }), /skipped x\.md: [\s\S]*no readable article/],
  ];
  for (const [name, make, message] of badFolders) {
    it(`refuses ${name} with a clear message and a non-zero exit`, async () => {
      const dir = await make();
      const server = start(['--articles', dir], port());
      const code = await server.exit;
      assert.notEqual(code, 0);
      assert.match(server.output(), message);
    });
  }
});
