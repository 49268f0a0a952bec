import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { readingText } from '../../src/core/corpus/reading-text.ts';
import { extractHtmlArticle } from '../../src/ui/cl-import-html.ts';
import { htmlToMarkdown } from '../../src/ui/html-to-markdown.ts';

const nodes = (html: string) => DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });

const PAGE = `<!doctype html><html><head>
<title>Harbour reopens after storm | The Coast Courier</title>
<meta property="og:title" content="Harbour reopens after storm">
<meta property="og:site_name" content="The Coast Courier">
<meta property="article:published_time" content="2024-05-03T09:30:00+02:00">
<meta name="author" content="By Lena Ortiz">
<link rel="canonical" href="https://courier.example/harbour-reopens">
<script>window.__pwned = 'head'</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies?</div>
<article>
<h1>Harbour reopens after storm</h1>
<p>The harbour in the town of Eastmere reopened on Friday, three days after a storm damaged its outer wall, the port authority said in a statement issued in the morning.</p>
<p>Engineers worked through the night to clear debris from the main channel, and the first ferry left at noon with about forty passengers on board, according to the operator.</p>
<img src="https://tracker.example/pixel.gif" onerror="window.__pwned='img'">
<p>Fishing crews said they had lost a week of work. <a href="javascript:window.__pwned='a'">Click</a> <a href="https://example.org/more">More on the storm</a>.</p>
<p>Repairs to the wall are expected to take until the end of the summer, the authority added, and will cost about two million euros.</p>
</article>
<aside class="comments"><h2>42 Comments</h2></aside>
<footer>Copyright The Coast Courier</footer>
</body></html>`;

describe('saved web page extraction', () => {
  it('yields the article body as Markdown and the metadata from meta tags', () => {
    const r = extractHtmlArticle(PAGE);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.meta).to.deep.include({ title: 'Harbour reopens after storm', outlet: 'The Coast Courier', published: '2024-05-03T09:30:00+02:00', author: 'Lena Ortiz', url: 'https://courier.example/harbour-reopens' });
    expect(r.markdown).to.contain('The harbour in the town of Eastmere reopened on Friday');
    expect(r.markdown).to.contain('[More on the storm](<https://example.org/more>)');
    expect(r.markdown).not.to.contain('javascript');
    expect(r.markdown).not.to.contain('tracker.example');
    expect(r.markdown).not.to.contain('Sport');
    expect((window as unknown as { __pwned?: string }).__pwned).to.equal(undefined);
  });

  it('refuses a page with no text', () => {
    const r = extractHtmlArticle('<html><head><title>x</title></head><body><script>1</script></body></html>');
    expect(r.ok).to.equal(false);
  });
});

describe('html to Markdown', () => {
  const cases: [string, string, string][] = [
    ['paragraphs and headings', '<h2>Sub</h2><p>One  two</p><p>Three</p>', '## Sub\n\nOne two\n\nThree\n'],
    ['emphasis, code, links', '<p><b>bold</b> <em>it</em> <code>a`b</code> <a href="https://x.example/a b">link</a> <a href="javascript:x">js</a></p>',
      '**bold** _it_ ``a`b`` [link](<https://x.example/a%20b>) js\n'],
    ['lists and quotes', '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>quoted</p></blockquote>', '- one\n- two\n\n1. first\n\n> quoted\n'],
    ['text that looks like Markdown stays text', '<p># not a heading</p><p>1. not a list *or* [link](x) <b>tag</b>?</p>', '\\# not a heading\n\n1\\. not a list \\*or\\* \\[link\\](x) **tag**?\n'],
    ['loose inline text in a container', '<div>Loose <i>text</i><p>Then a paragraph</p></div>', 'Loose _text_\n\nThen a paragraph\n'],
    ['a table', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', '| A | B |\n| --- | --- |\n| 1 | 2 |\n'],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => expect(htmlToMarkdown(nodes(html))).to.equal(expected));
  }

  it('reads back as the same text', () => {
    const html = '<p>Costs rose by 5% to $3*4 [est.] &lt;b&gt; &amp;amp; <em>x_y</em></p>';
    expect(readingText(htmlToMarkdown(nodes(html)))).to.equal(nodes(html).textContent);
  });
});
