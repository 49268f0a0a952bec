import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotedSpans, quoteShingles } from '../../../src/core/analysis/quotes.ts';
import { tokenize } from '../../../src/core/analysis/tokens.ts';

const quoted = (text: string): string[] => quotedSpans(text).map((r) => text.slice(r.start, r.end));

const SPANS: Array<{ name: string; text: string; expect: string[] }> = [
  { name: 'curly quotes', text: 'She said “we will rebuild the bridge” on Monday.', expect: ['we will rebuild the bridge'] },
  { name: 'straight quotes, two in a row', text: '"I am sorry," he wrote. "It will not happen again."', expect: ['I am sorry,', 'It will not happen again.'] },
  { name: 'guillemets', text: 'Il a dit «nous partons demain» hier.', expect: ['nous partons demain'] },
  { name: 'an unclosed straight quote stops at the paragraph end', text: 'He said "we are leaving\n\nThen "they left" at noon.', expect: ['they left'] },
  { name: 'no quotes', text: 'Nothing quoted here.', expect: [] },
];

for (const c of SPANS) {
  test(`quoted spans: ${c.name}`, () => assert.deepEqual(quoted(c.text), c.expect));
}

test('quote shingles: runs of five quoted words, none across the closing mark', () => {
  const text = 'The coach said “we have to be better than this” before leaving the ground.';
  const keys = [...quoteShingles(tokenize(text), quotedSpans(text)).keys()];
  assert.deepEqual(keys, ['we have to be better', 'have to be better than', 'to be better than this']);
});

test('quote shingles: a quote shorter than five words gives none', () => {
  const text = 'He promised to end it within “24 hours” of taking office.';
  assert.equal(quoteShingles(tokenize(text), quotedSpans(text)).size, 0);
});
