import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyCleanup, articleFromDraft, detectCleanup, draftFromExtracted, draftFromText, importedId, kindOfFile, metaFromFrontMatter,
  normalizeDate, plainTextToMarkdown, readFileText, type ImportDraft,
} from '../../../src/core/import/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function draft(result: ReturnType<typeof draftFromText>): ImportDraft {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.draft;
}

describe('plain text to Markdown', () => {
  const cases: [string, string, string][] = [
    ['blank lines separate paragraphs; hard wraps are joined', 'One line\nwrapped here.\n\nSecond one.', 'One line wrapped here.\n\nSecond one.\n'],
    ['without blank lines, each line is a paragraph', 'First.\nSecond.\n', 'First.\n\nSecond.\n'],
    ['Markdown characters are escaped so the text reads as written', '# not a heading\n\n*not emphasis* <b>x</b>', '\\# not a heading\n\n\\*not emphasis\\* \\<b\\>x\\</b\\>\n'],
    ['CRLF and trailing spaces', 'A.  \r\n\r\nB.\r\n', 'A.\n\nB.\n'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(plainTextToMarkdown(input), expected));
});

describe('clean-up detection', () => {
  const flagged: [string, string][] = [
    ['Advertisement', 'advertising marker'],
    ['Story continues below advertisement', 'advertising marker'],
    ['SPONSORED CONTENT', 'advertising marker'],
    ['42 Comments', 'comments widget'],
    ['View all 18 comments', 'comments widget'],
    ['Join the conversation', 'comments widget'],
    ['Comments are closed.', 'comments widget'],
    ['Share this article', 'share buttons'],
    ['Share on Facebook | Share on X | Email | Print', 'share buttons'],
    ['Copy link', 'share buttons'],
    ['We use cookies to improve your experience. By continuing you accept our use of cookies.', 'cookie notice'],
    ['Sign up for our newsletter', 'newsletter or sign-up prompt'],
    ['Get our morning briefing in your inbox.', 'newsletter or sign-up prompt'],
    ['Subscribe now', 'newsletter or sign-up prompt'],
    ['Read more: [Another story](https://example.org/x)', 'related-links teaser'],
    ['Related stories', 'related-links teaser'],
    ['Most read', 'related-links teaser'],
    ['Photo: Jane Doe', 'image credit or caption marker'],
  ];
  for (const [line, reason] of flagged) {
    it(`flags "${line}" as ${reason}`, () => {
      const md = `Lead paragraph of the story.\n\n${line}\n\nClosing paragraph.\n`;
      assert.deepEqual(detectCleanup(md, 'Title'), [{ index: 1, text: line, reason }]);
    });
  }

  const kept = [
    'The council shared the cost of the bridge with the county, officials said.',
    'Residents who read more than one report said the comments from the mayor were unclear.',
    'The company said it would accept the offer, and that cookies sold well this year despite higher prices, according to its annual report filed on Monday.',
    'Voters can sign up to observe the count, the election office said in a statement.',
    'Related developments are expected next week.',
    'Print shops reopened on Tuesday.',
    'Email records show the decision was made in March.',
    'Comments from the minister came late on Friday.',
  ];
  for (const line of kept) {
    it(`keeps the article sentence "${line.slice(0, 40)}…"`, () => {
      assert.deepEqual(detectCleanup(`${line}\n`, 'Title'), []);
    });
  }

  it('flags a repeated headline and a repeated paragraph, never the first occurrence', () => {
    const md = '# Storm hits coast\n\nWaves reached the town on Monday.\n\nWaves reached the town on Monday.\n';
    assert.deepEqual(detectCleanup(md, 'Storm hits coast').map((c) => [c.index, c.reason]), [[0, 'repeats the headline'], [2, 'repeats an earlier paragraph']]);
  });

  it('removes exactly the blocks not kept', () => {
    const md = 'A.\n\nAdvertisement\n\nB.\n\nShare this\n';
    const flagged = detectCleanup(md, 'T');
    assert.deepEqual(flagged.map((c) => c.index), [1, 3]);
    assert.equal(applyCleanup(md, [1]), 'A.\n\nB.\n\nShare this\n');
    assert.equal(applyCleanup(md, [1, 3]), 'A.\n\nB.\n');
  });

  it('keeps fenced code with blank lines as one block', () => {
    const md = 'Intro.\n\n```\nShare\n\nAdvertisement\n```\n\nEnd.\n';
    assert.deepEqual(detectCleanup(md, 'T'), []);
  });
});

describe('metadata', () => {
  const dates: [string, string][] = [
    ['2024-03-02', '2024-03-02'],
    ['2024-03-02T23:30:00-05:00', '2024-03-02'],
    ['March 3, 2024', '2024-03-03'],
    ['3 March 2024', '2024-03-03'],
    ['Sunday, 3rd March 2024', '2024-03-03'],
    ['2024-02-30', ''],
    ['yesterday', ''],
    ['12/03/2024', ''],
    ['', ''],
  ];
  for (const [input, expected] of dates) it(`reads the date "${input}" as "${expected}"`, () => assert.equal(normalizeDate(input), expected));

  it('takes fields from front matter under common names', () => {
    const { meta, notes } = metaFromFrontMatter({ headline: 'A  title', source: 'Gazette', date: '2024-01-05', authors: ['A. One', 'B. Two'], link: 'https://example.org/a' });
    assert.deepEqual(meta, { title: 'A title', outlet: 'Gazette', published: '2024-01-05', author: 'A. One, B. Two', url: 'https://example.org/a' });
    assert.deepEqual(notes, []);
  });

  it('turns an unreadable date or a non-web URL into a note, not an error', () => {
    const { meta, notes } = metaFromFrontMatter({ title: 'T', published: 'soon', url: 'javascript:alert(1)' });
    assert.equal(meta.published, '');
    assert.equal(meta.url, '');
    assert.equal(notes.length, 2);
  });
});

describe('drafts and saved articles', () => {
  it('refuses bad files with their reasons', () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.md', new Uint8Array(), /empty/],
      ['big.md', new Uint8Array(5 * 1024 * 1024 + 1).fill(65), /above the 5\.0 MB limit/],
      ['photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /binary/],
      ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), /not valid UTF-8/],
      ['blank.txt', enc('  \n\n '), /white space/],
      ['sheet.pdf', enc('text'), /imports \.md, \.markdown, \.txt, \.html, \.htm files/],
    ];
    for (const [name, bytes, reason] of cases) {
      const r = readFileText(name, bytes);
      assert.equal(r.ok, false, name);
      if (!r.ok) assert.match(r.reason, reason, name);
    }
    assert.equal(kindOfFile('Page.HTM'), 'html');
  });

  it('reads Markdown with front matter, then saves it with the reviewed metadata', () => {
    const d = draft(draftFromText('a.md', 'markdown', '---\ntitle: Bridge reopens\noutlet: City Wire\npublished: 2024-03-05\n---\n\nThe bridge reopened on Tuesday.\n\nAdvertisement\n'));
    assert.deepEqual(d.meta, { title: 'Bridge reopens', outlet: 'City Wire', published: '2024-03-05', author: '', url: '' });
    assert.deepEqual(d.cleanup.map((c) => c.text), ['Advertisement']);
    const saved = articleFromDraft(d, { ...d.meta, author: 'R. Lee' }, new Set(), new Set(), '2024-04-01T00:00:00.000Z');
    assert.ok(saved.ok);
    if (!saved.ok) return;
    assert.equal(saved.article.text, 'The bridge reopened on Tuesday.');
    assert.equal(saved.article.author, 'R. Lee');
    assert.match(saved.article.id, /^bridge-reopens-[0-9a-f]{8}$/);
    assert.deepEqual(saved.article.imported, { at: '2024-04-01T00:00:00.000Z', kind: 'markdown', source: 'a.md' });
    // Kept when the reader asks.
    const kept = articleFromDraft(d, d.meta, new Set([d.cleanup[0].index]), new Set(), 'x');
    assert.ok(kept.ok && kept.article.text.endsWith('Advertisement'));
  });

  it('reads Markdown without front matter: title from the first line, a note asks for the date', () => {
    const d = draft(draftFromText('b.md', 'markdown', '# Harbour flooded\n\nWater rose overnight.\n'));
    assert.equal(d.meta.title, 'Harbour flooded');
    assert.equal(d.meta.published, '');
    assert.ok(d.notes.some((n) => /update from a conflict/.test(n)));
  });

  it('reads plain text and pasted text: first line is the title, a repeat of it is flagged', () => {
    for (const kind of ['text', 'paste'] as const) {
      const d = draft(draftFromText('c.txt', kind, 'Harbour flooded\nHarbour flooded\nWater rose overnight.\n'));
      assert.equal(d.meta.title, 'Harbour flooded');
      assert.deepEqual(d.cleanup.map((c) => c.reason), ['repeats the headline']);
    }
  });

  it('refuses broken front matter and a body with no text', () => {
    const bad = draftFromText('x.md', 'markdown', '---\ntitle: [unclosed\n---\nBody.\n');
    assert.ok(!bad.ok && /front matter/.test(bad.reason));
    const empty = draftFromText('y.md', 'markdown', '---\ntitle: Only a title\n---\n\n');
    assert.ok(!empty.ok && /no article text/.test(empty.reason));
    const page = draftFromExtracted('z.html', { markdown: '', meta: { title: 'T' } });
    assert.ok(!page.ok && /no article text was found in the page/.test(page.reason));
  });

  it('normalises page metadata from meta tags', () => {
    const d = draft(draftFromExtracted('p.html', { markdown: 'Body text here.\n', meta: { title: 'T', outlet: 'Site', published: '2024-06-01T08:00:00Z', url: 'https://example.org/p', author: 'A' } }));
    assert.deepEqual(d.meta, { title: 'T', outlet: 'Site', published: '2024-06-01', author: 'A', url: 'https://example.org/p' });
  });

  it('gives a stable id, refuses a repeat, and never collides with an existing id', () => {
    const d = draft(draftFromText('a.md', 'markdown', '---\ntitle: Same title\n---\nFirst text.\n'));
    const e = draft(draftFromText('b.md', 'markdown', '---\ntitle: Same title\n---\nOther text.\n'));
    const a1 = articleFromDraft(d, d.meta, new Set(), new Set(), 'now');
    const a2 = articleFromDraft(d, d.meta, new Set(), new Set(), 'later');
    const b = articleFromDraft(e, e.meta, new Set(), new Set(), 'now');
    assert.ok(a1.ok && a2.ok && b.ok);
    assert.equal(a1.article.id, a2.article.id);
    assert.notEqual(a1.article.id, b.article.id);
    const again = articleFromDraft(d, d.meta, new Set(), new Set([a1.article.id]), 'now');
    assert.ok(!again.ok && /already in the library/.test(again.reason));
    assert.equal(importedId('', 'x').startsWith('article-'), true);
  });

  it('validates edited metadata', () => {
    const d = draft(draftFromText('a.md', 'markdown', 'Body.\n'));
    const cases: [Partial<typeof d.meta>, RegExp][] = [
      [{ title: '  ' }, /needs a title/],
      [{ published: '31/31/2024' }, /not a date/],
      [{ url: 'javascript:alert(1)' }, /must start with http/],
    ];
    for (const [edit, reason] of cases) {
      const r = articleFromDraft(d, { ...d.meta, ...edit }, new Set(), new Set(), 'now');
      assert.ok(!r.ok && reason.test(r.reason), JSON.stringify(edit));
    }
  });
});
