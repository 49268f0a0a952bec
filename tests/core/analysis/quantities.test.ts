import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EACH, extractDeadlines, extractQuantities, quantitiesConflict, sameMeasure } from '../../../src/core/analysis/quantities.ts';
import { normalizeWord, tokenize } from '../../../src/core/analysis/tokens.ts';

const q = (text: string) => extractQuantities(text, tokenize(text));

test('quantities keep their meaning: ranges, vague plurals, sums of people', () => {
  const cases: Array<[string, number, number, string]> = [
    ['at least three people died', 3, Infinity, 'count'],
    ['more than 40 homes burned', 40, Infinity, 'count'],
    // "No more than" is a ceiling, "no fewer than" a floor.
    ['held at no more than 80 homes', 0, 80, 'count'],
    ['no fewer than 40 homes burned', 40, Infinity, 'count'],
    ['dozens of people were hurt', 24, 99, 'count'],
    // An article or "half a" opens a spelled magnitude; slang names a currency.
    ['a million people marched', 1e6, 1e6, 'count'],
    ['owed a whopping HALF A MILLION pounds in wages', 5e5, 5e5, 'money:£'],
    ['debts have hit FIVE MILLION quid', 5e6, 5e6, 'money:£'],
    ['a fine of 40,000 bucks', 4e4, 4e4, 'money:$'],
    // Half or a quarter of a unit, in words or hyphenated.
    ['they waited half an hour', 1800, 1800, 'duration'],
    ['ran on a quarter-hour delay', 900, 900, 'duration'],
    ['smashed windows half a mile away', 804.672, 804.672, 'count'],
    // "Thousands", like "millions", runs up to the next named magnitude: 21,000 drivers are thousands.
    ['tolls from thousands of drivers every day', 2000, 999999, 'count'],
    ['two women and a man were arrested', 3, 3, 'count'],
    // One named by its role beside a count: the other side may count it or not (11 or 12 people).
    ['the balloon hit the lines with the pilot and 11 passengers on board', 11, 12, 'count'],
    ['the coach carried 40 pupils and their driver', 40, 41, 'count'],
    ['a man and two women were arrested', 3, 3, 'count'],
    ['up to ten years in prison', 0, 10 * 31557600, 'duration'],
    ['a magnitude 6.1 quake', 6.1, 6.1, 'magnitude'],
    ['a 5.9-magnitude quake', 5.9, 5.9, 'magnitude'],
    ['it cost $65.9 billion in aid', 65.9e9, 65.9e9, 'money:$'],
    ['roughly 20% of the land', 17, 23, 'percent'],
    ['within 24 hours', 86400, 86400, 'duration'],
    ['Thirty-six people were injured', 36, 36, 'count'],
    ['a twenty-one-day strike', 21 * 86400, 21 * 86400, 'duration'],
    // A modifier opening the sentence is capitalised, not a name ("Route 66").
    // (A length is kept in metres: 200 millimetres is 0.2 metres.)
    ['Nearly 200 millimetres of rain fell', 0.16, 0.2, 'count'],
    ['Roughly 40 homes burned', 34, 46, 'count'],
    ['could be worth as much as 9 million crowns', 0, 9e6, 'money:kr'],
    // "nearly" and "just under" stop at the round figure below: 23,480 is not nearly 26,000.
    ['A crowd of nearly 26,000 watched', 25000, 26000, 'count'],
    ['the crowd of just under 23,500 watched', 23400, 23500, 'count'],
    ['as many as 300 people fled', 0, 300, 'count'],
    // A modifier before the currency sign bounds the sum.
    ['she racked up more than €90,000 in expenses', 90000, Infinity, 'money:€'],
    ['they paid at least $5 million', 5e6, Infinity, 'money:$'],
    ['a fine of up to £3 billion', 0, 3e9, 'money:£'],
    // "No one" is none, not one.
    ['No one was hurt in the blast', 0, 0, 'count'],
  ];
  for (const [text, min, max, unit] of cases) {
    const [first] = q(text);
    assert.ok(first, text);
    assert.equal(first.unit, unit, text);
    assert.ok(Math.abs(first.min - min) < 1e-6 * Math.max(1, min), `${text}: min ${first.min}`);
    assert.ok(max === Infinity ? first.max === Infinity : Math.abs(first.max - max) < 1e-6 * Math.max(1, max), `${text}: max ${first.max}`);
  }
});

test('an ordinal in words ("the twenty-first century") is not a count', () => {
  assert.deepEqual(q('the twenty-first century'), []);
});

test('a number after a rating scale is a rating on that scale, comparable only with its own scale', () => {
  const [cat4] = q('a Category 4 cyclone struck');
  const [cat3] = q('making it a Category 3 storm');
  const [level3] = q('raised the alert to level 3 on Friday');
  assert.deepEqual([cat4.surface, cat4.unit, cat4.nominal], ['Category 4', 'rating:category', 4]);
  assert.deepEqual([level3.surface, level3.unit, level3.nominal], ['level 3', 'rating:level', 3]);
  // The noun after the rating is what is rated, not a different measure: a cyclone and a storm.
  assert.ok(sameMeasure(cat4, cat3) && quantitiesConflict(cat4, cat3));
  assert.ok(!sameMeasure(cat3, level3));
  // Names with numbers are still names.
  assert.deepEqual(q('under Article 5 of Route 66').map((x) => x.surface), []);
});

test('years, dates and names with numbers are not quantities', () => {
  assert.deepEqual(q('In 2020 the vote was held on Jan. 20 under Article 5.').map((x) => x.surface), []);
  // Clock times are times of day: "9:40 a.m. and fired" counts nothing.
  assert.deepEqual(q('He walked in at about 9:40 a.m. and fired a shot; by 3 p.m. he had freed 4 hostages, and at 21:15 he gave up.').map((x) => x.surface), ['4 hostages']);
});

test('a figure written to more decimals is what the shorter one rounds: 9.705 and 9.71 seconds agree, 9.70 and 9.71 do not', () => {
  const one = (text: string) => q(text)[0];
  assert.equal(quantitiesConflict(one('He ran 9.705 seconds'), one('He ran 9.71 seconds')), false);
  assert.equal(quantitiesConflict(one('He ran 9.70 seconds'), one('He ran 9.71 seconds')), true);
  assert.equal(quantitiesConflict(one('The quake measured 6.0 on the scale'), one('The quake measured 6.1 on the scale')), true);
  assert.equal(quantitiesConflict(one('The aid came to 65.9 billion dollars'), one('The aid came to 66 billion dollars')), false);
});

test('conflicts need the same measure and ranges that cannot overlap', () => {
  const [a] = q('the quake killed at least three people');
  const [b] = q('the quake killed 5 people');
  const [c] = q('the quake killed two people');
  assert.equal(quantitiesConflict(a, b), false, 'at least 3 is compatible with 5');
  assert.equal(quantitiesConflict(a, c), true, 'at least 3 excludes 2');
  const [aid] = q('$65.9 billion in military support');
  const [buy] = q('purchasing $90 billion of weapons');
  assert.equal(quantitiesConflict(aid, buy), false, 'aid given vs weapons bought are different measures');
  const [m1] = q('a magnitude 6.1 quake');
  const [m2] = q('a 5.9-magnitude quake');
  assert.equal(quantitiesConflict(m1, m2), true);
});

test('a possessive before a figure names an owner, not what the figure counts', () => {
  const [evacuated] = q('Police evacuated 312 residents and workers from nearby homes.');
  const [guard] = q('a building that seizes people’s businesses had one unarmed guard on the door');
  assert.equal(quantitiesConflict(evacuated, guard), false, 'residents evacuated vs guards on the door');
  const [toll] = q('The death toll from the blast rose to 27');
  const [toll2] = q('the death toll stood at 19');
  assert.equal(quantitiesConflict(toll, toll2), true, 'a head named before the figure still counts');
});

test('"revised up to 131" is exactly 131, and "the number of people" names what it counts', () => {
  const [revised] = q('The number of people linked to the outbreak at the fair has been revised up to 131.');
  assert.deepEqual([revised.min, revised.max], [131, 131]);
  const [ill] = q('112 people fell ill after the fair');
  assert.equal(quantitiesConflict(revised, ill), true, 'both count people');
  const [bound] = q('up to 40 people were hurt');
  assert.deepEqual([bound.min, bound.max], [0, 40], '"up to" alone is still a ceiling');
});

test('what a figure counts: "taken to hospital" is "admitted", an attendance counts people', () => {
  const [taken] = q('Eleven of the injured were taken to hospital');
  const [admitted] = q('Seventeen of them were admitted to hospital');
  assert.equal(sameMeasure(taken, admitted), true, JSON.stringify([taken.counted, admitted.counted]));
  assert.equal(quantitiesConflict(taken, admitted), true);
  const [attendance] = q('The official attendance was 23,480.');
  const [crowd] = q('A crowd of nearly 26,000 had crammed into the stadium.');
  assert.equal(attendance.counted[0], crowd.counted[0]);
  assert.equal(quantitiesConflict(attendance, crowd), true);
});

test('deadlines: durations and "before"/"by" limits', () => {
  const d = (text: string) => extractDeadlines(text, tokenize(text)).map((x) => [x.surface, x.seconds]);
  assert.deepEqual(d('he vowed to end it within “24 hours,” he said'), [['within “24 hours', 86400]]);
  assert.deepEqual(d('he vowed to end the war before he is inaugurated next month'), [['before he is inaugurated next month', null]]);
  assert.deepEqual(d('crews will finish by the end of March'), [['by the end of March', null]]);
  assert.deepEqual(d('he arrived before dinner with friends'), []);
  assert.deepEqual(d('the union extended its walkout until Friday'), [['until Friday', null]]);
  assert.deepEqual(d('the deal must be signed by Friday'), [['by Friday', null]]);
  assert.deepEqual(d('he walked by the river'), []);
  assert.deepEqual(d('crews will finish by early March'), [['by early March', null]]);
  // "by" names how; the time is another phrase's.
  assert.deepEqual(d('members were informed by telephone on the Sunday evening'), []);
  // A point in time an act happened at is no limit.
  assert.deepEqual(d('the mayor ordered the evacuation shortly before midnight on Friday'), []);
  assert.deepEqual(d('the order came hours before the storm reached the town in October'), []);
  // When something stopped is no limit on what is still to come.
  assert.deepEqual(d('trading continued until the fair ended on Sunday'), []);
  assert.deepEqual(d('the count went on until the polls closed at midnight'), []);
  assert.deepEqual(d('talks will continue until the end of the week'), [['until the end of the week', null]]);
  assert.deepEqual(d('the closure will last until the season ends'), [['until the season ends', null]]);
  assert.deepEqual(d('reforms are due before the newly elected parliament'), [['before the newly elected parliament', null]]);
  // A span given to do something is a limit on it; a span given as a sentence is not.
  assert.deepEqual(d('his client would give the auction house 30 days to open its files'), [['30 days', 30 * 86400]]);
  assert.deepEqual(d('the judge gave him 30 days in jail'), []);
});

test('money: each currency is its own unit, so sums in two currencies never conflict', () => {
  const cases: Array<[string, string]> = [
    ['a fee of €45 million for the striker', 'money:€'],
    ['a £38 million fee for the striker', 'money:£'],
    ['a fine of 200,000 crowns', 'money:kr'],
    ['the 200,000-crown fine', 'money:kr'],
    ['paid 40 dollars for the ticket', 'money:$'],
  ];
  for (const [text, unit] of cases) assert.equal(q(text)[0]?.unit, unit, text);
  const [eur] = q('a fee of €45 million for the striker');
  const [gbp] = q('a fee of £38 million for the striker');
  const [eur2] = q('a fee of €30 million for the striker');
  assert.equal(quantitiesConflict(eur, gbp), false, 'euros vs pounds');
  assert.equal(quantitiesConflict(eur, eur2), true, 'same currency, same measure');
  const [fine] = q('the 200,000-crown fine');
  const [bribes] = q('pocketed about 1.2 million crowns over four years');
  assert.equal(quantitiesConflict(fine, bribes), false, 'a fine and a sum pocketed are different measures');
});

test('a light verb right after a figure is what it counts, in its noun sense: "14 shows", "12 shows" and "12 concerts" are one measure', () => {
  const [a] = q('The cancellation hits 14 shows in all.');
  const [b] = q('She pulled out of 12 shows.');
  assert.deepEqual(a.counted, [normalizeWord('concert')]);
  assert.equal(quantitiesConflict(a, b), true);
  const [concerts] = q('She pulled out of 12 concerts.');
  assert.equal(quantitiesConflict(a, concerts), true);
  assert.equal(normalizeWord('shows'), normalizeWord('display'), 'the verb keeps its own sense elsewhere');
  const [c] = q('The tour had 14 shows left.');
  const [d] = q('The tour had 14 dates left.');
  assert.equal(quantitiesConflict(c, d), false, 'different nouns are not compared');
});

test('a part ("10 of the cancelled dates") never conflicts with the whole ("14 dates"), only with another part', () => {
  const [part] = q('She will reschedule 10 of the cancelled dates.');
  const [whole] = q('She cancelled 14 dates.');
  const [otherPart] = q('She will reschedule 8 of the dates.');
  assert.equal(part.part, true);
  assert.equal(whole.part, false);
  assert.equal(quantitiesConflict(part, whole), false);
  assert.equal(quantitiesConflict(part, otherPart), true);
  assert.equal(q('dozens of people were hurt')[0].part, false, 'a vague plural is not a part');
  // "All nine of the town's schools" are every one of them: the whole, which "six schools" answers.
  const [all] = q("All nine of the town's schools closed on Tuesday.");
  assert.equal(all.part, false);
  assert.deepEqual([all.display, all.counted[0]], ["nine of the town's schools", normalizeWord('school')], 'an owner is not what is counted');
  assert.equal(quantitiesConflict(all, q('Six schools were closed on Tuesday.')[0]), true);
});

test('the whole a part is of ("39 of the 47 proved") does not count what befell the part; a figure of its own does ("39 proved")', () => {
  const [, whole] = q('The panel found 39 of the 47 proved.');
  assert.deepEqual([whole.display, whole.counted], ['47', []]);
  assert.equal(sameMeasure(whole, q('The panel found 39 proved.')[0]), false);
  assert.deepEqual(q('The panel found 39 proved.')[0].counted, [normalizeWord('proved')], 'a figure of its own counts what befell it');
});

test('a rate ("a day", "per week", "annually") is compared only with a rate over the same period', () => {
  const [daily] = q('the strike grounded 200 flights a day');
  const [total] = q('the strike grounded 1,000 flights');
  const [otherDaily] = q('the strike grounded 300 flights per day');
  assert.equal(q('the stoppage costs the airline roughly 6 million euros a day')[0].per, 'day');
  assert.equal(daily.per, 'day');
  assert.equal(total.per, null);
  assert.equal(quantitiesConflict(daily, total), false);
  assert.equal(quantitiesConflict(daily, otherDaily), true);
  assert.equal(q('about 2,000 tonnes annually')[0].per, 'year');
  assert.equal(q('it killed 12 people a day after the vote')[0].per, null, '"a day after" is a time, not a rate');
  // A speed is a distance per hour, however written, and never a distance: a measure of its own.
  assert.deepEqual([q('the bunch was doing 87km/h on the descent')[0].counted[0], q('the bunch was doing 87km/h on the descent')[0].per], [normalizeWord('kmh'), null]);
  assert.equal(q('at 100 km/h when they fell')[0].counted[0], normalizeWord('kmh'));
  assert.equal(q('cleaners earn $20 an hour')[0].per, 'hour');
  assert.equal(quantitiesConflict(q('the riders were doing 87 km/h')[0], q('the riders had covered 100 km')[0]), false);
  assert.equal(quantitiesConflict(q('the riders were doing 87 km/h')[0], q('the riders were doing 100km/h')[0]), true);
  assert.equal(q('the 2024/25 season')[0].per, null);
  // A wind or a flow per second; "a second" alone is as often an ordinal.
  assert.equal(q('the gauge read +2.1 metres per second')[0].per, 'second');
  assert.equal(q('gusts of up to 3.4 m/s')[0].per, 'second');
  assert.equal(quantitiesConflict(q('the gauge read 2.1 metres per second')[0], q('the jump measured 2.1 metres')[0]), false);
  assert.equal(q('12 people a second time')[0].per, null);
});

test('a distance that names a race ("the 100 metres final", "the 100m world record") measures nothing', () => {
  assert.deepEqual(q('Kovane won the 100 metres final on Saturday'), []);
  assert.deepEqual(q('he broke the 100m world record in Sarnova').map((x) => x.display), []);
  assert.deepEqual(q('he reached 60 metres in 6.41').map((x) => x.display), ['60 metres', '6.41']);
});

test('a distance that names a point on a route ("the 30km mat", "at 28km" on the course) measures nothing; a distance put at a value does', () => {
  const shown = (text: string) => q(text).map((x) => x.display);
  assert.deepEqual(shown('her chip recorded no reading at the 30km timing mat'), []);
  assert.deepEqual(shown('her watch trace leaves the course at the 28km drinks station'), []);
  assert.deepEqual(shown('inside a loop between roughly the 28km and 31km points'), []);
  assert.deepEqual(shown('the trust has promised an extra mat at 28km next year'), []);
  assert.deepEqual(shown('she was not on the course between 28km and 31km'), []);
  assert.deepEqual(shown('mats at 5km intervals are standard'), []);
  // Measured, not placed: a value after a verb of estimating, a speed, a level, a height.
  assert.deepEqual(shown('the analysis puts the distance saved at 2.6km'), ['2.6km']);
  assert.deepEqual(shown('the car was doing 87km/h at the junction'), ['87km/h']);
  assert.deepEqual(shown('the river crested at 6.8 metres on Saturday'), ['6.8 metres']);
  assert.deepEqual(shown('they were skinning up a slope at 2,640 metres'), ['2,640 metres']);
  assert.deepEqual(shown('cutting out about 2.8km of the course'), ['about 2.8km']);
});

test('one span told in its parts is one duration; a margin ("by almost three minutes", "79 seconds inside") is a difference', () => {
  const [time] = q('her winning time of two hours, 24 minutes and 51 seconds');
  assert.equal(time.display, 'two hours, 24 minutes and 51 seconds');
  assert.equal(time.min, 2 * 3600 + 24 * 60 + 51);
  assert.equal(q('two minutes and 12 seconds clear of the runner-up')[0].min, 132);
  // "two hours and 30 people": a count after a span is no part of it.
  assert.deepEqual(q('after two hours and 30 people had left').map((x) => x.display), ['two hours', '30 people']);
  for (const margin of ['she smashed the course record by almost three minutes', 'that was 79 seconds inside the previous record', 'the detour shaved around ten minutes off her time']) {
    assert.equal(q(margin)[0].difference, true, margin);
  }
  assert.equal(q('she finished in two hours and 24 minutes')[0].difference, false);
  assert.equal(quantitiesConflict(q('her winning time of two hours, 24 minutes and 51 seconds')[0], q('she smashed the course record by almost three minutes')[0]), false);
});

test('what a figure measures: a stretch of time is not what follows it ("9.70 seconds to take gold"), a sum is its compound\'s head ("$150,000 world record bonus")', () => {
  const one = (text: string) => q(text)[0];
  assert.equal(quantitiesConflict(one('crossing the line in 9.70 seconds to take gold'), one('the official time was confirmed at 9.71 seconds once the images had been read')), true);
  assert.equal(quantitiesConflict(one('a world record bonus of $100,000 is paid'), one('he stands to pocket a $150,000 world record bonus')), true);
  assert.equal(quantitiesConflict(one('a world record bonus of $100,000 is paid'), one('he stands to pocket a $150,000 appearance fee')), false);
});

test('two durations of different things do not conflict; a bare duration compares with any', () => {
  const [inflation] = q('to offset two years of high inflation');
  const [session] = q('struck after a 19-hour session');
  const [prison] = q('jailed for eight years in prison');
  const [bare] = q('she was jailed for six years');
  assert.equal(quantitiesConflict(inflation, session), false);
  assert.equal(quantitiesConflict(prison, bare), true);
});

test('infants, employees and other people nouns count people: "14 babies" and "11 infants" are one measure', () => {
  assert.equal(quantitiesConflict(q('14 babies fell ill')[0], q('Eleven infants are ill')[0]), true);
  assert.equal(quantitiesConflict(q('300 employees walked out')[0], q('about 300 workers walked out')[0]), false);
});

test('a digit ordinal with its noun is a rank ("87th minute"), comparable with the same noun\'s rank only', () => {
  const [a] = q('he scored in the 87th minute');
  const [b] = q('the decisive goal came in the 89th minute');
  assert.equal(a.unit, 'rank');
  assert.equal(a.display, '87th minute');
  assert.equal(quantitiesConflict(a, b), true);
  assert.equal(quantitiesConflict(a, q('his 89th cap')[0]), false);
  assert.deepEqual(q('on the 3rd of May'), [], 'a date is no rank');
});

test('a hyphenated count counts its own noun; a crowd counts people', () => {
  assert.equal(quantitiesConflict(q('an automatic three-match ban')[0], q('he will miss five matches')[0]), true);
  assert.equal(quantitiesConflict(q('A crowd of 61,412 watched the final')[0], q('Around 58,900 fans were inside')[0]), true);
});

test('"about" is as loose as the figure is round: "about 60,000" spans thousands, "about 58,900" hundreds', () => {
  const [round] = q('about 60,000 fans');
  const [close] = q('around 58,900 fans');
  assert.ok(round.min <= 52000 && round.max >= 68000, JSON.stringify(round));
  assert.ok(close.min >= 57000 && close.max <= 61000, JSON.stringify(close));
  assert.equal(quantitiesConflict(close, q('61,412 fans')[0]), true);
  assert.equal(quantitiesConflict(round, q('61,412 fans')[0]), false);
  // A figure to the hundred, "about" it, is within a percent of it; a range adds no rounding.
  const table: Array<[string, string, boolean]> = [
    ['around 58,900 fans', 'more than 60,000 people', true],
    ['around 58,900 fans', '59,400 people', false],
    ['about 60,000 fans', 'more than 60,000 people', false],
    ['around 58,900 fans', '60,000 people', false],
    ['more than 60,000 people', '59,500 people', false],
  ];
  for (const [a, b, conflict] of table) assert.equal(quantitiesConflict(q(a)[0], q(b)[0]), conflict, `${a} / ${b}`);
});

test('what a share measures: named before it ("Turnout stood at 61.4%"), or what the share of people did ("58.9% of voters took part")', () => {
  const table: Array<[string, string[]]> = [
    ['Turnout stood at 61.4%, the commission said.', [normalizeWord('turnout')]],
    ['Turnout was roughly 61 percent, according to the commission.', [normalizeWord('turnout')]],
    ['Only 58.9% of registered voters took part, the chair said.', [normalizeWord('turnout'), normalizeWord('registered'), normalizeWord('voters')]],
    ['Brandt received 51.1% of valid votes and Kovalenko 48.9%.', [normalizeWord('valid'), normalizeWord('votes')]],
    // "It" names nothing; the rise is what it measures, as "3% higher" would be.
    ['It rose 3%, the commission said.', [normalizeWord('higher')]],
  ];
  for (const [text, counted] of table) assert.deepEqual(q(text)[0].counted, counted, text);
});

test('what a sum measures is named before it: "a reward of 50,000 crowns", "raised the reward ... to 120,000 crowns", "The fine was raised to £400,000"', () => {
  const table: Array<[string, string]> = [
    ['A reward of 50,000 crowns was being offered.', 'reward'],
    ['The service has now raised the reward for information leading to his arrest to 120,000 crowns.', 'reward'],
    ['The fine was raised to £400,000 on appeal.', 'fine'],
    ['His bail had been cut to 5,000 euros.', 'bail'],
    ['The club paid a fee of €3 million for him.', 'fee'],
  ];
  for (const [text, named] of table) assert.equal(q(text)[0].counted[0], normalizeWord(named), text);
  // Not across a clause: "after talks, to $40" names no sum; a count of people is not a sum.
  assert.equal(q('The union raised its demands, and ticket prices went to $40.')[0].counted[0], undefined);
  assert.equal(q('The number of officers was raised to 1,000.')[0].unit, 'count');
});

test('an approximate share rounds to its last digit on the scale of a hundred: "roughly 61 percent" is not 58.9%', () => {
  const table: Array<[string, string, boolean]> = [
    ['Turnout was roughly 61 percent', 'Turnout was 58.9%', true],
    ['Turnout was roughly 61 percent', 'Turnout was 61.4%', false],
    ['He took about 48 percent', 'He took 48.9%', false],
    ['about 50 percent of the vote', '44% of the vote', false],
    ['about 50 percent of the vote', '41% of the vote', true],
  ];
  for (const [a, b, conflict] of table) assert.equal(quantitiesConflict(q(a)[0], q(b)[0]), conflict, `${a} / ${b}`);
});

test('each figure counts its own: another figure ends a counted noun, and what follows one figure is not the next one’s', () => {
  const people = normalizeWord('people');
  const counted = (text: string) => q(text).map((x) => [x.display, x.counted] as const);
  const [five, fifty] = q('FIVE people are dead and nearly 50 injured after the blast');
  assert.equal(fifty.display, 'nearly 50 injured');
  assert.ok(fifty.counted.includes(normalizeWord('injured')) && !fifty.counted.includes(normalizeWord('killed')), JSON.stringify(counted('FIVE people are dead and nearly 50 injured')));
  assert.ok(five.counted.includes(people));
  // A count of what befell counts people: "four are missing", "12 wounded".
  assert.ok(q('At least three people have died and four are missing')[1].counted.includes(people));
  assert.ok(q('Five dead, 12 wounded and three missing')[1].counted.includes(people));
  // "injuring 31 people": the verb before the figure, after the comma, is what happened to them.
  assert.ok(q('The train left the rails on Tuesday, injuring 31 people, four of them seriously').find((x) => x.nominal === 31)?.counted.includes(normalizeWord('injured')));
  // "from five to seven investigators": two figures, not one figure counting "seven".
  assert.deepEqual(q('His team has grown from five to seven investigators').map((x) => x.nominal), [5, 7]);
  // A part of a whole still counts the whole's noun: "three of its six carriages".
  assert.ok(q('Three of its six carriages left the track')[0].counted.includes(normalizeWord('carriages')));
});

test('joined modifiers before a head noun: the figure measures the head ("in travel and accommodation expenses")', () => {
  const [sum] = q('She claimed €41,200 in travel and accommodation expenses over 18 months.');
  assert.ok(sum.counted.includes(normalizeWord('expenses')), JSON.stringify(sum.counted));
  const [other] = q('She racked up more than €90,000 in expenses.');
  assert.ok(sameMeasure(sum, other));
});

test('what befell a count of people: "a" + a noun for people is one person only by the words right after it', async () => {
  const { prepareDoc } = await import('../../../src/core/analysis/prepare.ts');
  const { fatesOf } = await import('../../../src/core/analysis/quantity-context.ts');
  const { article } = await import('./helpers.ts');
  const fates = (text: string): string[] => {
    const s = prepareDoc(article('a.md', text)).sentences[0];
    return [...fatesOf(s, s.quantities[0], s.range)];
  };
  const [touch, wheel, front, kill, wall] = ['touch', 'wheel', 'front', 'kill', 'wall'].map(normalizeWord);
  assert.deepEqual(fates('A rider touched a wheel near the front of the bunch.'), [touch, wheel]);
  assert.deepEqual(fates('A man was killed when the wall fell on the crowd.'), [kill, wall]);
  // A figure counts its people by everything its clause goes on to say of them.
  assert.ok(fates('Three riders touched a wheel near the front of the bunch.').includes(front));
});

test('a noun for people after one modifier counts people ("eight aid workers"); a dateline\'s credit before a number word is no name', () => {
  const [workers] = q('It is now clear that eight aid workers were held and freed.');
  assert.equal(workers.display, 'eight aid workers');
  assert.equal(workers.counted[0], normalizeWord('people'));
  const [dateline] = q('KESTRIN, Marren (CPA) — Seven aid workers were freed late on Sunday.');
  assert.equal(dateline?.nominal, 7);
  // "Air Force One" is still a name.
  assert.deepEqual(q('Air Force One landed at noon.'), []);
});

test('what befell a count of people past a participle and its agent: "NINE aid workers snatched by rebels are finally free"', async () => {
  const { prepareDoc } = await import('../../../src/core/analysis/prepare.ts');
  const { fatesOf } = await import('../../../src/core/analysis/quantity-context.ts');
  const { article } = await import('./helpers.ts');
  const fates = (text: string): string[] => {
    const s = prepareDoc(article('a.md', text)).sentences[0];
    return [...fatesOf(s, s.quantities[0], s.range)];
  };
  const [snatch, free, rebel] = ['snatched', 'free', 'rebels'].map(normalizeWord);
  const nine = fates('NINE brave aid workers snatched by gun-toting mountain rebels are finally free tonight.');
  assert.ok(nine.includes(snatch) && nine.includes(free), JSON.stringify(nine));
  assert.ok(!nine.includes(rebel), 'the agent is who did it, not what befell them');
  // "freed", "free" and "released" are one fate.
  assert.ok(fates('Seven aid workers were released late on Sunday.').includes(free));
  // Without a main verb after the agent, the words run on as before.
  assert.ok(fates('Six riders hit by the crash lay in the road.').includes(normalizeWord('crash')));
});

test('two modifiers before a noun for people still count people; a guide joins a party\'s sum', () => {
  const [nine] = q('NINE brave aid workers are finally free.');
  assert.equal(nine.counted[0], normalizeWord('people'));
  assert.equal(nine.display, 'NINE brave aid workers');
  const [party] = q('The party of 11 hikers and a guide set out at 8 a.m.');
  assert.equal(party.nominal, 12, 'eleven hikers and a guide are twelve people');
});

test('a rating in words is a rating ("danger level four", "Category Four")', () => {
  const [level] = q('an avalanche warning of danger level four - "high" - was in force');
  const [category] = q('the storm was upgraded to Category Four overnight');
  assert.deepEqual([level.surface, level.unit, level.nominal], ['level four', 'rating:level', 4]);
  assert.deepEqual([category.surface, category.unit, category.nominal], ['Category Four', 'rating:category', 4]);
});

test('a time of day in words is no count: "quarter past ten", "ten o\'clock", "at five to eight"', () => {
  assert.deepEqual(q('The slab came down at quarter past ten on Saturday morning.'), []);
  assert.deepEqual(q("At half past nine the rescuers arrived, and at ten o'clock the search began."), []);
  assert.deepEqual(q('It hit at five to eight in the morning, killing two.').map((x) => x.nominal), [2]);
  // A range stays a range.
  assert.deepEqual(q('The toll rose from five to eight.').map((x) => x.nominal), [5, 8]);
});

test('villagers, evacuees, skiers and ticket holders are people', () => {
  for (const text of ['Around 5,000 villagers fled', 'the number of evacuees was revised to 1,140', 'a group of 14 skiers', 'with 52,400 ticket holders expected']) {
    const [first] = q(text);
    assert.equal(first.counted[0], normalizeWord('people'), text);
  }
});

test('a sum a verb sets "at" is of what it sets: "setting bail at a paltry 250,000 crowns"', () => {
  const cases: Array<[string, string | undefined]> = [
    ['after setting bail at a paltry 250,000 crowns', 'bail'],
    ['Bail was set at 500,000 crowns.', 'bail'],
    ['The court fixed the fine at €2,000 on Monday.', 'fine'],
    // "at" with no setting verb names no sum: a price is still only a price.
    ['Tickets were priced at £85.', undefined],
  ];
  for (const [text, owner] of cases) assert.equal(q(text)[0].counted[0], owner && normalizeWord(owner), text);
});

test('what befell a count of people runs past where they came from, and a noun for people is no fate', async () => {
  const { prepareDoc } = await import('../../../src/core/analysis/prepare.ts');
  const { fatesOf } = await import('../../../src/core/analysis/quantity-context.ts');
  const { article } = await import('./helpers.ts');
  const fates = (text: string): string[] => {
    const s = prepareDoc(article('a.md', text)).sentences[0];
    return [...fatesOf(s, s.quantities[0], s.range)];
  };
  const [move, villag, guid] = ['moved', 'villages', 'guide'].map(normalizeWord);
  const moved = fates('In total 812 people from four villages have now been moved out of the danger zone.');
  assert.ok(moved.includes(move) && !moved.includes(villag), JSON.stringify(moved));
  // "14 skiers who had paid a firm to guide them" and "five people who died, among them a guide"
  // say nothing alike of their people.
  assert.ok(!fates('The slab buried five people who died, among them a guide from the village.').includes(guid));
});

test('"was a teenager", "worked as a nurse", "fed moves to a player" say what someone is or anyone of a kind, not a count; "a man was arrested" counts one', () => {
  assert.deepEqual(q('She had worked summers at the hut since she was a teenager.'), []);
  assert.deepEqual(q('He worked as a nurse in Varn for ten years.').filter((x) => x.unit === 'count'), []);
  // Anyone of a kind after a preposition: "fed moves to a player" counts no player.
  assert.deepEqual(q('Anyone watching could have fed moves to a player.'), []);
  assert.equal(q('A player was detained by a guard on Tuesday.').length, 1);
  const man = q('A man was arrested on Tuesday.');
  assert.equal(man.length, 1);
  assert.equal(man[0].nominal, 1);
  // What anyone of a kind could do: "A kid with a shop-bought drone could close any airport".
  assert.deepEqual(q('A kid with a shop-bought drone could close any airport in the country tomorrow.'), []);
  assert.equal(q('A man was arrested and could face charges.')[0]?.nominal, 1);
});

test('"per cent" in two words is a share, as "%" is; "down 19 per cent" is a fall as "19 per cent lower" is', () => {
  for (const text of ['Shares closed 12 per cent lower on Tuesday.', 'Shares closed 12% lower on Tuesday.', 'Shares closed 12 percent lower on Tuesday.']) {
    const [x] = q(text);
    assert.equal(x.unit, 'percent', text);
    assert.equal(x.surface.replace(/\s+/g, ' '), text.match(/12 ?(?:per cent|%|percent)/)![0]);
  }
  const [down] = q('The stock is now down about 19 per cent from its level before the announcement.');
  const [lower] = q('The stock closed 12 per cent lower on Tuesday.');
  assert.ok(down.counted.includes(normalizeWord('lower')) && lower.counted.includes(normalizeWord('lower')), JSON.stringify([down.counted, lower.counted]));
  // A verb of falling, with words between ("crashed by 30 per cent"), and of rising.
  const [crashed] = q('Shares in the firm crashed by 30 per cent on Tuesday.');
  const [rose] = q('Shares rose nearly 4 per cent on Friday.');
  assert.equal(crashed.counted[0], normalizeWord('lower'), JSON.stringify(crashed.counted));
  assert.equal(rose.counted[0], normalizeWord('higher'), JSON.stringify(rose.counted));
});

test('a rate against one thing is not a rate against another ("84% effective against severe disease" / "71% against any infection")', async () => {
  const { prepareDoc } = await import('../../../src/core/analysis/prepare.ts');
  const { sameRateTarget } = await import('../../../src/core/analysis/quantity-context.ts');
  const { article } = await import('./helpers.ts');
  const first = (text: string) => {
    const s = prepareDoc(article('a.md', text)).sentences[0];
    return [s, s.quantities[0]] as const;
  };
  const severe = first('The vaccine was 84 per cent effective against severe lower respiratory tract disease caused by the virus.');
  const preventing = first('It was 84 per cent effective at preventing severe illness in older adults.');
  const any = first('The vaccine was 71 per cent effective against symptomatic infection, the study found.');
  const plain = first('The vaccine was 71 per cent effective, the study found.');
  const table: Array<[readonly [any, any], readonly [any, any], boolean]> = [
    [severe, preventing, true],
    [severe, any, false],
    [preventing, any, false],
    [severe, plain, true],
  ];
  for (const [[sa, qa], [sb, qb], want] of table) assert.equal(sameRateTarget(sa, qa, sb, qb), want, `${sa.text} / ${sb.text}`);
});

test('a sum counts nothing from its verb on: "a bill of 1.4 million crowns was never paid"', () => {
  for (const text of ['A repair bill of just 1.4 million crowns was never paid.', 'The $2 million was paid to the family.']) {
    const [x] = q(text);
    assert.ok(x.unit.startsWith('money:'), text);
    assert.deepEqual(x.counted, [], text);
  }
  assert.deepEqual(q('The council paid 40,000 crowns compensation to the family.')[0].counted, [normalizeWord('compensation')]);
});

test('a measurement is kept in one unit per measure: "six metres" is "20ft" and not "40ft"; "2.4GW" is "2,400 megawatts"; "90 km/h" is "56 mph"', () => {
  const one = (text: string) => {
    const [first] = q(text);
    assert.ok(first, text);
    return first;
  };
  const cases: Array<[string, string, boolean]> = [
    ['he fell about six metres', 'a drop of roughly 20 feet', false],
    ['he fell six metres', 'a 20ft drop', false],
    ['he fell about six metres', 'a terrifying 40ft plunge', true],
    ['the plant lost 2.4GW of supply', 'some 2,400 megawatts of supply', false],
    ['the plant lost 3 GW of supply', 'some 2,400 megawatts of supply', true],
    ['gusts of 90 km/h', 'gusts of 56 mph', false],
    ['gusts of 90 km/h', 'gusts of 75 mph', true],
    ['a load of 12 tonnes', 'a load of 12,000 kg', false],
    ['a 40-metre crane', 'the crane, 130 feet tall', false],
    // Figures far smaller than one unit still differ.
    ['3.8 nanograms per millilitre', '2.6 nanograms per millilitre', true],
    ['frequency fell to 48.8 Hz', 'frequency sagged to 49.2 hertz', true],
    ['frequency fell to 49.2 Hz', 'frequency sagged to 49.2 hertz', false],
    // An area is a squared length, however written, and kept with hectares and acres.
    ['debris across about 4 square kilometres', 'debris across a 20-square-kilometre zone', true],
    ['a slick covering 2.6 sq km', 'a slick covering one square mile', false],
    ['the fire burned 400 hectares', 'the fire burned 4 km2', false],
    ['the fire burned 1,000 acres', 'the fire burned 4 square kilometres', false],
    ['the fire burned 1,000 acres', 'the fire burned 9 square kilometres', true],
  ];
  for (const [x, y, conflict] of cases) assert.equal(quantitiesConflict(one(x), one(y)), conflict, `${x} / ${y}`);
  assert.deepEqual([one('a 40ft plunge').display, one('a 40ft plunge').counted[0]], ['40ft', normalizeWord('metre')]);
  assert.equal(one('winds of 250km/h').display, '250km/h');
  // A magnitude glued to its figure: "£38million".
  assert.deepEqual([one('went under the hammer for £38million').nominal, one('went under the hammer for £38million').unit], [38e6, 'money:£']);
  // "m" after a figure is a million, not a metre; "pounds" a currency.
  assert.equal(one('12m passengers').nominal, 12e6);
  assert.equal(one('paid 40 pounds').unit, 'money:£');
});

test('a rate\'s move is kept in percentage points: "75 basis points" is "three-quarters of a percentage point", not "half a point"', () => {
  const one = (text: string) => {
    const found = q(text).find((x) => x.unit === 'points');
    assert.ok(found, text);
    return found;
  };
  const cases: Array<[string, number]> = [
    ['raised its repo rate by 75 basis points', 0.75],
    ['a 25 basis-point rise', 0.25],
    ['cut by 50bp on Thursday', 0.5],
    ['rates rose 0.75 percentage points', 0.75],
    ['lifting borrowing costs by three-quarters of a percentage point', 0.75],
    ['jacked up the key rate by half a point', 0.5],
    ['a quarter-point cut', 0.25],
    ['by a quarter of a point', 0.25],
  ];
  for (const [text, value] of cases) assert.equal(one(text).nominal, value, text);
  assert.equal(quantitiesConflict(one('by 75 basis points'), one('by three-quarters of a percentage point')), false);
  assert.equal(quantitiesConflict(one('by 75 basis points'), one('by half a point')), true);
  // A bare "points" is a score as often as a rate: not read as one.
  assert.equal(q('scored 30 points in the final').some((x) => x.unit === 'points'), false);
  // A margin in points stays a margin.
  assert.equal(one('a gap of 2.2 percentage points over her rival').difference, true);
});

test('a share told as a fraction is a percentage: "two-thirds of the costs" is not "80 per cent of the costs"; "a quarter of an hour" and "the second half of 2024" are no shares', () => {
  const share = (text: string) => q(text).find((x) => x.unit === 'percent');
  const cases: Array<[string, number, number]> = [
    ["to pay two-thirds of Marlowe's legal costs", 64, 70],
    ['about a third of the staff', 25, 42],
    ['three quarters of the flights were cancelled', 72, 78],
    ['more than half of the pumps', 50, 100],
    ['nearly half of the homes', 42, 50],
    ['half the flights were cancelled', 47, 53],
  ];
  for (const [text, lo, hi] of cases) {
    const x = share(text);
    assert.ok(x && x.min >= lo && x.max <= hi, `${text}: ${JSON.stringify(x)}`);
  }
  assert.equal(quantitiesConflict(share("pay two-thirds of Marlowe's legal costs")!, share("pay 80 per cent of Marlowe's legal costs")!), true);
  assert.equal(quantitiesConflict(share("pay two-thirds of Marlowe's legal costs")!, share("pay 67 per cent of Marlowe's legal costs")!), false);
  for (const text of ['a quarter of an hour later', 'in the second half of 2024', 'the northern half of the quay wall', 'half a million people', 'a third of a mile']) assert.equal(share(text), undefined, text);
});

test('a kind of day between a figure and "days" keeps it a stretch of time: "eleven sitting days" is "11 days"', () => {
  const one = q('The trial ran for eleven sitting days.')[0];
  assert.deepEqual([one.unit, one.nominal], ['duration', 11 * 86400]);
  assert.equal(quantitiesConflict(one, q('The trial lasted 11 days.')[0]), false);
  assert.equal(q('It took five working days.')[0].unit, 'duration');
});

test('a verb of being reported before a fate is no part of what is counted: "two confirmed dead" counts the dead, as "the death toll" does', () => {
  const cases: Array<[string, string, string]> = [
    ['with ten miners brought out alive and two confirmed dead', 'dead', 'The death toll has risen to three.'],
    ['Five are feared trapped under the rubble.', 'trapped', 'Seven people were trapped in the building.'],
    ['Two remain missing.', 'missing', 'Four people are missing.'],
  ];
  for (const [x, fateWord, y] of cases) {
    const fate = q(x).at(-1)!;
    const [other] = q(y);
    assert.equal(fate.counted[0], normalizeWord(fateWord), x);
    assert.equal(sameMeasure(fate, other), true, JSON.stringify([x, fate.counted, other.counted]));
  }
});

test('a figure that names its own things counts them, not the people named before it', () => {
  const cases: Array<[string, boolean]> = [
    // "residents of the three villages": three villages, not three residents.
    ['Police said residents of the three villages closest to the volcano were moved out.', false],
    ['People in the 12 villages were evacuated overnight.', false],
    // A count of people keeps its people, and so does a toll with no noun of its own.
    ['Police said residents of the area, 14 people in all, were moved out.', true],
    ['The number of people killed rose to 27 on Monday.', true],
  ];
  for (const [text, people] of cases) assert.equal(q(text)[0].counted.includes(normalizeWord('people')), people, text);
});

test('a fate\'s noun before another noun says what the things are for ("three rescue choppers" are choppers, not rescued people); an age before a person is an age', () => {
  const people = normalizeWord('people');
  const [choppers] = q('Three rescue choppers were scrambled');
  assert.deepEqual(choppers.counted, [normalizeWord('helicopters')], 'a chopper is a helicopter');
  assert.equal(quantitiesConflict(choppers, q('supported by two helicopters')[0]), true);
  assert.equal(sameMeasure(choppers, q('lifted out 12 people')[0]), false);
  // A participle after the figure is still what befell them: "20 rescued" are people.
  assert.ok(q('20 rescued overnight')[0].counted.includes(people));
  assert.ok(q('TEN people injured')[0].counted.includes(people));
  const [student] = q('a 23-year-old student who was lowered from a cabin');
  assert.equal(student.counted[0], normalizeWord('year-old'));
  assert.equal(sameMeasure(student, q('each holding eight people')[0]), false);
});

test('a weight in stone is a weight: "two stone" is about 12.7kg, more than 9kg and about 28lb', () => {
  const [stone] = q('he lost two stone');
  assert.equal(quantitiesConflict(stone, q('he had lost 9kg')[0]), true);
  assert.equal(quantitiesConflict(stone, q('he lost 28lb')[0]), false);
});

test('a hyphenated count counts its own noun only: "an eight-storey block" is no count of blocks', () => {
  assert.equal(sameMeasure(q('an eight-storey block of 64 flats')[0], q('which owns nine blocks in the city')[0]), false);
  assert.equal(quantitiesConflict(q('the eight-storey block')[0], q('the ten-storey tower block')[0]), true);
});

test('"a call from a resident" is a source, not one person counted; "a man was killed" is one', () => {
  assert.deepEqual(q('an engineer attended following a call from a resident').map((x) => x.display), []);
  assert.equal(q('a man was killed')[0].nominal, 1);
});

test('what a sum values: "put the total damage at", "estimates the damage to the building at", "the cargo could be worth", "the worth of the cargo at"', () => {
  const [damage, cargo] = ['damage', 'cargo'].map(normalizeWord);
  const cases: Array<[string, string]> = [
    ['Loss adjusters put the total damage at €4.2 million.', damage],
    ['The council estimates the damage to the building at €3 million.', damage],
    ['He estimated that the full cargo could be worth €18 million.', cargo],
    ['The company now puts the worth of the entire cargo at around €9 million.', cargo],
    // A haul is a cargo, and "a staggering" stands between "worth" and the sum.
    ['He reckons the whole haul is worth a staggering €50 million.', cargo],
  ];
  for (const [text, what] of cases) assert.equal(q(text)[0].counted[0], what, text);
  assert.equal(quantitiesConflict(q(cases[0][0])[0], q(cases[1][0])[0]), true);
  // Coins raised so far are not the whole cargo.
  assert.equal(sameMeasure(q('The 1,200 coins raised so far are worth around €500,000.')[0], q(cases[2][0])[0]), false);
  // Nor does "of" lose the noun before it: "a cash legacy of £4.25 million" is cash.
  assert.ok(q('Under the upheld will he receives a cash legacy of £4.25 million.')[0].counted.includes(normalizeWord('cash')));
});

test('a death toll named far before its figure still counts the dead', () => {
  const [toll] = q("The death toll from Tuesday's explosion at Brindle House in Marrenfield rose to three last night.");
  assert.ok(toll.counted.includes(normalizeWord('people')), JSON.stringify(toll.counted));
  assert.equal(quantitiesConflict(toll, q('The explosion killed four people.')[0]), true);
});

test('what a sum is, named by its subject or a figure of speech: "The monthly wage bill is about £1.2 million", "Wages totalling £1.1m", "a £50m black hole of debt"', () => {
  const [bill, pay, debt] = ['bill', 'wages', 'debt'].map(normalizeWord);
  const cases: Array<[string, string]> = [
    ['The monthly wage bill is about £1.2 million and covers 28 first-team players.', bill],
    ['Wages totalling £1.1m were due to be paid on February 27.', pay],
    ['Gerald Ashcombe has left a £50m black hole of debt.', debt],
    ['The club has debts of about £30 million.', debt],
    // Past a named owner: "the Division One club's net debt".
    ["Its accounts put the Division One club's net debt at £34.7m.", debt],
  ];
  for (const [text, what] of cases) assert.ok(q(text)[0].counted.includes(what), `${text}: ${q(text)[0].counted}`);
  // What follows "and" is another predicate, not what the sum pays for.
  assert.ok(!q(cases[0][0])[0].counted.includes(normalizeWord('covers')), 'covers');
  assert.equal(quantitiesConflict(q(cases[2][0])[0], q(cases[3][0])[0]), true);
  // A subject that is not a bare noun phrase names no sum: "the cost to each family" is each
  // family's share, counted by whom it is to, not a sum named "family".
  const [each] = q('The cost to each family is £300.');
  assert.deepEqual([each.counted, each.per], [[normalizeWord('family')], EACH]);
  // Past the participle that picks the recipients out: "every affected household".
  const [affected] = q('The company said every affected household would automatically receive £30 on its next bill.');
  assert.deepEqual([affected.counted, affected.per], [[normalizeWord('household')], EACH]);
  assert.equal(quantitiesConflict(affected, q('The company is offering just £20 per household.')[0]), true);
});

test('a word in capitals for emphasis does not make the figure after it part of a name: "A STAGGERING 10,000 fans"; "NASDAQ 100" stays a name', () => {
  const [fans] = q('A STAGGERING 10,000 furious fans laid siege to the town hall.');
  assert.equal(fans?.nominal, 10000);
  assert.ok(fans.counted.includes(normalizeWord('people')), 'fans are people');
  assert.deepEqual(q('The NASDAQ 100 index rose.').filter((x) => x.nominal === 100), []);
});

test('supporters are people, and a singular person noun before a plural one is its modifier: "24 pilot whales" are whales', () => {
  const people = normalizeWord('people');
  assert.ok(q('About 2,000 supporters marched.')[0].counted.includes(people), 'supporters are people');
  assert.equal(quantitiesConflict(q('About 2,000 supporters marched.')[0], q('drew 3,000 people')[0]), true);
  const [whales] = q('Twenty-four pilot whales are back at sea.');
  assert.ok(!whales.counted.includes(people), JSON.stringify(whales.counted));
  assert.ok(whales.counted.includes(normalizeWord('whales')), 'whales');
  // Two person nouns: the second is counted ("student volunteers").
  assert.ok(q('Twelve student volunteers helped.')[0].counted.includes(people), 'student volunteers');
});

test('a place in a table is a standing however told ("are 19th in the division", "in 21st place", "slipped to 20th"), and points above the drop are a gap, not a penalty', () => {
  const standing = (text: string) => q(text).find((x) => x.unit === 'rank')!;
  const [a, b, c] = [standing('The club are 19th in the 24-team division.'), standing('They are languishing in 21st place.'), standing('Athletic slipped to 20th after the defeat.')];
  assert.equal(quantitiesConflict(a, b), true);
  assert.equal(quantitiesConflict(a, c), true);
  // "the 87th minute" stays a minute; "on the 19th in Paris" is no standing.
  assert.equal(sameMeasure(q('in the 87th minute')[0], a), false);
  assert.equal(q('The summit opens on the 19th in Paris.').some((x) => x.unit === 'rank'), false);
  const [gap] = q('The club are five points above the relegation places.');
  const [penalty] = q('The club faces a six-point penalty.');
  assert.equal(gap.difference, true);
  assert.equal(sameMeasure(gap, penalty), false);
  assert.equal(quantitiesConflict(gap, q('They are three points above the relegation places.')[0]), true);
  // A depth is no gap: "ten metres below the surface".
  assert.equal(q('The wreck lies ten metres below the surface.')[0].difference, false);
});

test('the margin of a vote ("won by just 36 votes", "rejecting it by 2,000 votes", "fell 113 votes short") is a difference; a tally of both sides, those who voted and "every single" are not', () => {
  for (const margin of ['voters have approved a merger of the two towns\' councils by 38 votes', 'the Yes side had won by just 36 votes', 'declared the Yes camp winners by a measly 30 votes', 'voters rejecting it by 2,000 votes', 'leaving No ahead by 113 votes', 'so the Yes campaign fell 113 votes short']) {
    const votes = q(margin).find((x) => x.counted.includes(normalizeWord('votes')));
    assert.equal(votes?.difference, true, margin);
  }
  const held = q('The box held 187 votes for No')[0];
  assert.equal(held.difference, false);
  assert.equal(sameMeasure(held, q('leaving No ahead by 113 votes')[0]), false);
  assert.equal(q('the motion was carried by seven votes to two')[0].difference, false, 'a tally of both sides');
  assert.equal(q('the motion was rejected by 20 councillors')[0].difference, false, 'who rejected it');
  assert.deepEqual(q('Voters deserve to know that every single ballot has been counted.'), []);
  assert.deepEqual(q('There was a single missing box.').map((x) => x.min), [1]);
});

test('a whole figure and a half ("seven and a half hours", "two and a half million people") is one figure', () => {
  const [hours] = q('roughly seven and a half hours after the meal');
  assert.equal(hours.unit, 'duration');
  assert.equal(hours.nominal, 7.5 * 3600);
  assert.equal(q('two and a half million people')[0].min, 2_500_000);
  assert.equal(q('a walk of two and a quarter miles')[0].min, 2.25 * 1609.344);
});

test('a fraction before a word that is no unit is no figure: a quarter-final, half-time', () => {
  assert.deepEqual(q('They reached the quarter-final at half-time.'), []);
});

test('a bare figure denied after a comma is of the kind of the figure it corrects ("two matches, not three", "three days, 12-14 May, not four"); "as" opens no counted noun', () => {
  const matches = q('Drazic fixed two matches, not three as initially reported.');
  assert.deepEqual(matches.map((x) => [x.surface, x.unit, x.nominal, x.counted]), [['two matches', 'count', 2, ['match']], ['three', 'count', 3, ['match']]]);
  const days = q('The hearing ran for three days, 12-14 May, not four.');
  assert.deepEqual(days.filter((x) => x.unit === 'duration').map((x) => [x.surface, x.nominal]), [['three days', 3 * 86400], ['four', 4 * 86400]]);
  // A figure of money or beyond reach keeps its own kind.
  assert.deepEqual(q('The fine was $60,000, not 600,000.').map((x) => x.unit), ['money:$', 'count']);
  assert.deepEqual(q('Seven bidders took part in the sale at the auction house in the end, not five.').map((x) => x.counted.includes(normalizeWord('bidders'))), [true, false]);
});

test('a pronoun after a figure opens a clause ("the 83 they confirmed"), and that figure is the one a comparative replaces; a part told by its deed counts what its whole does', async () => {
  const { prepareDoc } = await import('../../../src/core/analysis/prepare.ts');
  const { isPreviousValue, partDone } = await import('../../../src/core/analysis/quantity-context.ts');
  const { article } = await import('./helpers.ts');
  const sentence = (text: string) => prepareDoc(article('a.md', text)).sentences[0];
  const s = sentence('Property worth about £9.5 million was taken from 112 boxes, more than the 83 they confirmed on Wednesday.');
  const old = s.quantities.find((x) => x.nominal === 83)!;
  assert.deepEqual(old.counted, [], 'a pronoun is no thing counted');
  assert.equal(isPreviousValue(s, old), true);
  assert.equal(isPreviousValue(s, s.quantities.find((x) => x.nominal === 112)!), false);
  // "more than the 83 boxes" with no word of an earlier report is a figure of its own.
  const plain = sentence('The thieves opened more than the 83 boxes in the east wing.');
  assert.equal(isPreviousValue(plain, plain.quantities.find((x) => x.nominal === 83)!), false);
  const box = normalizeWord('boxes');
  const forced = sentence("In that time the tunnellers forced 112 of the vault's 1,100 boxes.");
  assert.deepEqual(partDone(forced, forced.quantities[0]), { counted: box, deed: normalizeWord('forced') });
  const destroyed = sentence("Officials said 12 of the town's 40 homes were destroyed.");
  assert.deepEqual(partDone(destroyed, destroyed.quantities[0]), { counted: normalizeWord('homes'), deed: normalizeWord('destroyed') });
  // No deed, no count of what befell the part.
  const held = sentence('His coalition holds 121 of the 230 seats.');
  assert.equal(partDone(held, held.quantities[0]), undefined);
});

test('two peaks told as such differ when their figures do ("up to 5 metres" / "up to six metres"); a peak and a bound, or two bounds, do not', () => {
  const first = (text: string) => q(text)[0];
  const cases: Array<[string, string, boolean]> = [
    ['the debris was up to 5 metres deep', 'the debris lies up to six metres deep', true],
    ['as many as 20 skiers were buried', 'as many as 12 skiers were buried', true],
    ['up to 5 metres deep', 'up to five metres deep', false],
    ['up to 5 metres deep', 'at most six metres deep', false],
    ['fewer than 20 skiers were buried', 'fewer than 12 skiers were buried', false],
  ];
  for (const [a, b, differ] of cases) assert.equal(quantitiesConflict(first(a), first(b)), differ, `${a} / ${b}`);
});

test('a limit after a preposition is no peak: "on up to 1.2 million tonnes a year" and "fines of up to £5,000" bound something, and two such limits may be two', () => {
  const first = (text: string) => q(text)[0];
  assert.equal(quantitiesConflict(first('the tariff falls on up to 1.2 million tonnes a year'), first('the debris lies up to one million tonnes deep')), false);
  assert.equal(quantitiesConflict(first('they face fines of up to £5,000'), first('they face fines of up to £10,000')), false);
});

test('a unit joined to its dimension is read as both: "a two-metre-thick wall" is 2 metres thick, as "1.1 metres thick" is', () => {
  const cases: Array<[string, number, string]> = [
    ['the two-metre-thick concrete wall', 2, 'thick'],
    ['the 2-metre-thick concrete wall', 2, 'thick'],
    ['a 10-foot-high fence', 3.048, 'high'],
    ['a wall of reinforced concrete 1.1 metres thick', 1.1, 'thick'],
  ];
  for (const [text, metres, dimension] of cases) {
    const [figure] = q(text);
    assert.ok(figure, text);
    assert.ok(Math.abs(figure.nominal - metres) < 1e-9, `${text}: ${figure.nominal}`);
    assert.deepEqual(figure.counted, [normalizeWord('metres'), normalizeWord(dimension)], text);
  }
  assert.equal(quantitiesConflict(q('the two-metre-thick concrete wall')[0], q('a wall 1.1 metres thick')[0]), true);
});

test('a count of weeks set against days may mean working days, to the half week: "a nine-day trial" sat through "a two-week trial"', () => {
  const first = (text: string) => q(text)[0];
  const cases: Array<[string, string, boolean]> = [
    ['after a nine-day trial', 'at the end of a two-week trial', false],
    ['after a 14-day trial', 'at the end of a two-week trial', false],
    ['out for 21 days', 'out for six weeks', true],
    ['after a four-day trial', 'at the end of a two-week trial', true],
    ['for three weeks', 'for two weeks', true],
  ];
  for (const [a, b, differ] of cases) assert.equal(quantitiesConflict(first(a), first(b)), differ, `${a} / ${b}`);
});

test('a kind of hour between figure and unit keeps the stretch ("6,400 flying hours"); "8,000-plus" is at least 8,000 and counts no adverb after it', () => {
  const [hours] = q('She had about 6,400 flying hours.');
  assert.equal(hours.unit, 'duration');
  assert.deepEqual(hours.counted, [normalizeWord('flying')]);
  const [plus] = q('well short of the 8,000-plus widely quoted');
  assert.equal(plus.min, 8000);
  assert.equal(plus.max, Infinity);
  assert.deepEqual(plus.counted, []);
  const [staff] = q('It has 300-plus staff.');
  assert.equal(staff.min, 300);
  assert.equal(quantitiesConflict(q('more than 8,000 flying hours')[0], q('about 6,400 flying hours')[0]), true);
});

test('a figure\'s report stage comes from a stage word before a finding ("interim report", not "initial toll"); a capacity from a word of what may be held', async () => {
  const { prepareDoc } = await import('../../../src/core/analysis/prepare.ts');
  const { isCapacity, reportStage } = await import('../../../src/core/analysis/quantity-context.ts');
  const { article } = await import('./helpers.ts');
  const sentence = (text: string) => prepareDoc(article('a.md', text)).sentences[0];
  const stages: Array<[string, 'partial' | 'final' | undefined]> = [
    ['The board will publish an interim report within 30 days.', 'partial'],
    ['Preliminary findings would be published within six weeks.', 'partial'],
    ['The board expects its final report within 12 months.', 'final'],
    ['The board expects to publish its findings within three months.', undefined],
    // A stage word of a figure, not of a finding: a revised count, no report.
    ['The initial toll of 12 dead was revised on Tuesday.', undefined],
  ];
  for (const [text, want] of stages) {
    const s = sentence(text);
    const first = s.tokens.findIndex((t) => t.start >= s.quantities[0].start);
    assert.equal(reportStage(s, first), want, text);
  }
  const capacities: Array<[string, boolean]> = [
    ['The ferry is certified for 820 passengers.', true],
    ['The stadium has a capacity of 27,000.', true],
    ['The hall is licensed for up to 600 guests.', true],
    ['The ferry was carrying 312 passengers.', false],
    ['The stadium held 27,000 fans.', false],
  ];
  for (const [text, want] of capacities) {
    const s = sentence(text);
    assert.equal(isCapacity(s, s.quantities[0]), want, text);
  }
});

test('the whole a part is of takes no verb after it: in "28 of the 47 died" the 28 died, the 47 is how many there were', () => {
  const [, whole] = q('In all, 28 of the 47 died.');
  assert.deepEqual(whole.counted, []);
  // Alone, the same figure counts those the verb befell.
  assert.ok(q('In all, 47 died.')[0].counted.includes(normalizeWord('died')), JSON.stringify(q('In all, 47 died.')[0].counted));
});
