import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotation, AnnotationTarget } from '../../../src/core/annotations.ts';
import { anchor, describeRange, hashText, reanchorAll } from '../../../src/core/anchoring/index.ts';

const TEXT =
  'The mayor said the bridge would reopen in May. Engineers said the bridge would reopen in June. ' +
  'A spokesperson for the council declined to comment on the schedule for repairs to the river crossing.';

/** A target made from `text` at the first occurrence of `quote` (or the `nth`). */
function targetFor(text: string, quote: string, nth = 0): AnnotationTarget {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `fixture: "${quote}" not in text`);
  return { source: 'a', selectors: describeRange(text, start, start + quote.length), textHash: hashText(text) };
}

describe('describeRange', () => {
  it('keeps 32 characters of context each side, fewer at the text edges', () => {
    const [quote, position] = describeRange(TEXT, 4, 9);
    assert.deepEqual(position, { type: 'TextPositionSelector', start: 4, end: 9 });
    assert.equal(quote.exact, 'mayor');
    assert.equal(quote.prefix, 'The ');
    assert.equal(quote.suffix, TEXT.slice(9, 41));
    assert.equal(describeRange(TEXT, TEXT.length - 3, TEXT.length)[0].suffix, '');
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = '😀'.repeat(20) + 'quote' + '😀'.repeat(20);
    const [quote] = describeRange(text, 40, 45);
    assert.equal(quote.prefix, '😀'.repeat(16));
    assert.equal(quote.suffix, '😀'.repeat(16));
    const odd = 'x' + text;
    const [q2] = describeRange(odd, 41, 46);
    assert.ok(!/^[\udc00-\udfff]/.test(q2.prefix) && !/[\ud800-\udbff]$/.test(q2.suffix));
  });

  const bad: [number, number][] = [[-1, 2], [5, 3], [0, TEXT.length + 1], [1.5, 3]];
  for (const [start, end] of bad) {
    it(`rejects ${start}..${end}`, () => assert.throws(() => describeRange(TEXT, start, end), RangeError));
  }
});

describe('hashText', () => {
  it('is stable and tells close texts apart', () => {
    assert.equal(hashText(TEXT), hashText(TEXT));
    assert.notEqual(hashText(TEXT), hashText(TEXT + ' '));
    assert.notEqual(hashText('ab'), hashText('ba'));
    assert.notEqual(hashText(''), hashText('\0'));
  });
});

describe('anchor', () => {
  type Case = { name: string; quote: string; nth?: number; edit: (t: string) => string; expect: string | null; status: 'anchored' | 'fuzzy' | 'orphaned'; near?: string };
  // `expect` is the text the highlight must cover after the edit (null: orphaned).
  const cases: Case[] = [
    { name: 'unchanged text: by position', quote: 'the bridge', edit: (t) => t, expect: 'the bridge', status: 'anchored' },
    { name: 'text inserted before: moved by exact quote', quote: 'council declined', edit: (t) => 'UPDATE: ' + t, expect: 'council declined', status: 'anchored' },
    {
      name: 'repeated quote: the second occurrence found by its context',
      quote: 'the bridge would reopen in',
      nth: 1,
      edit: (t) => t.replace('The mayor', 'Yesterday the city mayor'),
      expect: 'the bridge would reopen in',
      near: 'Engineers said ',
      status: 'anchored',
    },
    { name: 'one word in the quote corrected: fuzzy', quote: 'declined to comment on the schedule', edit: (t) => t.replace('schedule', 'timetable'), expect: null, status: 'orphaned' },
    { name: 'one letter in the quote corrected: fuzzy', quote: 'declined to comment on the schedule', edit: (t) => t.replace('schedule', 'schedual'), expect: 'declined to comment on the schedual', status: 'fuzzy' },
    { name: 'quote deleted: orphaned', quote: 'A spokesperson for the council', edit: (t) => t.replace('A spokesperson for the council declined', 'Nobody would'), expect: null, status: 'orphaned' },
    { name: 'short quote whose place was deleted is not moved to another occurrence', quote: 'said', edit: (t) => t.replace('The mayor said the bridge', 'The bridge'), expect: null, status: 'orphaned' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const target = targetFor(TEXT, c.quote, c.nth);
      const edited = c.edit(TEXT);
      const result = anchor(edited, target);
      assert.equal(result.status, c.status);
      if (c.expect === null) assert.deepEqual([result.start, result.end], [-1, -1]);
      else {
        assert.equal(edited.slice(result.start, result.end), c.expect);
        if (c.near) assert.equal(edited.slice(result.start - c.near.length, result.start), c.near);
      }
    });
  }

  it('a page-level note (no selectors) is anchored to the whole article', () => {
    assert.deepEqual(anchor(TEXT, { source: 'a' }), { start: 0, end: 0, status: 'anchored' });
  });

  it('refuses a tie: the passage duplicated with its context, nowhere near the stored place', () => {
    const paragraph = 'Officials confirmed the ferry service would double its crossings during the closure.';
    const text = 'Intro. ' + paragraph + ' Outro.';
    const target = targetFor(text, 'double its crossings');
    const edited = 'A new opening sentence. ' + 'Intro. ' + paragraph + ' Outro. ' + 'Intro. ' + paragraph + ' Outro.';
    assert.equal(anchor(edited, target).status, 'orphaned');
  });

  it('breaks an exact tie in favour of the occurrence still at the stored offset', () => {
    const paragraph = 'Officials confirmed the ferry service would double its crossings during the closure.';
    const text = 'An introduction that sets the scene. ' + paragraph + ' A closing line that ends the story.';
    const target = targetFor(text, 'double its crossings');
    const edited = text + ' ' + text; // copied below: the original did not move
    const result = anchor(edited, target);
    assert.equal(result.status, 'anchored');
    assert.equal(result.start, target.selectors![1].start);
  });

  it('refuses an ambiguous fuzzy match: two equally close variants in the same context', () => {
    const P = 'Reports from the town hall say that on Monday ';
    const S = ', after a long debate about costs and delays.';
    const text = P + 'the committee approved the plan' + S;
    const target = targetFor(text, 'the committee approved the plan');
    const edited = P + 'the committe approved the plan' + S + ' ' + P + 'the commitee approved the plan' + S;
    assert.equal(anchor(edited, target).status, 'orphaned');
    // With only one variant, the same edit is a confident fuzzy match.
    const single = anchor(P + 'the committe approved the plan' + S, target);
    assert.equal(single.status, 'fuzzy');
  });

  it('a long quote edited in the middle is found through its windows', () => {
    const long = 'Negotiators from both delegations met for eleven hours at the conference centre and agreed on a framework for a ceasefire that would begin at midnight.';
    const text = 'Background paragraph. ' + long + ' Closing paragraph about other news.';
    const target = targetFor(text, long);
    const edited = text.replace('eleven hours', 'twelve hours');
    const result = anchor(edited, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(edited.slice(result.start, result.end), long.replace('eleven', 'twelve'));
  });

  it('stays bounded on a 1 MB text: common short quotes, fuzzy short and long quotes', () => {
    // Words of the fixture in a pseudo-random order: large, and without repeated passages.
    const words = TEXT.split(' ');
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % words.length;
    const parts: string[] = [];
    for (let n = 0; n < 1_000_000; n += parts[parts.length - 1].length + 1) parts.push(words[next()] + (next() % 3 === 0 ? ` ${next()}` : ''));
    const big = parts.join(' ');
    const at = big.indexOf(' ', 500_000) + 1;
    for (const length of [3, 40, 300, 2000]) {
      const target = { source: 'a', selectors: describeRange(big, at, at + length), textHash: 'older text' };
      const mid = at + Math.floor(length / 2);
      const edited = 'x' + big.slice(0, mid) + '#' + big.slice(mid + 1);
      // Bounded by the test timeout, not a stopwatch: speed is measured by `npm run bench`.
      const result = anchor(edited, target);
      if (length >= 40) assert.deepEqual([result.start, result.status], [at + 1, 'fuzzy']);
    }
  });
});

describe('reanchorAll', () => {
  const base = (id: string, target: AnnotationTarget): Annotation => ({
    id, target, note: '', tags: [], category: 'important', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', anchor: 'anchored',
  });

  it('rewrites moved highlights, keeps the quote of fuzzy ones and the selectors of orphans', () => {
    const moved = base('moved', targetFor(TEXT, 'council declined'));
    const fuzzy = base('fuzzy', targetFor(TEXT, 'declined to comment on the schedule'));
    const orphan = base('orphan', targetFor(TEXT, 'The mayor said'));
    const page = base('page', { source: 'a' });
    const edited = ('Breaking: ' + TEXT).replace('schedule', 'schedual').replace('The mayor said', 'Officials said');
    const [m, f, o, p] = reanchorAll(edited, [moved, fuzzy, orphan, page]);

    assert.equal(m.anchor, 'anchored');
    assert.equal(edited.slice(m.target.selectors![1].start, m.target.selectors![1].end), 'council declined');
    assert.equal(m.target.textHash, hashText(edited));

    assert.equal(f.anchor, 'fuzzy');
    assert.equal(f.target.selectors![0], fuzzy.target.selectors![0], 'the reader’s quote is kept');
    assert.equal(edited.slice(f.target.selectors![1].start, f.target.selectors![1].end), 'declined to comment on the schedual');

    assert.equal(o.anchor, 'orphaned');
    assert.deepEqual(o.target, orphan.target);
    assert.equal(p, page, 'unchanged annotations are returned as the same object');
    assert.equal(m.modified, moved.modified, 're-anchoring is not an edit');
  });

  it('is idempotent: a second pass over the same text changes nothing', () => {
    const edited = 'Breaking: ' + TEXT.replace('schedule', 'schedual');
    const first = reanchorAll(edited, [base('x', targetFor(TEXT, 'council declined')), base('y', targetFor(TEXT, 'declined to comment on the schedule'))]);
    const second = reanchorAll(edited, first);
    assert.deepEqual(second.map((a, i) => a === first[i]), [true, true]);
    assert.equal(second[1].anchor, 'fuzzy');
  });
});
