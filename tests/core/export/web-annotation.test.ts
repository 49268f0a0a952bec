import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Annotation } from '../../../src/core/annotations.ts';
import { toBackup } from '../../../src/core/export/backup.ts';
import { parseWebAnnotation } from '../../../src/core/export/parse-web-annotation.ts';
import type { ParseResult } from '../../../src/core/export/types.ts';
import { toWebAnnotation } from '../../../src/core/export/web-annotation.ts';
import { annotations, articles, input, reviews } from '../../fixtures/export/sample.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/export/${name}`, import.meta.url), 'utf8');
const exported = toWebAnnotation(input);

function data(result: ParseResult) {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result;
}
function errorsOf(result: ParseResult): string[] {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('toWebAnnotation', () => {
  it('matches the golden JSON-LD', () => {
    assert.equal(exported, fixture('expected/notes.jsonld'));
  });

  it('is an AnnotationCollection whose every item is a complete W3C annotation', () => {
    const json = JSON.parse(exported);
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(json.total, json.first.items.length);
    for (const item of json.first.items) {
      assert.match(item.id, /^urn:(uuid:[0-9a-f-]{36}|crosslight:(annotation|link|review):.+)$/);
      assert.equal(item.type, 'Annotation');
      assert.ok(['commenting', 'highlighting', 'bookmarking', 'linking', 'assessing'].includes(item.motivation));
      assert.ok(item.target);
      // Only the machine's findings carry the generator; the reader's own annotations do not.
      assert.equal(item.generator !== undefined, item.motivation === 'linking');
    }
  });
});

describe('toWebAnnotation → parseWebAnnotation', () => {
  const result = data(parseWebAnnotation(exported, { articles }));

  it('brings back every reader annotation, except what W3C cannot carry', () => {
    // Not carried: the text hash (a local cache) and the anchor status (re-checked on open).
    const carried = (a: Annotation): Annotation => {
      const { textHash: _hash, ...target } = a.target;
      return { ...a, target, anchor: 'anchored' };
    };
    assert.deepStrictEqual(result.data.annotations, annotations.map(carried));
  });

  it('brings back every review, hidden flag included', () => {
    assert.deepStrictEqual(result.data.reviews, reviews);
  });

  it('leaves out the machine findings themselves (analysis recomputes them) without warnings', () => {
    const items = JSON.parse(exported).first.items.length;
    assert.equal(items, annotations.length + 2 * reviews.length, 'the file holds a linking and an assessing annotation per review');
    assert.equal(result.data.annotations.length + result.data.reviews.length, annotations.length + reviews.length);
    assert.deepEqual(result.warnings, []);
  });

  it('without the library, URLs stay as the target and Crosslight URNs still give the article id', () => {
    const alone = data(parseWebAnnotation(exported));
    assert.equal(alone.data.annotations[0].target.source, 'https://ledger.example/2026/11/senate-vote');
    assert.equal(alone.data.annotations[5].target.source, 'tribune-vote');
  });
});

describe('parseWebAnnotation: files from other tools', () => {
  it('imports Hypothesis JSON-LD: target lists, selector lists, string and object bodies', () => {
    const result = data(parseWebAnnotation(fixture('hypothesis.jsonld'), { articles }));
    assert.deepStrictEqual(result.data.annotations, [
      {
        id: 'https://hypothes.is/a/Zt3iPAIqEe-3Hk8wYjzY5w',
        target: {
          source: 'ledger-vote',
          selectors: [
            { type: 'TextQuoteSelector', exact: 'a vote of 52 to 48', prefix: 'Thursday by ', suffix: ', sending it' },
            { type: 'TextPositionSelector', start: 53, end: 71 },
          ],
        },
        note: 'Is this the **final** count?',
        tags: ['vote', 'senate'],
        category: 'important',
        created: '2026-11-19T14:02:11.402915+00:00',
        modified: '2026-11-19T14:05:40.118302+00:00',
        anchor: 'anchored',
      },
      {
        id: 'https://hypothes.is/a/page-level-note',
        target: { source: 'https://elsewhere.example/unknown-article' },
        note: 'Whole-page comment, as a plain string body',
        tags: [],
        category: 'important',
        created: '2026-11-19T15:00:00.000000+00:00',
        modified: '2026-11-19T15:00:00.000000+00:00',
        anchor: 'anchored',
      },
      {
        id: 'https://hypothes.is/a/quote-only',
        target: { source: 'ledger-vote', selectors: [{ type: 'TextQuoteSelector', exact: 'historic day', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }] },
        note: 'quote but no position',
        tags: [],
        category: 'important',
        created: '2026-11-19T16:00:00+00:00',
        modified: '2026-11-19T16:00:00+00:00',
        anchor: 'orphaned',
      },
      {
        id: 'https://hypothes.is/a/with-image',
        target: { source: 'ledger-vote' },
        note: 'see chart',
        tags: [],
        category: 'important',
        created: '2026-11-19T17:00:00+00:00',
        modified: '2026-11-19T17:00:00+00:00',
        anchor: 'anchored',
      },
    ]);
    assert.deepEqual(
      result.warnings.map((w) => w.message),
      [
        '[2].target.selector: has no TextPositionSelector; kept as a highlight that could not be placed until Crosslight finds the quote',
        '[3].body[0]: a body of type "Image" without text; Crosslight keeps text bodies only, so it was left out',
        '[3].target.selector: only XPathSelector, which Crosslight cannot place; kept as a note on the whole article',
        '[4]: a reply to another annotation; replies are not imported',
      ],
    );
  });

  it("imports the Hypothesis client's own export (text, tags, updated, uri)", () => {
    const result = data(parseWebAnnotation(fixture('hypothesis-export.json'), { articles }));
    assert.deepStrictEqual(result.data.annotations, [
      {
        id: 'kT2mWqIrEe-9aBcDeFgHiJ',
        target: {
          source: 'ledger-vote',
          selectors: [
            { type: 'TextQuoteSelector', exact: '52 to 48', prefix: 'by a vote of ', suffix: ', sending' },
            { type: 'TextPositionSelector', start: 63, end: 71 },
          ],
        },
        note: "Compare with the Tribune's 51–49",
        tags: ['numbers', 'check'],
        category: 'important',
        created: '2026-11-18T10:00:00.000000+00:00',
        modified: '2026-11-18T11:30:00.000000+00:00',
        anchor: 'anchored',
      },
    ]);
  });

  it('maps a single annotation and an AnnotationPage too, with a category from a classifying body', () => {
    const one = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'x:1', created: '2026-01-01T00:00:00Z', body: [{ type: 'TextualBody', value: 'question', purpose: 'classifying' }, { type: 'TextualBody', value: 'misc', purpose: 'classifying' }], target: 'https://a.example' };
    const single = data(parseWebAnnotation(JSON.stringify(one)));
    assert.equal(single.data.annotations[0].category, 'question');
    assert.deepEqual(single.data.annotations[0].tags, ['misc'], 'a classification Crosslight lacks becomes a tag');
    const page = data(parseWebAnnotation(JSON.stringify({ type: 'AnnotationPage', items: [one] })));
    assert.equal(page.data.annotations.length, 1);
  });
});

describe('parseWebAnnotation: what it cannot map, and broken files', () => {
  const base = { type: 'Annotation', id: 'urn:uuid:00000000-0000-4000-8000-000000000001', created: '2026-01-01T00:00:00Z', target: { source: 'https://a.example', selector: [{ type: 'TextQuoteSelector', exact: 'q' }, { type: 'TextPositionSelector', start: 0, end: 1 }] } };

  it('leaves out one annotation it cannot read, saying where and why, and imports the rest', () => {
    const bad = { ...base, id: 'urn:x:2', target: { source: 'https://a.example', selector: [{ type: 'TextQuoteSelector', exact: 5 }] } };
    const positionOnly = { ...base, id: 'urn:x:3', target: { source: 'https://a.example', selector: { type: 'TextPositionSelector', start: 4, end: 9 } } };
    const noId = { ...base, id: undefined };
    const result = data(parseWebAnnotation(JSON.stringify([base, bad, positionOnly, noId])));
    assert.equal(result.data.annotations.length, 1);
    assert.deepEqual(result.warnings.map((w) => w.message), [
      '[1].target.selector[0].exact: expected a string, found a number (5) (this annotation was left out)',
      '[2].target.selector: has a TextPositionSelector but no TextQuoteSelector: Crosslight needs the quoted text to place a highlight (this annotation was left out)',
      '[3].id: missing (expected a string) (this annotation was left out)',
    ]);
  });

  it('refuses a file where nothing could be imported', () => {
    const messages = errorsOf(parseWebAnnotation(JSON.stringify([{ ...base, created: 'last week' }])));
    assert.deepEqual(messages, ['none of the annotations in this file could be imported', '[0].created: expected a date and time like 2026-11-22T09:30:00Z, found a string ("last week") (this annotation was left out)']);
  });

  it('refuses duplicate ids', () => {
    assert.deepEqual(errorsOf(parseWebAnnotation(JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [base, base] } }))), [
      'first.items[1].id: "00000000-0000-4000-8000-000000000001" is used twice (first at first.items[0]); each annotation needs its own',
    ]);
  });

  it('refuses what is not annotations, with a message that says what it is', () => {
    assert.match(errorsOf(parseWebAnnotation('{"hello": "world"}'))[0], /not a Web Annotation file/);
    assert.match(errorsOf(parseWebAnnotation(toBackup({ articles: [], annotations: [], reviews: [], drafts: [] })))[0], /Crosslight backup.*restore it as a backup/);
    assert.match(errorsOf(parseWebAnnotation('{"type":"AnnotationCollection","first":"https://x.example/page1"}'))[0], /^first: the annotations are not in this file/);
    assert.match(errorsOf(parseWebAnnotation('Highlight,Title\nx,y'))[0], /not a JSON file/);
    assert.match(errorsOf(parseWebAnnotation(exported.slice(0, 2000)))[0], /looks cut off/);
  });

  it('refuses an oversized file before parsing', () => {
    assert.match(errorsOf(parseWebAnnotation(exported, { maxBytes: 1024 }))[0], /above the 1\.0 KB import limit/);
  });
});
