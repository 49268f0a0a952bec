import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Marked, type Token } from 'marked';
import type { Annotation } from '../../../src/core/annotations.ts';
import { splitFrontMatter } from '../../../src/core/corpus/front-matter.ts';
import { escapeText } from '../../../src/core/export/markdown-text.ts';
import { toMarkdown } from '../../../src/core/export/markdown.ts';
import { articles, input } from '../../fixtures/export/sample.ts';

const expected = (name: string) => readFileSync(new URL(`../../fixtures/export/expected/${name}`, import.meta.url), 'utf8');
const marked = new Marked();

describe('toMarkdown golden files', () => {
  it('writes one file per article, named after its title', () => {
    const files = toMarkdown(input);
    assert.deepEqual(
      files.map((f) => f.name),
      ['Senate passes Clean Water bill 52–48 vote.md', 'Water bill clears Senate.md'],
    );
    assert.equal(files[0].content, expected('ledger-vote.md'));
    assert.equal(files[1].content, expected('tribune-vote.md'));
  });

  it('writes one combined file with footnotes numbered across articles', () => {
    const files = toMarkdown(input, { combined: true, date: new Date(2026, 10, 22, 23, 30) });
    assert.deepEqual(files.map((f) => f.name), ['crosslight-notes-2026-11-22.md']);
    assert.equal(files[0].content, expected('combined.md'));
  });
});

describe('toMarkdown structure', () => {
  /** Top-level blocks of the body, front matter removed, as Obsidian's CommonMark parser sees them. */
  function blocks(content: string): Token[] {
    return marked.lexer(splitFrontMatter(content).body).filter((t) => t.type !== 'space');
  }

  it('front matter reads back as the exact metadata, whatever the title holds', () => {
    const hostile = {
      id: 'h',
      title: 'Title: with "quotes", #hash, a\nnewline, \u0085 NEL, \u007f DEL, \ufeff BOM and --- dashes',
      outlet: "O'Neil & Sons: 'quoted'",
      published: '2026-01-02',
      url: 'https://x.example/a?b=1&c=2#frag',
      author: '- not a list\n---',
    };
    const note: Annotation = { id: 'n', target: { source: 'h' }, note: 'n', tags: [], category: 'important', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', anchor: 'anchored' };
    const [file] = toMarkdown({ articles: [hostile], annotations: [note] });
    const { data } = splitFrontMatter(file.content);
    assert.deepEqual(data, { title: hostile.title, outlet: hostile.outlet, date: hostile.published, url: hostile.url, author: hostile.author, source: 'Crosslight' });
  });

  it('a hostile note stays inside its highlight block', () => {
    const evil = [
      '```',
      '# unclosed fence above',
      '</blockquote><script>alert(1)</script>',
      'lone CR next\r# heading after a CR',
      '---',
      '[^1]: fake footnote',
    ].join('\n');
    const annotations: Annotation[] = [
      { id: 'a', target: { source: articles[1].id, selectors: [{ type: 'TextQuoteSelector', exact: 'Water bill', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 10 }] }, note: evil, tags: [], category: 'question', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', anchor: 'anchored' },
      { id: 'b', target: { source: articles[1].id, selectors: [{ type: 'TextQuoteSelector', exact: 'clears', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 11, end: 17 }] }, note: 'second', tags: [], category: 'important', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', anchor: 'anchored' },
    ];
    const [file] = toMarkdown({ articles: [articles[1]], annotations });
    const types = blocks(file.content).map((t) => (t.type === 'heading' ? `h${t.depth}:${t.text}` : t.type));
    // Title, section heading, then exactly one blockquote per highlight: nothing escaped from the first.
    assert.deepEqual(types, ['h1:Water bill clears Senate', 'h2:Highlights', 'blockquote', 'blockquote']);
  });

  it('puts page notes first, highlights in reading order, orphaned highlights last', () => {
    const [ledger] = toMarkdown(input);
    const headings = blocks(ledger.content).filter((t) => t.type === 'heading').map((t) => (t as Token & { text: string }).text);
    assert.deepEqual(headings, ['Senate passes "Clean Water" bill: 52–48 vote', 'Notes on the whole article', 'Highlights', 'Highlights that could not be placed']);
    const body = ledger.content;
    const order = ['by a vote of 52 to 48[^1]', '52 to 48, sending it to the president[^1][^2]', 'Critics argued', 'The House will vote next week.'].map((s) => body.indexOf(s));
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1])), `order ${order}`);
  });

  it('keeps a note on an article the library lacks, under a placeholder title', () => {
    const lost: Annotation = { ...input.annotations[0], target: { ...input.annotations[0].target, source: 'gone' } };
    const files = toMarkdown({ articles: [], annotations: [lost] });
    assert.equal(files.length, 1);
    assert.match(files[0].content, /# Article gone \(not in the library\)/);
    assert.match(files[0].content, /by a vote of 52 to 48/);
  });

  it('gives articles with the same title distinct file names', () => {
    const twin = { ...articles[1], id: 'twin' };
    const note = (source: string): Annotation => ({ ...input.annotations[2], id: source, target: { source } });
    const files = toMarkdown({ articles: [articles[1], twin], annotations: [note(articles[1].id), note('twin')] });
    assert.deepEqual(files.map((f) => f.name), ['Water bill clears Senate.md', 'Water bill clears Senate (2).md']);
  });
});

describe('escapeText', () => {
  const plain = (html: string) =>
    html
      .replace(/<\/?p>\n?/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .trim();
  const cases = ['*not italic* and _not_ either', '# not a heading', '- not a list', '1. not numbered', '<b>not bold</b>', '`not code`', '[not](a link)', '&amp; stays literal', 'a \\ backslash', '==mark== and $5 and %%c%%', 'Ünïcödé 🌊 fine'];
  for (const text of cases) {
    it(`renders ${JSON.stringify(text)} as the same plain text`, () => {
      const html = marked.parse(escapeText(text), { async: false }) as string;
      assert.equal(plain(html), text);
    });
  }
});
