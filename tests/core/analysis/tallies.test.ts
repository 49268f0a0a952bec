import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuantities } from '../../../src/core/analysis/quantities.ts';
import { talliesIn } from '../../../src/core/analysis/tallies.ts';
import { tokenize } from '../../../src/core/analysis/tokens.ts';

const tallies = (text: string) => talliesIn(text, tokenize(text)).map((t) => [text.slice(t.start, t.end), t.kind, t.high, t.low, t.result]);

test('a score or a vote split is one tally, a final result only when no play goes on', () => {
  const table: Array<[string, unknown[]]> = [
    ['Rovers were beaten 3-0 at home by Halvik United.', [['3-0', 'score', 3, 0, true]]],
    ['United sealed a 2-1 win over City.', [['2-1', 'score', 2, 1, true]]],
    ['They lost 1-2 to the champions.', [['1-2', 'score', 2, 1, true]]],
    ['Olympia, 2-0 winners when the sides met in December, lead the table.', [['2-0', 'score', 2, 0, true]]],
    ['The board voted 4-1 to dismiss him.', [['4-1', 'vote', 4, 1, true]]],
    ['The court ruled 5 to 4 that the law stands.', [['5 to 4', 'vote', 5, 4, true]]],
    ['The board had unanimously rejected the offer.', [['unanimously', 'vote', 0, 0, true]]],
    // A vote's sides in words, and a motion "carried".
    ['The Monetary Policy Board split five to two, the Herald understands.', [['five to two', 'vote', 5, 2, true]]],
    ['The minutes show the decision was in fact carried 4-3.', [['4-3', 'vote', 4, 3, true]]],
    ['The home side won two to one.', []],
    // While play goes on: a tally, not the result.
    ['Brask were leading 1-0 when the match was stopped.', [['1-0', 'score', 1, 0, false]]],
    ['Athletic were 1-0 down at half-time.', [['1-0', 'score', 1, 0, false]]],
    ['The game will start again from 0-0.', [['0-0', 'score', 0, 0, false]]],
    // Ranges, dates and rises are not tallies.
    ['The festival ran on 10-11 March.', []],
    ['Rain is expected for 3-5 days.', []],
    ['Turnout rose from 5 to 7 points.', []],
    ['Volunteers aged 18-25 signed up.', []],
    ['The 2024-25 season starts in August.', []],
  ];
  for (const [text, want] of table) assert.deepEqual(tallies(text), want, text);
});

test('the figures of a tally count nothing: "beaten 3-0 at home" has no quantity', () => {
  const q = (text: string) => extractQuantities(text, tokenize(text)).map((x) => x.surface);
  assert.deepEqual(q('Rovers were beaten 3-0 at home by Halvik United.'), []);
  assert.deepEqual(q('Olympia, 2-0 winners in December, drew a crowd of 8,000.'), ['8,000']);
  assert.deepEqual(q('The board voted 4-1, he told me.'), []);
});

test('"making the final tally 6-3" in a sentence about voting is a vote\'s result; a tally with no voting told stays unread', () => {
  const text = 'Three of the nine directors who voted opposed the removal, making the final tally 6-3.';
  const [t] = talliesIn(text, tokenize(text)).filter((x) => x.result);
  assert.deepEqual([t?.kind, t?.high, t?.low], ['vote', 6, 3]);
  const other = 'The fund raised its tally 6-3 in the second round.';
  assert.equal(talliesIn(other, tokenize(other)).some((x) => x.kind === 'vote'), false);
});
