/**
 * Inline event handlers are renamed before untrusted HTML is parsed, so Chromium's CSP has
 * nothing to report (see src/ui/inline-handlers.ts); text and other attributes are untouched.
 */
import { expect } from '@open-wc/testing';
import { renameInlineHandlers } from '../../src/ui/inline-handlers.ts';
import { renderMarkdown } from '../../src/ui/markdown.ts';

const CASES: Array<[html: string, expected: string]> = [
  ['<img src=x onerror="alert(1)">', '<img src=x x-onerror="alert(1)">'],
  ['<img/onerror=alert(1)>', '<img/x-onerror=alert(1)>'],
  ['<div ONCLICK = "go()" class="a">text</div>', '<div x-ONCLICK = "go()" class="a">text</div>'],
  ['<body onload="a()"><p onmouseover=\'b()\'>x</p>', '<body x-onload="a()"><p x-onmouseover=\'b()\'>x</p>'],
  // Text outside tags is text: "onset=" in a sentence stays as written.
  ['<p>The onset= of the storm</p>', '<p>The onset= of the storm</p>'],
  // "on=" inside a quoted address is no attribute: the name must have letters after "on".
  ['<a href="https://example.org/?on=1">link</a>', '<a href="https://example.org/?on=1">link</a>'],
  // A slash inside an address is no separator: only right after the tag name.
  ['<a href="https://example.org/onload=1">link</a>', '<a href="https://example.org/onload=1">link</a>'],
];

describe('inline event handlers before parsing', () => {
  for (const [html, expected] of CASES) {
    it(`renames the handlers of ${html}`, () => {
      expect(renameInlineHandlers(html)).to.equal(expected);
    });
  }

  it('a rendered article keeps its text and loses the handler', () => {
    const fragment = renderMarkdown('Before <span onclick="window.__pwned = 1">the storm</span> after.');
    const p = fragment.querySelector('p')!;
    expect(p.textContent).to.equal('Before the storm after.');
    expect(p.querySelector('span')?.getAttributeNames() ?? []).to.deep.equal([]);
  });
});
