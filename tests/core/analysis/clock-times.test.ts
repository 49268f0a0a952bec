import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockTimes, minutesApart, type ClockTime } from '../../../src/core/analysis/clock-times.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { article } from './helpers.ts';

/** Every time of day in a one-sentence text, as [text as quoted, earliest, latest, weekday, 12-hour dial]. */
function times(text: string): Array<[string, number, number, number, boolean]> {
  const doc = prepareDoc(article('t.md', text));
  return doc.sentences.flatMap((s) => clockTimes(s).map((c): [string, number, number, number, boolean] => [doc.article.text.slice(c.start, c.end), c.lo, c.hi, c.day, c.twelveHour]));
}

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;

test('times of day: each written form becomes a window of minutes, with the weekday named beside it', () => {
  const cases: Array<[string, Array<[string, number, number, number, boolean]>]> = [
    ['The raiders struck at 1.30am on Tuesday.', [['at 1.30am', h(1, 20), h(1, 40), 2, false]]],
    ['The break-in took place at about 3 a.m., police said.', [['about 3 a.m.', h(2, 30), h(3, 30), -1, false]]],
    ['The mayor ordered the evacuation shortly before midnight on Friday.', [['shortly before midnight', h(23, 30), h(24), 5, false]]],
    ['That order was not given until about three in the morning on Saturday.', [['until about three in the morning', h(2, 30), h(3, 30), 6, false]]],
    // A rough time is as rough as it is round: "about 3 a.m." half an hour either way, "about
    // 8.30am" a quarter, "around twenty to six" or "about 8.15am" only an exact time's rounding.
    ['The guard found the frames at around twenty to six in the morning.', [['around twenty to six in the morning', h(5, 30), h(5, 50), -1, false]]],
    ['Staff discovered the break-in at about 8.15am on Tuesday.', [['about 8.15am', h(8, 5), h(8, 25), 2, false]]],
    ['Staff discovered the break-in at about 8.30am on Tuesday.', [['about 8.30am', h(8, 15), h(8, 45), 2, false]]],
    ['The train derailed at 08:02 near the bridge.', [['at 08:02', h(7, 52), h(8, 12), -1, false]]],
    ['She spoke shortly after 11 p.m. to supporters.', [['shortly after 11 p.m.', h(23), h(23, 30), -1, false]]],
    ['On Friday at about 10 p.m. the wall gave way.', [['about 10 p.m.', h(21, 30), h(22, 30), 5, false]]],
    ['The bells rang at six o\'clock in the evening.', [['at six o\'clock in the evening', h(17, 50), h(18, 10), -1, false]]],
    // A weekday's part is a wide window; a clock time beside it says it more exactly.
    ['The Halvard Bridge collapsed on Sunday evening, hours before landfall.', [['Sunday evening', h(17), h(24), 0, false]]],
    ['Rescuers reached the village on Tuesday morning.', [['Tuesday morning', h(5), h(12), 2, false]]],
    ['At 11pm on Sunday night the wall fell.', [['At 11pm', h(22, 50), h(23, 10), 0, false]]],
  ];
  for (const [text, want] of cases) assert.deepEqual(times(text), want, text);
});

test('times of day: bounds, ranges and times that name a thing are no moment of a happening', () => {
  for (const text of [
    'Results are due by 3pm on Monday.',
    'The van was seen between midnight and 4 a.m. on the river road.',
    'Polls stayed open until 8 p.m. in every district.',
    'Ballot boxes arrived well after the 8 p.m. close of polls.',
    'She turned up for her 6am shift.',
    // A race time to the second is how long, not when.
    'She crossed the line in 2:24:51, and the men\'s race was won in 2:09:37.',
    'The score was 2:1 after an hour, and 13pm is no time.',
    'Crews worked until Sunday evening to clear the line.',
    'Search teams have combed the hills since Monday morning.',
  ]) assert.deepEqual(times(text), [], text);
});

test('times of day: apart on the week when both name a weekday, else on the dial', () => {
  const at = (lo: number, hi: number, day = -1, twelveHour = false): ClockTime => ({ start: 0, end: 0, lo, hi, day, twelveHour, wide: false });
  // Shortly before midnight on Friday and about three on Saturday morning: hours apart.
  assert.equal(minutesApart(at(h(23, 30), h(24), 5), at(h(2, 30), h(3, 30), 6)), h(2, 30));
  // The week wraps: 23:40 on Saturday is eighty minutes before 1am on Sunday, not six days after it.
  assert.equal(minutesApart(at(h(23, 40), h(23, 40), 6), at(h(1), h(1), 0)), 80);
  assert.equal(minutesApart(at(h(1), h(1), 0), at(h(23, 40), h(23, 40), 6)), 80);
  // Without weekdays, 23:45 and 00:15 are half an hour apart across midnight, not 23 hours.
  assert.equal(minutesApart(at(h(23, 35), h(23, 55)), at(h(0, 5), h(0, 25))), 10);
  // Overlapping windows are one moment.
  assert.equal(minutesApart(at(h(2, 30), h(3, 30)), at(h(3, 10), h(3, 30))), 0);
  // "Sunday night" runs into Monday's small hours: 3am on Monday is in it, and hours after Sunday evening.
  const [[, nightLo, nightHi, sunday]] = times('The wall fell on Sunday night.');
  const [[, eveLo, eveHi]] = times('The wall fell on Sunday evening.');
  assert.equal(minutesApart(at(nightLo, nightHi, sunday), at(h(2, 50), h(3, 10), 1)), 0);
  assert.equal(minutesApart(at(eveLo, eveHi, sunday), at(h(2, 50), h(3, 10), 1)), h(2, 50));
  // "twenty to six" could be morning or evening: 17:40 is 5:40 on a 12-hour dial.
  assert.equal(minutesApart(at(h(5, 30), h(5, 50), -1, true), at(h(17, 35), h(17, 45))), 0);
});
