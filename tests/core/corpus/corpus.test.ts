import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeArticleBytes, formatBytes } from '../../../src/core/corpus/decode.ts';
import { byPublished, readingMinutes } from '../../../src/core/corpus/library.ts';
import { ArticleError, escapeMarkdown, idFromFile, parseArticle } from '../../../src/core/corpus/parse-article.ts';
import { readingText } from '../../../src/core/corpus/reading-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticleBytes', () => {
  const cases: [string, Uint8Array, RegExp | string][] = [
    ['empty file', new Uint8Array(), /empty/],
    ['white space only', bytes(' \n\t\n'), /white space/],
    ['binary (NUL bytes)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary/],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0x0a]), /not valid UTF-8/],
    ['too large', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), /above the 5\.0 MB limit/],
    ['BOM and CRLF normalised', bytes('\uFEFFTitle\r\nBody\r\n'), 'Title\nBody\n'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = decodeArticleBytes(input);
      if (typeof expected === 'string') assert.deepEqual(result, { ok: true, text: expected });
      else {
        assert.equal(result.ok, false);
        assert.match((result as { reason: string }).reason, expected);
      }
    });
  }
});

describe('readingText', () => {
  const cases: [string, string, string][] = [
    ['paragraphs separated by a blank line', 'One.\nstill one.\n\nTwo.', 'One.\nstill one.\n\nTwo.'],
    ['inline marks dropped, text kept', 'A **bold** _claim_ with `code` and [a link](https://x.y).', 'A bold claim with code and a link.'],
    ['escapes and entities decoded', '1\\. Cited &amp; quoted &#8220;x&#8221; \\*not bold\\*', '1. Cited & quoted “x” *not bold*'],
    ['headings, quotes and lists are blocks', '## Head\n\n> quoted\n\n- a\n- b', 'Head\n\nquoted\n\na\n\nb'],
    ['raw HTML and images contribute no text', 'Before <b>x</b>\n\n<div>block</div>\n\n![alt](x.png) after', 'Before x\n\nafter'],
    ['curly quotes and non-Latin text verbatim', 'Зеленський said “yes” — ok', 'Зеленський said “yes” — ok'],
  ];
  for (const [name, markdown, text] of cases) it(name, () => assert.equal(readingText(markdown), text));
});

describe('parseArticle', () => {
  it('reads front matter fields and the reading text', () => {
    const a = parseArticle('2025-01-02-x.md', '---\ntitle: "T"\noutlet: Out\npublished: 2025-01-02\nurl: null\nauthor: A B\n---\n\nBody *text*.\n');
    assert.deepEqual({ ...a }, { id: '2025-01-02-x', file: '2025-01-02-x.md', title: 'T', outlet: 'Out', published: '2025-01-02', url: null, author: 'A B', markdown: 'Body *text*.\n', text: 'Body text.', words: 2 });
  });

  const bad: [string, string, RegExp][] = [
    ['broken YAML', '---\ntitle: "unterminated\n---\nBody', /front matter is not valid YAML/],
    ['front matter that is a list', '---\n- a\n- b\n---\nBody', /key: value/],
    ['a date that is not ISO', '---\npublished: 13/02/2025\n---\nBody', /ISO date/],
    ['no text at all', '---\ntitle: x\n---\n\n<div></div>\n', /no text/],
  ];
  for (const [name, source, reason] of bad) {
    it(`refuses ${name} with a reason naming the file`, () => {
      assert.throws(() => parseArticle('bad.md', source), (err: unknown) => err instanceof ArticleError && /^bad\.md: /.test(err.message) && reason.test(err.message));
    });
  }

  it('reads plain text: first line is the title, Markdown characters stay literal', () => {
    const a = parseArticle('notes.txt', 'My title\n\n# not a heading\n*not emphasis* 1. <b>x</b>\n');
    assert.equal(a.title, 'My title');
    assert.equal(a.text, '# not a heading\n\n*not emphasis* 1. <b>x</b>');
  });

  it('escapeMarkdown round-trips through the reading text', () => {
    for (const line of ['- dash', '1) item', '> quote', 'a_b_c *d* [e](f) `g` <h> &amp; | ~x~', '#hashtag', '10. ten']) {
      assert.equal(readingText(escapeMarkdown(line)), line);
    }
  });

  it('derives ids from file names', () => {
    assert.equal(idFromFile('dir/2025-02-13 WSJ Report!.md'), '2025-02-13-wsj-report');
  });
});

describe('library order', () => {
  it('sorts dated articles oldest first and undated last', () => {
    const list = [{ published: null, title: 'b' }, { published: '2025-01-02', title: 'z' }, { published: '2024-12-31', title: 'a' }];
    assert.deepEqual(list.sort(byPublished).map((a) => a.title), ['a', 'z', 'b']);
  });
  it('estimates reading time at 230 words a minute, at least one', () => {
    assert.deepEqual([0, 230, 1176].map(readingMinutes), [1, 1, 5]);
  });
});

describe('the bundled articles', () => {
  it('all parse with a title, an ISO or null date, and their provenance', async () => {
    const dir = join(import.meta.dirname, '../../../articles');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.md'));
    assert.equal(files.length, 5);
    for (const file of files) {
      const source = await readFile(join(dir, file), 'utf8');
      const a = parseArticle(file, source);
      assert.ok(a.title.length > 10, file);
      assert.ok(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published), file);
      assert.match(source, /\nprovenance:\n/, `${file} says how its metadata was derived`);
      assert.ok(a.words > 300, file);
    }
  });
});

describe('formatBytes: sizes in messages read naturally', () => {
  const cases: Array<[number, string]> = [[0, '0 B'], [1023, '1023 B'], [1536, '1.5 KB'], [5 * 1024 * 1024, '5.0 MB'], [10 * 1024 ** 3, '10.0 GB']];
  for (const [n, text] of cases) it(`${n} bytes → ${text}`, () => assert.equal(formatBytes(n), text));
});
