import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { limitDay } from '../../../src/core/analysis/deadline-conflicts.ts';
import type { Link } from '../../../src/core/types.ts';
import { article } from './helpers.ts';

/** Two made-up reports of one event; returns the conflict links between them. */
async function conflicts(a: string, b: string, dates: [string | null, string | null] = [null, null]): Promise<Link[]> {
  const result = await analyzeLibrary([
    article('first.md', a, { outlet: 'Outlet One', published: dates[0] }),
    article('second.md', b, { outlet: 'Outlet Two', published: dates[1] }),
  ]);
  return result.links.filter((l) => l.kind !== 'shared');
}

const SHARED_CONTEXT = 'The river Tellan burst its banks near the town of Orvesk on Friday. Volunteers filled sandbags along the embankment.';

test('negation: an affirmed and a negated version of one claim', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Mayor Ilse Brandvik said the Orvesk bridge will reopen to traffic after the flood inspection.`,
    `${SHARED_CONTEXT} Mayor Ilse Brandvik said the Orvesk bridge will not reopen to traffic after the flood inspection.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
  assert.match(links[0].explanation, /^negation: "reopen" vs "not reopen"$/);
  assert.equal(links[0].kind, 'contradiction', 'undated articles never yield updates');
});

test('negation: "was not among the injured" denies what "who was among those injured" affirms', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The ferry's captain was not among the injured and helped guide passengers to the shore, witnesses said.`,
    `${SHARED_CONTEXT} The ferry's captain, who was among those injured, was taken to hospital in Orvesk with the passengers.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
  assert.match(links[0].explanation, /^negation: "not among the injured" vs "injured"$/);
});

test('negation: "was not on watch" denies what "who was on watch" affirms; another post is another matter', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The missing crew member was named as engineer Pavel Orsk, 34, who was on watch in the engine room when the fire began.`,
    `${SHARED_CONTEXT} Investigators say the missing engineer, Pavel Orsk, was not on watch in the engine room when the fire started, as first reported.`,
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['negation: "watch" vs "not on watch"']);
  assert.deepEqual((await conflicts(
    `${SHARED_CONTEXT} The missing crew member was named as engineer Pavel Orsk, 34, who was on watch in the engine room when the fire began.`,
    `${SHARED_CONTEXT} Investigators say the missing engineer, Pavel Orsk, was not on leave when the fire started.`,
  )).filter((l) => l.kind !== 'shared'), []);
});

test('negation: a past deed "not issued until 5.32pm" happened then, and agrees with "was issued at 5.32pm"; a forecast "would not reopen until Monday" still denies', async () => {
  const water = 'Cryptosporidium was found in the tap water of Holmby, the Vale Water company said.';
  assert.deepEqual((await conflicts(
    `${water} The boil-water notice itself was not issued until 5.32pm on Tuesday, the company's log shows.`,
    `${water} The boil-water notice was issued at 5.32pm on Tuesday, the company's log shows.`,
  )).filter((l) => l.kind !== 'shared'), []);
  const reopen = await conflicts(
    `${water} The company said the Holmby works would not reopen until Monday, the company's log shows.`,
    `${water} The company said the Holmby works would reopen on Thursday, the company's log shows.`,
  );
  assert.ok(reopen.some((l) => l.kind !== 'shared'), JSON.stringify(reopen.map((l) => l.explanation)));
});

test('negation: "not convicted of false accounting" denies that charge only: "was convicted by the jury" names none; "convicted of false accounting" is denied', async () => {
  const trial = 'The former treasurer of the Holmby Children\'s Trust, Colm Redlow, was jailed at Pellbury Crown Court for stealing its donations.';
  assert.deepEqual((await conflicts(
    `${trial} Redlow was not convicted of false accounting by the jury.`,
    `${trial} Redlow was convicted by the jury on 20 February.`,
  )).filter((l) => l.kind !== 'shared'), []);
  const charge = await conflicts(
    `${trial} Redlow was not convicted of false accounting by the jury.`,
    `${trial} Redlow was convicted of false accounting by the jury.`,
  );
  assert.deepEqual(charge.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['negation']);
});

test('negation: "No other deaths were reported" leaves the deaths told standing; "no further deaths" is answered by a later one', async () => {
  const storm = 'A tornado tore through the town of Vellan Ford late on Sunday, county officials said.';
  const dates: [string, string] = ['2026-05-11', '2026-05-14'];
  assert.deepEqual((await conflicts(
    `${storm} No other deaths were reported outside Vellan Ford, county officials said.`,
    `${storm} The death toll in Vellan Ford has risen to six after a woman died in hospital on Wednesday, county officials said.`,
    dates,
  )).filter((l) => l.kind !== 'shared'), []);
  assert.deepEqual((await conflicts(
    `${storm} No other residents were injured in the storm, county officials said.`,
    `${storm} Three residents were injured in the storm, county officials said.`,
    dates,
  )).filter((l) => l.kind !== 'shared'), []);
  const further = await conflicts(
    `${storm} No further deaths were reported in Vellan Ford, county officials said.`,
    `${storm} The death toll in Vellan Ford has risen to six after a woman died in hospital on Wednesday, county officials said.`,
    dates,
  );
  assert.ok(further.some((l) => l.kind === 'update'), JSON.stringify(further.map((l) => l.explanation)));
});

test('negation: a name that acts on one side and is acted on on the other is not one claim denied', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Coach Anna Morel said she had spoken to Mayor Ilse Brandvik several times since the flood.`,
    `${SHARED_CONTEXT} Mayor Ilse Brandvik has not spoken publicly since the flood.`,
  ), []);
  const links = await conflicts(
    `${SHARED_CONTEXT} Mayor Ilse Brandvik said on Sunday she had spoken publicly about the flood defences.`,
    `${SHARED_CONTEXT} Mayor Ilse Brandvik has not spoken publicly about the flood defences.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
});

test('stance: opposite verbs on the same matter', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The Orvesk council approved the new flood barrier plan for the embankment.`,
    `${SHARED_CONTEXT} The Orvesk council rejected the new flood barrier plan for the embankment.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'stance: "approved" vs "rejected"');
  assert.deepEqual(links[0].detail, { type: 'stance', a: 'approved', b: 'rejected' });
});

test('stance: one person defends or praises, and criticises, in a word or a phrasal verb ("defended" / "tore into")', async () => {
  const context = 'Two inmates escaped from Harrow Fen prison on Tuesday, the Prison Service said. Police are searching the moors around Harrow Fen.';
  const defended = `${context} Justice Minister Oskar Brandvold defended the governor on Wednesday.`;
  const tore = await conflicts(defended, `${context} Justice Minister Oscar Brandvold tore into the jail's boss yesterday.`);
  assert.deepEqual(tore.map((l) => l.explanation), ['stance: "defended" vs "tore into"']);
  const condemned = await conflicts(`${context} Justice Minister Oskar Brandvold praised the prison staff.`, `${context} Justice Minister Oskar Brandvold condemned the prison staff.`);
  assert.deepEqual(condemned.map((l) => l.explanation), ['stance: "praised" vs "condemned"']);
  // "tore down" is no criticism.
  assert.deepEqual(await conflicts(defended, `${context} Justice Minister Oskar Brandvold tore down the old fence.`), []);
  // Welcoming is praise; being scathing about something is criticism.
  const welcomed = await conflicts(`${context} Justice Minister Oskar Brandvold welcomed the governor's handling of the escape.`, `${context} Justice Minister Oskar Brandvold condemned the governor's handling of the escape.`);
  assert.deepEqual(welcomed.map((l) => l.explanation), ['stance: "welcomed" vs "condemned"']);
  const scathing = await conflicts(`${context} The prison officers' union praised the governor's handling of the escape.`, `${context} The prison officers' union has been scathing about the governor's handling of the escape.`);
  assert.deepEqual(scathing.map((l) => l.explanation), ['stance: "praised" vs "scathing"']);
  const blasted = await conflicts(`${context} Justice Minister Oskar Brandvold welcomed the governor's decision.`, `${context} Justice Minister Oskar Brandvold blasted the governor's decision.`);
  assert.deepEqual(blasted.map((l) => l.explanation), ['stance: "welcomed" vs "blasted"']);
});

test('stance: a word opposes its synonym class, or with "=" only itself ("opened" / "closed", not "began" / "closed")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The Orvesk ferry terminal opened on Saturday morning despite the flood.`,
    `${SHARED_CONTEXT} The Orvesk ferry terminal closed on Saturday morning because of the flood.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['stance: "opened" vs "closed"']);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The blockade of the Orvesk grain terminal began on Saturday morning and forced its closure.`,
    `${SHARED_CONTEXT} The Orvesk grain terminal closed on Saturday morning as the blockade began.`,
  ), [], '"began" belongs to the class of "open", but is no opposite of "closed"');
});

test('stance: one thing called by a word and by its negative form ("adequate" / "completely inadequate")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} A council spokesman defended the flood plan, saying security at the Orvesk depot was adequate.`,
    `${SHARED_CONTEXT} The mayor told local radio that security at the depot was “completely inadequate” and demanded answers.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['stance: "adequate" vs "inadequate"']);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} A council spokesman said the sandbag supply at the Orvesk depot was adequate.`,
    `${SHARED_CONTEXT} The mayor said the warning system was “completely inadequate” and demanded answers.`,
  ), [], 'two different things');
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} A council spokesman said security at the Orvesk depot was adequate.`,
    `${SHARED_CONTEXT} The mayor said security at the depot was possibly inadequate and demanded answers.`,
  ), [], 'a hedge');
});

test('stance: a negator after the verb belongs to another verb ("X, who was convicted, did not appeal")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Harald Penn, a property developer, was acquitted of all charges over the embankment contract.`,
    `${SHARED_CONTEXT} Developer Harald Penn, who was convicted alongside two council officials, did not appeal his four-year term.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'stance: "acquitted" vs "convicted"');
  // A negator before the verb still denies it: "was not convicted" agrees with "acquitted".
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Harald Penn, a property developer, was acquitted of all charges over the embankment contract.`,
    `${SHARED_CONTEXT} Developer Harald Penn was not convicted over the embankment contract, the court ruled.`,
  ), []);
});

test('quantity: different figures for the same measure, typed with both values', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The flood in Orvesk killed 14 people, the regional fire service said.`,
    `${SHARED_CONTEXT} The flood in Orvesk killed 9 people, the regional fire service said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'quantity');
  assert.equal(links[0].explanation, 'quantity: "14 people" vs "9 people"');
});

test('quantity: one reward given as two sums, and a later report raising it is an update', async () => {
  const context = 'Two inmates escaped from Harrow Fen prison on Tuesday, the Prison Service said. Police are searching the moors around Harrow Fen.';
  const offered = `${context} The Prison Service said a reward of 50,000 crowns was being offered for information.`;
  const inflated = await conflicts(offered, `${context} A whopping 500,000 crown reward is on offer for tip-offs.`);
  assert.equal(inflated.length, 1, JSON.stringify(inflated));
  assert.equal(inflated[0].explanation, 'quantity: "50,000 crowns" vs "500,000 crown"');
  const raised = await conflicts(offered, `${context} The Prison Service has now raised the reward for information to 120,000 crowns.`, ['2025-03-11', '2025-03-14']);
  assert.equal(raised.length, 1, JSON.stringify(raised));
  assert.equal(raised[0].kind, 'update');
});

test('quantity: counts named by one noun before them ("an exchange of 800 prisoners" / "a swap of 1,500 prisoners", not "a camp of 1,500 prisoners")', async () => {
  const context = 'Kirova and Marzhania agreed to a ceasefire in the Suran valley after talks in Lindhaven.';
  const links = await conflicts(`${context} The delegations agreed to an exchange of 800 prisoners.`, `${context} Kirova also secured a swap of 1,500 prisoners.`);
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "800 prisoners" vs "1,500 prisoners"']);
  // Another noun, another count: the prisoners to be exchanged are not a camp's.
  assert.deepEqual(await conflicts(`${context} The delegations agreed to an exchange of 800 prisoners.`, `${context} Kirova runs a camp of 1,500 prisoners.`), []);
});

test('no conflict: compatible figures and different measures', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The flood in Orvesk killed at least 9 people, the regional fire service said.`,
    `${SHARED_CONTEXT} The flood in Orvesk killed 14 people, the regional fire service said.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The government has given Orvesk $12 million in flood relief since Friday.`,
    `${SHARED_CONTEXT} Orvesk asked to borrow $40 million of new pumps and boats.`,
  ), []);
});

test('deadline: different time limits on the same promise', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Mayor Ilse Brandvik promised to repair the Orvesk embankment within 48 hours.`,
    `${SHARED_CONTEXT} Mayor Ilse Brandvik promised to repair the Orvesk embankment by the end of March.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'deadline: "within 48 hours" vs "by the end of March"');
});

test('a later dated report revising a figure is an update, oriented old -> new', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The death toll from the flood in Orvesk has risen to 21, officials said on Sunday.`,
    `${SHARED_CONTEXT} The flood in Orvesk killed 14 people, officials said on Friday.`,
    ['2024-05-12', '2024-05-10'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].a.article, 'second', 'the earlier report comes first');
  assert.equal(links[0].detail?.type, 'quantity');
});

test('withheld vs stated: a later report stating what an earlier one said was withheld is an update; a denial stays a contradiction', async () => {
  const stated = `${SHARED_CONTEXT} Mayor Ilse Brandvik met the flood envoy Tomas Vandergriff at the Orvesk town hall.`;
  const withheld = `${SHARED_CONTEXT} Mayor Ilse Brandvik declined to say whether she had met Tomas Vandergriff.`;
  const denied = `${SHARED_CONTEXT} Mayor Ilse Brandvik denied that she had met Tomas Vandergriff.`;
  const answered = await conflicts(withheld, stated, ['2024-03-01', '2024-03-20']);
  assert.equal(answered.length, 1, JSON.stringify(answered));
  assert.equal(answered[0].detail?.type, 'negation');
  assert.equal(answered[0].kind, 'update', answered[0].explanation);
  assert.match(answered[0].a.quote, /declined to say/, 'oriented earlier -> later');
  // Stated first, then withheld: nothing was answered.
  const before = await conflicts(stated, withheld, ['2024-03-01', '2024-03-20']);
  assert.equal(before.length, 1, JSON.stringify(before));
  assert.equal(before[0].kind, 'contradiction');
  const contradicted = await conflicts(denied, stated, ['2024-03-01', '2024-03-20']);
  assert.equal(contradicted.length, 1, JSON.stringify(contradicted));
  assert.equal(contradicted[0].kind, 'contradiction', 'a denial took a side');
});

const STRIKE_CONTEXT = 'Cabin crew at the airline Tavira Air walked out on Monday in a pay dispute with the carrier. The union said the walkout at Selmar airport would go on.';

test('quantity: a single day\'s figure and a whole period\'s total are different measures', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Tavira Air cancelled 212 flights at Selmar on Monday alone.`,
    `${STRIKE_CONTEXT} In total, Tavira Air cancelled 1,046 flights at Selmar over the five days.`,
  ), []);
  // The same day's figure from two reports still conflicts.
  const links = await conflicts(
    `${STRIKE_CONTEXT} Tavira Air cancelled 212 flights at Selmar on Monday alone.`,
    `${STRIKE_CONTEXT} Tavira Air cancelled 180 flights at Selmar on the first day of the walkout.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "212 flights" vs "180 flights"');
});

test('quantity: a figure "on Saturday and Sunday" is the two days\' total, not a day\'s', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Tavira Air cancelled 212 flights at Selmar on Monday.`,
    `${STRIKE_CONTEXT} Tavira Air said 388 flights at Selmar had been cancelled in total on Monday and Tuesday.`,
  ), []);
  // Two reports of the two days' total still compare.
  const links = await conflicts(
    `${STRIKE_CONTEXT} Tavira Air said 350 flights at Selmar were cancelled on Monday and Tuesday.`,
    `${STRIKE_CONTEXT} Tavira Air said 388 flights at Selmar had been cancelled in total on Monday and Tuesday.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('quantity: an untold stretch ("have been axed") meets a total told with its days', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} More than 450 flights have been axed and 70,000 holidaymakers left stranded after hackers crashed the computers.`,
    `${STRIKE_CONTEXT} The airline said 388 flights had been cancelled in total on Monday and Tuesday, disrupting the journeys of about 51,000 passengers.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('quantity: the day a figure was published ("the poll published on Sunday") is not the day it counts', async () => {
  const poll = 'A poll on the pension reform was taken in Fenwold by Vantage Research.';
  const links = await conflicts(
    `${poll} The Vantage Research poll, carried out on Friday and Saturday, found that 64 per cent of voters oppose the reform.`,
    `${poll} The Vantage Research poll published on Sunday found 58 per cent of voters oppose the reform.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('quantity: lengths from two different points are two measures; from one point told two ways, they compare', async () => {
  const grounding = 'The tanker Osprey ran aground on Gullmark Reef on Monday and is leaking oil.';
  assert.deepEqual(await conflicts(
    `${grounding} The reef lies three nautical miles off Tormund Point, the agency said.`,
    `${grounding} The agency said the ship was about 1.8 nautical miles off the recommended route when she struck the reef.`,
  ), []);
  const links = await conflicts(
    `${grounding} The tanker grounded about 11 kilometres north of the canal's southern entrance at Kassund.`,
    `${grounding} The tanker grounded some 20 kilometres north of Kassund, close to a signal station.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('quantity: how many cabins a line has is not how many held its passengers; two counts of either compare', async () => {
  const stop = 'The Harnfeld gondola stopped in mid-air on Friday evening and rescuers worked through the night.';
  assert.deepEqual(await conflicts(
    `${stop} The gondola halted at 17:40 with 64 passengers in 11 cabins along the line.`,
    `${stop} The gondola, built in 1998, has 48 eight-seat cabins along the line.`,
  ), []);
  const held = await conflicts(
    `${stop} The gondola halted at 17:40 with 64 passengers in 11 cabins along the line.`,
    `${stop} The gondola halted at 17:40 with 64 passengers in 14 cabins along the line.`,
  );
  assert.equal(held.length, 1, JSON.stringify(held));
  const fleet = await conflicts(
    `${stop} The gondola, built in 1998, has 48 eight-seat cabins along the line.`,
    `${stop} The gondola, built in 1998, has 40 eight-seat cabins along the line.`,
  );
  assert.equal(fleet.length, 1, JSON.stringify(fleet));
});

test('quantity: a later floor that allows an earlier revised figure revises nothing; a limit ("no more than 80 per cent") is not a level; a daily total and a four-day total are two measures', async () => {
  const dam = 'A crack was found in the spillway of the Harnow Dam after days of rain, and the towns below it were evacuated.';
  const dates: [string, string] = ['2026-10-27', '2026-10-29'];
  assert.deepEqual(await conflicts(
    `${dam} The number of people evacuated from towns below the dam has been revised down to 11,400.`,
    `${dam} The crack forced the evacuation of more than 11,000 people downstream of the dam last weekend.`,
    dates,
  ), []);
  // The floor first and the revision after: the revised figure replaces the floor.
  const revised = await conflicts(
    `${dam} More than 11,000 people were evacuated from towns below the dam.`,
    `${dam} The number of people evacuated from towns below the dam has been revised to 11,400.`,
    dates,
  );
  assert.equal(revised.length, 1, JSON.stringify(revised));
  assert.deepEqual(await conflicts(
    `${dam} The reservoir had been lowered to 91 per cent of capacity by Tuesday morning.`,
    `${dam} Until the repair the reservoir will be held at no more than 80 per cent of capacity.`,
    dates,
  ), []);
  assert.deepEqual(await conflicts(
    `${dam} The weather service said 138 millimetres of rain fell on the catchment on Saturday alone, the heaviest daily total since records began.`,
    `${dam} Weather service data show 341 millimetres of rain fell on the catchment in the four days to Saturday night.`,
    dates,
  ), []);
});

test('quantity: a figure for an opening stretch ("for the first 90 minutes") is not the whole period\'s', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} In total, 40 staff worked the Selmar desks during the walkout.`,
    `${STRIKE_CONTEXT} Only 12 staff worked the Selmar desks for the first 90 minutes of the walkout.`,
  ), []);
  // The same opening stretch in two reports still compares.
  const links = await conflicts(
    `${STRIKE_CONTEXT} Only 20 staff worked the Selmar desks for the first 90 minutes of the walkout.`,
    `${STRIKE_CONTEXT} Only 12 staff worked the Selmar desks for the first 90 minutes of the walkout.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('quantity: a running total "since" a day is a period, not that day\'s figure', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The Tavira Air helpline took 14,000 calls on Wednesday alone.`,
    `${STRIKE_CONTEXT} The Tavira Air helpline has taken more than 90,000 calls since the walkout was announced on Wednesday.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The Tavira Air helpline took 14,000 calls on Wednesday alone.`,
    `${STRIKE_CONTEXT} The Tavira Air helpline has taken 90,000 calls so far.`,
  ), []);
});

test('quantity: two running totals ("by Monday morning" / "since Sunday") compare', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} The Tavira Air strike had cost the carrier 8,400 flights by Monday morning.`,
    `${STRIKE_CONTEXT} Tavira Air has lost about 11,000 flights since the strike began on Sunday.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'quantity');
});

test('quantity: a further fall is an addition to the first, not a revision of it', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Shares in Tavira Air fell 6.1% in Selmar trading.`,
    `${STRIKE_CONTEXT} Shares in Tavira Air fell a further 3.8% in Selmar trading.`,
  ), []);
  const links = await conflicts(
    `${STRIKE_CONTEXT} Shares in Tavira Air fell 6.1% in Selmar trading.`,
    `${STRIKE_CONTEXT} Shares in Tavira Air fell 3.8% in Selmar trading.`,
  );
  assert.equal(links.length, 1, 'two figures for the same fall do conflict');
});

test('quantity: a later report that names the earlier figure as such ("an initial approach of 38") updates it', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The Kelmar Rotary Club offered 38 crowns a share in cash for the Orvesk ferry company.`,
    `${SHARED_CONTEXT} The Orvesk ferry company agreed to the takeover after the Kelmar Rotary Club raised its offer to 42.50 crowns a share, days after the board turned down an initial approach of 38 crowns per share.`,
    ['2024-05-01', '2024-05-04'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'quantity: "38 crowns" vs "42.50 crowns"');
});

test('quantity: "19 new cases" adds to a count, it does not revise it', async () => {
  const total = `${SHARED_CONTEXT} The regional health authority had counted 87 cases of food poisoning by Sunday evening.`;
  assert.deepEqual(await conflicts(total, `${SHARED_CONTEXT} The regional health authority said 19 new cases of food poisoning were reported by Sunday evening.`, ['2024-07-01', '2024-07-02']), []);
  const links = await conflicts(total, `${SHARED_CONTEXT} The regional health authority said 19 cases of food poisoning were reported by Sunday evening.`, ['2024-07-01', '2024-07-02']);
  assert.equal(links.length, 1, 'without "new" the two counts are one measure revised');
  assert.equal(links[0].kind, 'update');
});

test('quantity: a rise and a fall are two movements, and what remains of a figure is not the figure', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Shares in Tavira Air rose 3% to 41.20 crowns in Selmar trading on Thursday.`,
    `${STRIKE_CONTEXT} Shares in Tavira Air fell 4% to 39.50 crowns in Selmar trading on the news.`,
    ['2024-09-05', '2024-09-11'],
  ), [], 'a rise, then a fall: not a revision');
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Shares in Tavira Air jumped 14% in Selmar trading on Monday.`,
    `${STRIKE_CONTEXT} Shares in Tavira Air rose 3% in Selmar trading on Thursday.`,
    ['2024-09-02', '2024-09-05'],
  ), [], 'two rises reported on two dates are two moves');
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Of the stranded passengers, 23 people were taken to hospital in Selmar with heat exhaustion.`,
    `${STRIKE_CONTEXT} Six stranded passengers remained in hospital in Selmar on Saturday night, one of them in a serious condition.`,
    ['2024-09-05', '2024-09-06'],
  ), [], 'six still in hospital, one of them serious, are what remains of the 23 admitted');
  const links = await conflicts(
    `${STRIKE_CONTEXT} Shares in Tavira Air fell 6.1% in Selmar trading on Thursday.`,
    `${STRIKE_CONTEXT} Shares in Tavira Air dropped 3.8% in Selmar trading on Thursday.`,
  );
  assert.equal(links.length, 1, 'two falls of one day, told differently, do conflict');
});

test('quantity: two plans for one thing compare ("plans to cut 1,200 jobs" / "will cut 900 jobs")', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} The merged Tavira group plans to cut 1,200 jobs over three years as it combines its fleets.`,
    `${STRIKE_CONTEXT} The merged Tavira group will cut 900 jobs across its bases over three years.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'quantity');
});

test('quantity: a figure revised from a floor ("at least 87" → "revised up to 131") is an update', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} At least 87 stranded passengers have reported stomach illness after eating at the Selmar airport food court, officials said.`,
    `${STRIKE_CONTEXT} The number of stranded passengers who reported stomach illness after eating at the Selmar airport food court has been revised up to 131, officials said.`,
    ['2024-07-15', '2024-07-19'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].detail?.type, 'quantity');
});

test('quantity: people who fell ill and people admitted to hospital are two counts, however alike the sentences', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Health officials opened an inquiry at the Selmar airport food court after 112 people fell ill following the weekend.`,
    `${STRIKE_CONTEXT} Health officials opened an inquiry at the Selmar airport food court after 14 people were admitted to hospital at the weekend.`,
  ), []);
});

test('quantity: counts of people to whom the same thing happened compare without a shared name', async () => {
  // The sentences share little but the outcome: neither alike enough nor naming the same one.
  const sameDay = await conflicts(
    `${SHARED_CONTEXT} The two councils responsible for the embankment blamed each other on Saturday for the flood near Orvesk that left 41 residents injured and cut power to the old town.`,
    `${SHARED_CONTEXT} Thirty-six people were injured, the regional health board said in a statement issued late on Saturday evening after a meeting with hospital managers.`,
    ['2024-10-09', '2024-10-09'],
  );
  assert.equal(sameDay.length, 1, JSON.stringify(sameDay));
  assert.equal(sameDay[0].kind, 'contradiction');
  assert.equal(sameDay[0].explanation, 'quantity: "41 residents" vs "Thirty-six people"');
  const later = await conflicts(
    `${SHARED_CONTEXT} Eleven children have been sickened by contaminated water from the town's wells, officials said.`,
    `${SHARED_CONTEXT} The health board said on Tuesday that 23 children have fallen ill since the flood.`,
    ['2024-03-04', '2024-03-06'],
  );
  assert.equal(later.length, 1, JSON.stringify(later));
  assert.equal(later[0].kind, 'update');
  // Something else that happened to them is another count.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The two councils responsible for the embankment blamed each other on Saturday for the flood near Orvesk that left 41 residents injured and cut power to the old town.`,
    `${SHARED_CONTEXT} Thirty-six people were evacuated, the regional health board said in a statement issued late on Saturday evening after a meeting with hospital managers.`,
  ), []);
});

test('quantity: a count of people is compared with its counterpart, the other side\'s count of which the same is said', async () => {
  // "Six remained in hospital" answers the 31 treated in hospital (a different measure again),
  // not the four still missing, though both sentences count people and share "hospital".
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Six people remained in Orvesk General Hospital on Saturday night, one of them in a serious condition, the hospital said.`,
    `${SHARED_CONTEXT} Four people are still unaccounted for, and 31 people were treated in hospital overnight, according to the regional health board.`,
    ['2024-10-09', '2024-10-10'],
  ), []);
  // With no counterpart, the same pair of figures still compares when what is said of them meets.
  const missing = await conflicts(
    `${SHARED_CONTEXT} Six people are still unaccounted for, the regional health board said on Saturday.`,
    `${SHARED_CONTEXT} Four people are still unaccounted for, and 31 people were treated in hospital overnight, according to the regional health board.`,
    ['2024-10-09', '2024-10-09'],
  );
  assert.equal(missing.length, 1, JSON.stringify(missing));
  assert.equal(missing[0].explanation, 'quantity: "Six people" vs "Four people"');
});

test('quantity: a running total that "rose to" or "now stands at" a level revises an earlier count, even a floor', async () => {
  const flood = 'The Tellan river burst its banks at Orvesk on Saturday, flooding the old town.';
  const first = `${flood} At least three people have died and dozens of homes are under water, officials said.`;
  const rose = `${flood} The number of people killed in the flooding of Orvesk rose to five on Monday.`;
  const stands = `${flood} The death toll from last weekend's flood now stands at seven.`;
  assert.deepEqual((await conflicts(first, rose, ['2025-10-12', '2025-10-13'])).map((l) => [l.kind, l.explanation]), [['update', 'quantity: "At least three people" vs "five"']]);
  assert.deepEqual((await conflicts(rose, stands, ['2025-10-13', '2025-10-16'])).map((l) => [l.kind, l.explanation]), [['update', 'quantity: "five" vs "seven"']]);
  // A floor with no revision is still compatible with a higher figure; another tally is another measure.
  assert.deepEqual(await conflicts(first, `${flood} Five people have died, officials said.`, ['2025-10-12', '2025-10-13']), []);
  assert.deepEqual(await conflicts(first, `${flood} The number of people evacuated rose to 500 on Monday.`, ['2025-10-12', '2025-10-13']), []);
});

test('quantity: a river that "crested at" one height and "reached" another "at its peak"; "since records began" is a record, not a running total', async () => {
  const flood = 'The Tellan river burst its banks at Orvesk on Saturday, flooding the old town.';
  const links = await conflicts(
    `${flood} The Tellan crested at 6.8 metres on Saturday morning, nearly three metres above its normal level.`,
    `${flood} The river reached 7.4 metres at its peak, the highest reading since records began in 1921.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "6.8 metres" vs "7.4 metres"']);
});

test('quantity: counts of people by what happened to them meet however common their words are in the story', async () => {
  // Every sentence of these reports speaks of people and homes: the word index skips such
  // common words, so only the figure's own fate ("out of their homes") brings the two together.
  const names = ['Anders', 'Birte', 'Carl', 'Dora', 'Emil', 'Frida', 'Gustav'];
  const filler = (n: number, who: string): string => names.slice(0, n).map((name) => `${who} ${name} said people had lost homes and cars in the flooded district.`).join(' ');
  const links = await conflicts(
    `The Tellan river burst its banks at Orvesk on Saturday. ${filler(7, 'Neighbour')} The mayor ordered an evacuation on Friday night, and about 2,000 residents have left their homes.`,
    `The Tellan river flooded Orvesk at the weekend. ${filler(7, 'Witness')} More than 4,500 people have been forced out of their homes by the raging river.`,
    ['2025-10-12', '2025-10-12'],
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "about 2,000 residents" vs "More than 4,500 people"']);
});

test('quantity: "four are missing" and "one person is still unaccounted for" are one count of the missing, revised', async () => {
  const flood = 'The Tellan river burst its banks at Orvesk on Saturday, flooding the old town.';
  const links = await conflicts(
    `${flood} At least three people have died and four are missing after the levee gave way, officials said.`,
    `${flood} Police said one person is still unaccounted for.`,
    ['2025-10-12', '2025-10-16'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "four are missing" vs "one person"']]);
  // The dead are not the missing.
  assert.deepEqual(await conflicts(`${flood} At least three people have died, officials said.`, `${flood} Police said one person is still unaccounted for.`, ['2025-10-12', '2025-10-16']), []);
});

test('quantity: an attendance against a crowd; the quote stops before a second claim with a figure of another measure', async () => {
  const context = 'A crush barrier gave way at the Orvesk stadium on Saturday during the derby.';
  const links = await conflicts(
    `${context} A crowd of nearly 26,000 had crammed into the stadium for the derby.`,
    `${context} The club said the crowd of just under 23,500 was well within the stadium's licensed capacity of 27,000.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "nearly 26,000 had crammed" vs "just under 23,500"']);
  assert.ok(links[0].b.quote.includes('23,500') && !links[0].b.quote.includes('27,000'), links[0].b.quote);
});

test('quantity: counts of two different groups of people are two counts ("12 firefighters" / "36 residents")', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The flood near Orvesk left 12 firefighters injured, emergency services said.`,
    `${SHARED_CONTEXT} The flood near Orvesk left 36 residents injured, emergency services said.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The two councils responsible for the embankment blamed each other on Saturday for the flood near Orvesk that left 12 firefighters injured and cut power to the old town.`,
    `${SHARED_CONTEXT} Thirty-six residents were injured, the regional health board said in a statement issued late on Saturday evening after a meeting with hospital managers.`,
  ), []);
  // Synonyms are one group ("babies" / "infants").
  const links = await conflicts(
    `${SHARED_CONTEXT} The flood near Orvesk left 12 babies injured, emergency services said.`,
    `${SHARED_CONTEXT} The flood near Orvesk left 16 infants injured, emergency services said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('negation: what one deserves is not what is done ("does not reflect" / "deserve a proposal that reflects")', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} "The offer does not reflect the true value of Tavira Air," the pension fund said.`,
    `${STRIKE_CONTEXT} "Our shareholders deserve a proposal that reflects the true value of Tavira Air," the chairman said.`,
  ), []);
});

test('negation: what one party demands of another is not that party\'s act', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The union is demanding that Tavira Air pay compensation to every stranded passenger.`,
    `${STRIKE_CONTEXT} Tavira Air said it would not pay compensation to stranded passengers.`,
  ), []);
  const links = await conflicts(
    `${STRIKE_CONTEXT} Tavira Air will pay compensation to every stranded passenger.`,
    `${STRIKE_CONTEXT} Tavira Air said it would not pay compensation to stranded passengers.`,
  );
  assert.equal(links.length, 1, 'the company\'s own act against its refusal does conflict');
});

test('quantity: a figure demanded and a figure a deal gives are different measures', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The Tavira Air cabin crew union is demanding a 9% pay rise for flight attendants.`,
    `${STRIKE_CONTEXT} The deal gives Tavira Air flight attendants a 6.5% pay rise this year.`,
  ), []);
  const links = await conflicts(
    `${STRIKE_CONTEXT} The Tavira Air cabin crew union is demanding a 9% pay rise for flight attendants.`,
    `${STRIKE_CONTEXT} The Tavira Air cabin crew union is demanding a 12% pay rise for flight attendants.`,
  );
  assert.equal(links.length, 1, 'two different demands do conflict');
});

test('stance: a name before "argues that" or a quotation is the speaker, not the doer', async () => {
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} Union leader Marek Dovan called it "a fair result won by people who refused to be ignored."`,
    `${STRIKE_CONTEXT} Marek Dovan argues that cabin staff have lost a tenth of their purchasing power.`,
  ), []);
});

test('who: two reports naming different people in charge of the same thing ("led by X" / "led by Minister Y")', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} The talks have been led since February by state mediator Osric Vane, who declined to comment.`,
    `${STRIKE_CONTEXT} The mediation, led since it began last month by Labour Minister Hana Brekke, was expected to run late.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'who');
  assert.match(links[0].explanation, /Osric Vane" vs ".*Hana Brekke"$/);
  // The same person on both sides is no conflict.
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The talks have been led since February by state mediator Osric Vane, who declined to comment.`,
    `${STRIKE_CONTEXT} The mediation, led since it began last month by mediator Osric Vane, was expected to run late.`,
  ), []);
});

test('who: the active voice ("X, who is heading the probe") against the passive ("led by Y")', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} The criminal investigation is being led by Chief Inspector Osric Vane of the national police.`,
    `${STRIKE_CONTEXT} Detective Superintendent Hana Brekke, who is heading the criminal probe, said arrests were likely.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'who');
  // Ahead in a count is not in charge of anything.
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The union vote on the strike is being led by Osric Vane.`,
    `${STRIKE_CONTEXT} In the union vote on the strike, Hana Brekke leads with 54% of ballots counted.`,
  ), []);
});

test('who: "X, who led the rescue" and "Y, which is leading the investigation" name who is in charge', async () => {
  const rescue = await conflicts(
    `${SHARED_CONTEXT} The rescue was led by fire commander Marta Ilves, who said crews worked through the night.`,
    `${SHARED_CONTEXT} Police Superintendent Gregor Dunn, who led the rescue operation, described the scene as chaotic.`,
  );
  assert.equal(rescue.length, 1, JSON.stringify(rescue));
  assert.equal(rescue[0].detail?.type, 'who');
  assert.match(rescue[0].explanation, /Marta Ilves" vs "Gregor Dunn, who led"$/);
  const inquiry = await conflicts(
    `${SHARED_CONTEXT} The Flood Incident Unit, which is leading the investigation, sent three inspectors to Orvesk.`,
    `${SHARED_CONTEXT} The investigation is being led by the Tellan River Authority, a spokesman said.`,
  );
  assert.equal(inquiry.length, 1, JSON.stringify(inquiry));
  assert.equal(inquiry[0].detail?.type, 'who');
  // Who led the rescue and who leads the investigation are two roles, not two answers to one.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The rescue was led by fire commander Marta Ilves, who said crews worked through the night.`,
    `${SHARED_CONTEXT} The Flood Incident Unit, whose chief inspector Helena Marr is leading the investigation, said it was too early to comment.`,
  ), []);
});

test('who: "X, the rival\'s chief, will run the company" / "Y, who grew up here, will lead the group"', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Chief executive Peter Morvan said the deal made sense. Peter Morvan, the rival's chief executive, will run the combined company, while Karin Edholm will step down once the deal closes.`,
    `${SHARED_CONTEXT} Chief executive Karin Edholm, who grew up in Orvesk, will lead the combined group, with the rival's boss Peter Morvan becoming chairman.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, `who: "Peter Morvan, the rival's chief executive, will run" vs "Karin Edholm, who grew up in Orvesk, will lead"`);
  // Two names listed side by side are the same parties, not two answers.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Chief executive Peter Morvan said the deal made sense. Peter Morvan, with Karin Edholm, will run the combined company.`,
    `${SHARED_CONTEXT} Chief executive Karin Edholm, with Peter Morvan, will lead the combined group.`,
  ), []);
});

test('who: "X is in charge of the operation" names who leads it', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Deputy Commissioner Lena Marsh is in charge of the rescue operation, a spokeswoman said.`,
    `${SHARED_CONTEXT} Police Commissioner Tomas Reinholt, who is commanding the operation, said crews would work through the night.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'who: "Lena Marsh is in charge" vs "Tomas Reinholt, who is commanding"');
  // In charge of something else: another role.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Deputy Commissioner Lena Marsh is in charge of the victim support centre, which opened as the operation began.`,
    `${SHARED_CONTEXT} Police Commissioner Tomas Reinholt, who is commanding the operation, said crews would work through the night.`,
  ), []);
});

test('who: who set the same thing going ("was ordered by X" / "was requested by Y", "filed" / "lodged", "launched" / "initiated")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The water test was ordered by the Tellan River Authority as part of a routine programme, the authority said.`,
    `${SHARED_CONTEXT} The water test was requested by the Orvesk Health Board, as part of its flood response programme, and carried out by a private laboratory.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'who');
  assert.equal(links[0].explanation, 'who: "ordered by the Tellan River Authority" vs "requested by the Orvesk Health Board"');
  const complaint = await conflicts(
    `${SHARED_CONTEXT} The formal complaint was filed by the Kelmar Residents Association on Monday, citing the embankment works.`,
    `${SHARED_CONTEXT} The formal complaint was lodged by the Brisvale Anglers Club, which blames the embankment works.`,
  );
  assert.equal(complaint.length, 1, JSON.stringify(complaint));
  assert.equal(complaint[0].detail?.type, 'who');
  const appeal = await conflicts(
    `${SHARED_CONTEXT} The fundraising appeal was launched by the Kelmar Rotary Club last weekend for the flooded homes.`,
    `${SHARED_CONTEXT} The fundraising appeal was initiated by the Brisvale Chamber of Commerce, whose members lost shops to the flood.`,
  );
  assert.equal(appeal.length, 1, JSON.stringify(appeal));
  assert.equal(appeal[0].detail?.type, 'who');
  // Two things set going by two parties: a test and an inquiry.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The water test was ordered by the Tellan River Authority as part of a routine programme, the authority said.`,
    `${SHARED_CONTEXT} An inquiry was ordered by the Orvesk Health Board as part of its flood response programme.`,
  ), []);
});

test('place: a site named with its place ("the Arnholt factory") against another site the same thing happens to', async () => {
  const PLANTS = 'Marrow Pumps makes its pumps in Stenvik, in Arnholt and in Lindmark. The takeover by Tessaro Group was agreed on Monday.';
  const links = await conflicts(
    `${PLANTS} The merged group will close the Stenvik plant, which employs about 380 people.`,
    `${PLANTS} Hundreds of workers fear for their jobs after the Arnholt factory will be shut, the union said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'place');
  assert.match(links[0].explanation, /"Stenvik plant" vs "Arnholt factory"/);
  // One site closes and another is spared: two sites, two fates.
  assert.deepEqual(await conflicts(
    `${PLANTS} The merged group will close the Stenvik plant, which employs about 380 people.`,
    `${PLANTS} The factory in Lindmark will not close under the takeover, the company told staff.`,
  ), []);
  // One site's closure and another's workforce are two facts.
  assert.deepEqual(await conflicts(
    `${PLANTS} The merged group will close the Stenvik plant, which employs about 380 people.`,
    `${PLANTS} Some 450 people work at the Lindmark plant on Harbour Road.`,
  ), []);
});

test('place: the same facility in one town and on the outskirts of another', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} The data was taken from servers at the airline's main data centre in Dunmere, north of Selmar.`,
    `${STRIKE_CONTEXT} The stolen records were held at the airline's main data centre on the outskirts of Carrowby.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'place');
  // A part of the same town is the same place.
  assert.deepEqual(await conflicts(
    `${STRIKE_CONTEXT} The data was taken from servers at the airline's main data centre in Carrowby.`,
    `${STRIKE_CONTEXT} The stolen records were held at the airline's main data centre on the outskirts of Carrowby.`,
  ), []);
});

const ARENA_CONTEXT = 'A crowd barrier gave way during the derby between Halden Rovers and Varno City at the Strell Arena on Saturday. Dozens of fans were hurt.';

test('place: one matter at two named sites of the same kind ("the South Stand" / "the North Stand")', async () => {
  const stand = await conflicts(
    `${ARENA_CONTEXT} The barrier at the front of the South Stand collapsed shortly before half-time, the police said.`,
    `${ARENA_CONTEXT} Supporters were pressed against a railing at the front of the North Stand before it collapsed.`,
  );
  assert.equal(stand.length, 1, JSON.stringify(stand));
  assert.equal(stand[0].detail?.type, 'place');
  assert.match(stand[0].explanation, /"at the front of the South Stand" vs "at the front of the North Stand"/);
  const hospital = await conflicts(
    `${ARENA_CONTEXT} All nine injured fans were taken to Halden General Hospital, the police said.`,
    `${ARENA_CONTEXT} The injured fans are being treated at Varno University Hospital, the club said.`,
  );
  assert.equal(hospital.length, 1, JSON.stringify(hospital));
  assert.equal(hospital[0].detail?.type, 'place');
  // A report that names both sites is telling of both, not disagreeing.
  assert.deepEqual(await conflicts(
    `${ARENA_CONTEXT} The barrier at the front of the South Stand collapsed shortly before half-time, the police said.`,
    `${ARENA_CONTEXT} Fans in the North Stand watched as the barrier at the front of the South Stand collapsed.`,
  ), []);
  // Organisations that are not sites are who, not where: a report sent to two ministries.
  assert.deepEqual(await conflicts(
    `${ARENA_CONTEXT} The police report on the collapse was sent to the Interior Ministry on Monday.`,
    `${ARENA_CONTEXT} A report on the collapse was sent to the Sports Ministry on Monday.`,
  ), []);
  // Denied at one site is no claim about where.
  assert.deepEqual(await conflicts(
    `${ARENA_CONTEXT} The injured fans were not taken to Halden General Hospital, the police said.`,
    `${ARENA_CONTEXT} The injured fans are being treated at Varno University Hospital, the club said.`,
  ), []);
});

test('named sites: "two were later transferred to X" is a second stop, not another hospital for the first', async () => {
  const context = 'An Orvesk Air jet with 160 passengers made an emergency landing after an engine fire on Monday, the aviation authority said.';
  assert.deepEqual(await conflicts(
    `${context} All the injured were taken to Tellan General Hospital.`,
    `${context} Two of the injured were later transferred to Brisvale University Hospital.`,
  ), []);
});

test('named sites: where someone in an apposition works ("X, a nurse at Y Hospital, said") is not where the matter happened', async () => {
  assert.deepEqual(await conflicts(
    `${ARENA_CONTEXT} Marta Olsenn, a senior nurse at Halden General Hospital, said staff had treated fans with crush injuries through the night.`,
    `${ARENA_CONTEXT} The injured fans are being treated at Varno University Hospital, the club said.`,
  ), []);
});

const RUNOFF_CONTEXT = 'Voters in the city of Tormead chose a new mayor in Sunday\'s runoff. Ilse Varnholt of the Green List faced Osric Vane of the Civic Union.';

test('negation: "refused to concede" negates "conceded"; "declined to concede" affirms nothing', async () => {
  const links = await conflicts(
    `${RUNOFF_CONTEXT} Osric Vane refused to concede the runoff to Ilse Varnholt.`,
    `${RUNOFF_CONTEXT} Osric Vane conceded the runoff to Ilse Varnholt late on Sunday.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  // Found as a stance ("refused" / "conceded", opposite words) before the negation check runs.
  assert.match(links[0].explanation, /^(?:stance|negation): "refused(?: to concede)?" vs "conceded"$/);
  assert.deepEqual(await conflicts(
    `${RUNOFF_CONTEXT} Osric Vane refused to concede the runoff to Ilse Varnholt.`,
    `${RUNOFF_CONTEXT} Osric Vane, who declined to concede the runoff, has not conceded to Ilse Varnholt.`,
  ), [], 'two refusals agree');
});

test('negation: "had no intention of paying" negates "will pay"', async () => {
  const links = await conflicts(
    `${STRIKE_CONTEXT} Chief executive Osric Vane said Tavira Air had no intention of paying compensation to stranded passengers.`,
    `${STRIKE_CONTEXT} Tavira Air will pay compensation to stranded passengers, chief executive Osric Vane said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
});

test('negation: "no prison officer has been arrested" denies "A prison officer was arrested"; "no doubt he lied" denies nothing', async () => {
  const context = 'Two inmates escaped from Harrow Fen prison on Tuesday, the Prison Service said. Police are searching the moors around Harrow Fen.';
  const links = await conflicts(
    `${context} A prison officer was arrested on Wednesday on suspicion of helping the men.`,
    `${context} Contrary to earlier reports, no prison officer has been arrested.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "arrested" vs "no prison officer has been arrested"');
  assert.deepEqual(await conflicts(
    `${context} A prison officer lied to detectives about the night shift.`,
    `${context} There is no doubt a prison officer lied to detectives.`,
  ), []);
});

test('negation: "was SACKED" is denied by "she has not been dismissed", "she" being the one person named before it', async () => {
  const context = 'Two inmates escaped from Harrow Fen prison on Tuesday, the Prison Service said. Police are searching the moors around Harrow Fen.';
  const sacked = `${context} The minister tore into the jail's boss, and Governor Martha Seidrow was SACKED within hours.`;
  const links = await conflicts(sacked, `${context} Marta Seidrow, the governor, remains suspended on full pay; she has not been dismissed.`);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "SACKED" vs "not been dismissed"');
  // With two people named before "she", who was not dismissed is left open.
  assert.deepEqual(await conflicts(sacked, `${context} Marta Seidrow spoke to Edvard Kalm on Monday; she has not been dismissed.`), []);
});

test('quantity: a margin ("a gap of 2.2 points, or 4,112 votes") is not a total ("183,430 valid votes")', async () => {
  assert.deepEqual(await conflicts(
    `${RUNOFF_CONTEXT} Ilse Varnholt won the Tormead runoff by a gap of 2.2 percentage points, or 4,112 votes.`,
    `${RUNOFF_CONTEXT} Ilse Varnholt won the Tormead runoff, in which 183,430 valid votes were counted.`,
  ), []);
  const links = await conflicts(
    `${RUNOFF_CONTEXT} Ilse Varnholt won the Tormead runoff by a margin of 4,112 votes.`,
    `${RUNOFF_CONTEXT} Ilse Varnholt won the Tormead runoff by a margin of 3,870 votes.`,
  );
  assert.equal(links.length, 1, 'two margins do conflict');
});

test('shares of a vote: each figure is compared with the same holder’s, on each of them', async () => {
  const context = 'Counting in the Orvesk mayoral runoff ended on Monday, the election commission said.';
  const links = await conflicts(
    `${context} Ilse Brandvik had 51.8% of the vote against 48.2% for Tomas Kellner, the election commission said.`,
    `${context} Ilse Brandvik received 51.1% of valid votes and Tomas Kellner 48.9%, the election commission said.`,
  );
  const explanations = links.map((l) => l.explanation).sort();
  // Figures written to a decimal are as precise as they say: 51.8% is not 51.1%.
  assert.deepEqual(explanations, ['quantity: "48.2%" vs "48.9%"', 'quantity: "51.8%" vs "51.1%"'], JSON.stringify(explanations));
});

test('two holders’ stakes are two measures; one holder’s two stakes clash', async () => {
  const context = 'Tessvik Industries made a takeover offer for Marl Pumps on Monday, the company said.';
  const two = await conflicts(
    `${context} Tessvik Industries already owns 9% of Marl Pumps.`,
    `${context} The Nordal Pension Fund, which owns 12% of Marl Pumps, opposes the offer.`,
  );
  assert.deepEqual(two.map((l) => l.explanation), []);
  const one = await conflicts(
    `${context} Tessvik Industries already owns 9% of Marl Pumps.`,
    `${context} Tessvik Industries already owns 12% of Marl Pumps.`,
  );
  assert.deepEqual(one.map((l) => l.explanation), ['quantity: "9%" vs "12%"']);
});

test('the size of a town is not a count of the people an event touched', async () => {
  const context = 'A wildfire spread through the hills above Calder Springs on Sunday, fire officials said.';
  const links = await conflicts(
    `${context} The fire forced 3,140 residents from their homes in Calder Springs.`,
    `${context} The fire reached the edge of Calder Springs, a town of roughly 4,000 people.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), []);
});

test('"initially" is not "began": what a report first said is no stance against "closed"', async () => {
  const links = await conflicts(
    'The Orvesk rail line will stay closed until at least Friday, the operator said.',
    'The operator had initially said the Orvesk rail line would be closed until at least Friday.',
  );
  assert.deepEqual(links.map((l) => l.explanation), []);
});

test('a figure about the story’s main name is compared even though that name and the figure’s words are in every other sentence', async () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Brandvik ${['thanked', 'greeted', 'met', 'called', 'visited', 'praised', 'hugged', 'named', 'joined', 'quoted'][i]} supporter group ${['alpha', 'bravo', 'cedar', 'delta', 'ember', 'fable', 'gamma', 'harbor', 'indigo', 'juniper'][i]} for their votes.`).join(' ');
  const links = await conflicts(
    `${filler(10)} Brandvik won 51.8% of the votes.`,
    `${filler(10)} In the final count Brandvik took 51.1% of the votes.`,
  );
  assert.ok(links.some((l) => l.explanation === 'quantity: "51.8%" vs "51.1%"'), JSON.stringify(links.map((l) => l.explanation)));
});

test('counts an order of magnitude apart, or a sum across several things against one of them, are two measures', async () => {
  const context = 'The singer postponed her autumn shows at the Dunsley Arena on Monday, the promoter said.';
  const scale = await conflicts(
    `${context} The tour has sold more than 400,000 tickets since going on sale.`,
    `${context} About 48,000 tickets had been sold for the postponed shows.`,
  );
  assert.deepEqual(scale.map((l) => l.explanation), []);
  const sum = await conflicts(
    `${context} About 2,500 refund requests had come in by Tuesday evening.`,
    `${context} More than 9,000 refund requests have come in across the six shows.`,
  );
  assert.deepEqual(sum.map((l) => l.explanation), []);
  // Figures of one measure and scale still clash.
  const clash = await conflicts(
    `${context} About 2,500 refund requests had come in by Tuesday evening.`,
    `${context} More than 4,000 refund requests had come in by Tuesday evening.`,
  );
  assert.equal(clash.length, 1, JSON.stringify(clash.map((l) => l.explanation)));
});

test('quantity: what a count counts frames it ("a two-match ban" / "will miss four matches"), and "will" is not a demand', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Orvesk defender Pavel Strand faces an automatic two-match ban.`,
    `${SHARED_CONTEXT} Pavel Strand will miss the next four matches, the league said on Monday.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "two-match" vs "four matches"');
});

test('quantity: a rarely used physical unit is context enough without a shared name', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The laboratory found 4.1 milligrams of nitrate per litre in the Orvesk well.`,
    `${SHARED_CONTEXT} Documents seen by this paper show 2.2 milligrams per litre, more than twice the legal limit of 1 milligram.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "4.1 milligrams" vs "2.2 milligrams"');
  // The quote of the disputed figure stops at the comma: the limit beside it is not disputed.
  const quote = links[0].a.quote.includes('2.2') ? links[0].a.quote : links[0].b.quote;
  assert.equal(quote, 'Documents seen by this paper show 2.2 milligrams per litre');
});

test('quantity: counts of things and ages need more than their noun to compare', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The singer had already postponed two shows in the spring.`,
    `${SHARED_CONTEXT} Ticket holders for the four shows that will not be rescheduled will get refunds.`,
  ), [], 'two sets of shows');
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} "I started volunteering because of him," said 16-year-old Anna Morel.`,
    `${SHARED_CONTEXT} The ruling means the 31-year-old will be free to start work again in June.`,
  ), [], "two people's ages");
});

test('quantity: counts of the same things compare when their sentences share two more words', async () => {
  // Neither alike enough nor naming anyone: the shared things, the festival and "cancel" are the context.
  const links = await conflicts(
    `${SHARED_CONTEXT} The festival has been called off because of the flooding, cancelling 12 concerts across the region over the summer months.`,
    `${SHARED_CONTEXT} The festival's cancellation hits 14 shows, including two nights at the open-air stage.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "12 concerts" vs "14 shows"');
  // One more word is not enough: 12 concerts postponed and 14 concerts refunded are two sets.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The organisers had already postponed 12 concerts over the summer because the riverside stage was flooded and the access roads were closed.`,
    `${SHARED_CONTEXT} Ticket holders for the 14 concerts this summer will get refunds from the box office within a month, a statement said.`,
  ), []);
});

test('quantity: sums that name nothing they buy compare when the same word leads into both', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The couple's riverside estate near Orvesk is worth about 12 million crowns, according to two people familiar with the sale.`,
    `${SHARED_CONTEXT} Our sources say the riverside estate is worth a whopping 40 million crowns, one of the biggest deals in the region.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "about 12 million crowns" vs "40 million crowns"');
  // A price paid and a debt owed are two sums.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The buyer of the riverside estate near Orvesk paid 12 million crowns, according to two people familiar with the sale.`,
    `${SHARED_CONTEXT} The riverside estate near Orvesk carried debts of 40 million crowns, according to two people familiar with the sale.`,
  ), []);
});

test('two sentences that disagree on a figure and on a place give both findings', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Defender Ivo Marchetti flew to Brisvale on Monday to undergo a medical before agreeing a four-year contract with Kelmar Rovers.`,
    `${SHARED_CONTEXT} Defender Ivo Marchetti signed a five-year contract with Kelmar Rovers, running until June 2029, after passing a medical in Orvesk.`,
    ['2024-07-02', '2024-07-05'],
  );
  assert.deepEqual(links.map((l) => l.detail?.type).sort(), ['place', 'quantity'], JSON.stringify(links));
});

test('quantity: two magnitudes of the same kind of event compare; an aftershock is another event', async () => {
  const quake = `${SHARED_CONTEXT} A 5.8-magnitude earthquake hit the hill town of Kelmar on Sunday, killing nine people, local authorities said.`;
  const links = await conflicts(quake, `${SHARED_CONTEXT} The magnitude 6.1 quake also destroyed a primary school in the town, where classes had ended an hour before it struck.`);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'quantity');
  assert.deepEqual(await conflicts(quake, `${SHARED_CONTEXT} A magnitude 4.2 aftershock destroyed a primary school in the town, where classes had ended an hour before it struck.`), []);
});

test('quantity: durations a hundredfold apart are two stretches; a disputed sentence still compares', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The late strike, three minutes from the end of normal time, gave Tellan Rovers a 2-1 victory and brought the regional cup back to Orvesk.`,
    `${SHARED_CONTEXT} Tellan Rovers won 2-1 with a late goal and have now lifted the regional cup back in Orvesk twice in five years.`,
  ), []);
  const links = await conflicts(
    `${SHARED_CONTEXT} The Orvesk dam engineer Lena Voss was sentenced to six months in prison for negligence.`,
    `${SHARED_CONTEXT} The Orvesk dam engineer Lena Voss was sentenced to three years in prison for negligence.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
});

test('quantity: a time cue beside the figure settles its scope ("on Tuesday alone" / "over the past week")', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Tellan valley has had heavy rain since the weekend, with about 60 millimetres falling on Tuesday alone, the Orvesk weather office said.`,
    `${SHARED_CONTEXT} Rain in the Tellan valley totalled about 150 millimetres over the past week, the Orvesk weather office said.`,
  ), []);
});

test('quantity: a later report that names the figure it replaces ("up from the 9 reported") updates the earlier one', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The water tore through the lower town on Friday night, forcing 300 residents from their homes and destroying 9 houses, officials said.`,
    `${SHARED_CONTEXT} Damage assessment teams have now confirmed that 26 homes were lost, up from the 9 reported in the first hours.`,
    ['2024-03-01', '2024-03-05'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'quantity: "9 houses" vs "26 homes"');
  const restated = await conflicts(
    `${SHARED_CONTEXT} Orvesk officials said 140 households were without power.`,
    `${SHARED_CONTEXT} Orvesk officials revised the number of households without power to 162, from 140, after a second count.`,
    ['2024-03-01', '2024-03-05'],
  );
  assert.equal(restated.length, 1, 'the restated 140 is not an agreement: ' + JSON.stringify(restated));
  assert.equal(restated[0].explanation, 'quantity: "140 households" vs "162"');
});

test('quantity: a figure said to replace the very figure of another report updates it, even a floor or a near value; a figure that only falls in its range does not', async () => {
  const dates: [string, string] = ['2024-03-01', '2024-03-05'];
  const floor = await conflicts(
    `${SHARED_CONTEXT} At least 11 people were injured, most of them while climbing onto roofs, according to Orvesk emergency services.`,
    `${SHARED_CONTEXT} The regional health authority said 19 people had been treated in hospital, up from the 11 reported on Friday, most of them for cuts.`,
    dates,
  );
  assert.equal(floor.length, 1, JSON.stringify(floor));
  assert.equal(floor[0].kind, 'update');
  assert.match(floor[0].explanation, /"At least 11 people" vs "19 people"/);
  const grown = await conflicts(
    `${SHARED_CONTEXT} The flood agency said it had sent a team of five engineers to Orvesk.`,
    `${SHARED_CONTEXT} The agency's team has grown from five to seven engineers, and the gauges have been read again.`,
    dates,
  );
  assert.equal(grown.length, 1, JSON.stringify(grown));
  assert.match(grown[0].explanation, /"five engineers" vs "seven engineers"/);
  const near = await conflicts(
    `${SHARED_CONTEXT} The relief barge carried 162 evacuees and six crew members to Dunholt.`,
    `${SHARED_CONTEXT} The barge operator said 164 evacuees and six crew had been on board, revising its earlier count of 162 after two infants were left off.`,
    dates,
  );
  assert.equal(near.length, 1, JSON.stringify(near));
  assert.match(near[0].explanation, /"162 evacuees" vs "164 evacuees"/);
  assert.deepEqual(
    await conflicts(
      `${SHARED_CONTEXT} The flood agency's engineers reached the Orvesk gauges at five to eight in the morning.`,
      `${SHARED_CONTEXT} The flood agency's team at the Orvesk gauges has grown from five to seven engineers.`,
      dates,
    ),
    [],
    'a clock time is no count of engineers',
  );
  assert.deepEqual(
    await conflicts(
      `${SHARED_CONTEXT} About 180 people were evacuated from the lower town, officials said.`,
      `${SHARED_CONTEXT} Officials also revised the number of people evacuated from the lower town to 196, from 184, after a second count.`,
      dates,
    ),
    [],
    '184 merely falls within "about 180"; 196 does too',
  );
});

test('date: a later report that moves the date of what another scheduled ("postponed the vote to 4 November") is an update', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The council vote on the Orvesk flood levy is set for a special meeting on 14 October.`,
    `${SHARED_CONTEXT} The Orvesk council has postponed the levy vote on the flood defences to 4 November from 14 October, after objections from farmers.`,
    ['2024-10-01', '2024-10-08'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'date: "on 14 October" vs "to 4 November"');
});

test('quantity: two shares of one rarely named measure, worded apart ("Turnout stood at 61.4%" / "58.9% of registered voters took part")', async () => {
  const context = 'Voters in Orvesk chose a new mayor in a runoff on Sunday. Ilse Brandvik beat Tomas Reinholt.';
  const links = await conflicts(
    `${context} Turnout stood at 61.4%, the election commission said.`,
    `${context} Only 58.9% of registered voters took part, the commission's chair told reporters.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "61.4%" vs "58.9%"']);
  const unsaid = await conflicts(
    `${context} Turnout was roughly 61 percent, according to the election commission.`,
    `${context} Only 58.9% of registered voters took part, the chair told the Courier.`,
  );
  assert.deepEqual(unsaid.map((l) => l.explanation), ['quantity: "roughly 61 percent" vs "58.9%"'], 'the rare measure frames the figures, with no other word beside them');
  assert.deepEqual(await conflicts(
    `${context} Turnout stood at 61.4%, the election commission said.`,
    `${context} Only 58.9% of registered voters own a car, the commission's chair told reporters.`,
  ), [], 'a share of voters who did something else');
});

test('date: a moved date does not clash with other dates of the story', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Orvesk council told farmers on Thursday that the levy will not cover their losses.`,
    `${SHARED_CONTEXT} The Orvesk council has postponed the levy vote on the flood defences to 4 November.`,
    ['2024-10-01', '2024-10-08'],
  ), [], 'what moved is the vote, not the levy');
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Forty Orvesk ferry crossings were cancelled on Monday.`,
    `${SHARED_CONTEXT} The operator delayed the Orvesk ferry crossings until Tuesday.`,
    ['2024-10-01', '2024-10-02'],
  ), [], 'a day\u2019s cancellations were never a schedule');
});

test('date: an extended closure replaces the date given as it gives its own ("until 21 July" / "until 4 August")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The closure of the Orvesk bakery will start on Sunday and must last until 21 July.`,
    `${SHARED_CONTEXT} The council has extended the closure of the Orvesk bakery until 4 August.`,
    ['2024-07-15', '2024-07-19'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'date: "until 21 July" vs "until 4 August"');
  const shut = await conflicts(
    `${SHARED_CONTEXT} Inspectors ordered the Orvesk bakery to close on Sunday, and it must stay shut for seven days, until 21 July.`,
    `${SHARED_CONTEXT} The council has extended the closure of the Orvesk bakery until 4 August.`,
    ['2024-07-15', '2024-07-19'],
  );
  assert.deepEqual(shut.map((l) => [l.kind, l.explanation]), [['update', 'date: "until 21 July" vs "until 4 August"']], 'a closure is what was shut');
});

test('date: a move by a span ("had been due to rule on Monday, delayed its decision by a day") updates the date it leaves', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The Orvesk council heard the levy appeal on Friday. It will announce its decision on Monday.`,
    `${SHARED_CONTEXT} The Orvesk council, which had been due to rule on Monday, delayed its decision by a day to read late submissions.`,
    ['2024-10-01', '2024-10-08'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'date: "on Monday" vs "delayed its decision by a day"']]);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Orvesk council heard the levy appeal on Friday. It will announce its decision on Monday.`,
    `${SHARED_CONTEXT} The Orvesk council delayed its decision by a day to read late submissions.`,
    ['2024-10-01', '2024-10-08'],
  ), [], 'without the date it leaves, the span says nothing of Monday');
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Orvesk council heard the levy appeal on Friday. It will announce its decision on Monday.`,
    `${SHARED_CONTEXT} The Orvesk council, which had been due to meet on Monday, delayed its inspection of the dykes by a day.`,
    ['2024-10-01', '2024-10-08'],
  ), [], 'what moved is the inspection, not the decision');
});

test('date: a passive move ("the order has been extended until at least Sunday") and a dropped plan ("rather than reopening next week as planned") update the earlier date', async () => {
  const extended = await conflicts(
    `${SHARED_CONTEXT} Mayor Ilse Brandvik said on Monday she expected the evacuation order to be lifted on Wednesday.`,
    `${SHARED_CONTEXT} The evacuation order covering the riverside streets has been extended until at least Sunday, the crisis committee announced.`,
    ['2025-10-13', '2025-10-16'],
  );
  assert.deepEqual(extended.map((l) => [l.kind, l.explanation]), [['update', 'date: "on Wednesday" vs "until at least Sunday"']], 'the date set, not the day it was said');
  const reopening = await conflicts(
    `${SHARED_CONTEXT} The Orvesk museum will reopen to visitors on Tuesday 19 March.`,
    `${SHARED_CONTEXT} The Orvesk museum will now stay closed until 2 April, rather than reopening next week as planned, so that the damage can be repaired.`,
    ['2024-03-13', '2024-03-16'],
  );
  assert.deepEqual(reopening.map((l) => [l.kind, l.explanation]), [['update', 'date: "on Tuesday" vs "until 2 April"']]);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Orvesk museum will reopen to visitors on Tuesday 19 March.`,
    `${SHARED_CONTEXT} The Orvesk museum will stay closed until 2 April, rather than reopening its cafe, said a spokeswoman.`,
    ['2024-03-13', '2024-03-16'],
  ), [], 'without "as planned" there is no dropped plan');
});

test('date: "will now be played on 21 May" replaces the date another report set the same way, not a deadline for a decision', async () => {
  const context = 'A crush barrier gave way at the Orvesk stadium on Saturday and the derby was halted.';
  const links = await conflicts(
    `${context} The league confirmed on Monday that the match will be replayed in full on 14 May behind closed doors.`,
    `${context} The match will now be played on 21 May at another ground, the league said on Thursday.`,
    ['2025-05-06', '2025-05-09'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'date: "on 14 May" vs "on 21 May"']]);
  assert.deepEqual(await conflicts(
    `${context} League chiefs will rule on the fate of the match by Wednesday.`,
    `${context} The match will now be played on 21 May at another ground, the league said on Thursday.`,
    ['2025-05-04', '2025-05-09'],
  ), [], 'a deadline for ruling on the match is not its date');
});

test('date: "gave them until Friday to pay" is a deadline, which another report moves ("pushed back its deadline to Tuesday")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The Orvesk council gave the ferry company until midnight on Friday to pay the harbour fees.`,
    `${SHARED_CONTEXT} The Orvesk council has pushed back its deadline to Tuesday.`,
    ['2024-10-01', '2024-10-08'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'date: "until midnight on Friday" vs "to Tuesday"']]);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Orvesk ferry company kept paying the harbour fees until Friday.`,
    `${SHARED_CONTEXT} The Orvesk council has pushed back its deadline to Tuesday.`,
    ['2024-10-01', '2024-10-08'],
  ), [], 'a date things went on until is no time limit');
});

test('place: "the 29-year-old" is the person whose age another report gives, so her operation is one event', async () => {
  const context = 'The singer Selin Orvath cancelled the last 14 concerts of her Lantern Tour on Monday after doctors found a haemorrhage on her vocal cords. Orvath apologised to fans in Tellan and Orvesk.';
  const links = await conflicts(
    `${context} Orvath, 29, will have an operation in Zurich, her manager told the Ledger.`,
    `${context} The 29-year-old underwent the operation in Vienna on Friday.`,
    ['2024-10-01', '2024-10-08'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'place: "operation in Zurich" vs "operation in Vienna"']]);
});

test('place: one event on opposite sides of one town ("south of Orvesk" / "north of Orvesk")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The Tellan ferry ran aground near the village of Aldby, about four kilometres south of Orvesk, shortly after 8 a.m.`,
    `${SHARED_CONTEXT} The Tellan ferry ran aground just outside Hollin, north of Orvesk, on Friday morning.`,
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['place: "south of Orvesk" vs "north of Orvesk"']);
  assert.deepEqual((await conflicts(
    `${SHARED_CONTEXT} The Tellan ferry ran aground near the village of Aldby, about four kilometres south of Orvesk, shortly after 8 a.m.`,
    `${SHARED_CONTEXT} Volunteers set up a rest centre in a school north of Orvesk for the stranded passengers.`,
  )).filter((l) => l.kind !== 'shared'), [], 'two things, one on each side of town');
  assert.deepEqual((await conflicts(
    `${SHARED_CONTEXT} The Tellan ferry ran aground near the village of Aldby, about four kilometres south of Orvesk, shortly after 8 a.m.`,
    `${SHARED_CONTEXT} The Tellan ferry may have run aground north of Orvesk, a coastguard said.`,
  )).filter((l) => l.kind !== 'shared'), [], 'a hedged place');
});

test('place: one happening on opposite coasts ("off the north coast of Calvessa" / "off the island\'s south coast"); a coast holds many happenings', async () => {
  const context = 'The cruise ship Marlen Grace drifted for two days in a storm with 2,000 passengers on board.';
  const links = await conflicts(
    `${context} The ship lost power in a storm off the north coast of Calvessa on Saturday night.`,
    `${context} The liner lost all power at 9.15pm on Saturday off the island's south coast.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['place: "north coast of Calvessa" vs "south coast"']);
  assert.deepEqual(await conflicts(
    `${context} The weather office issued a storm warning for the north coast on Friday afternoon.`,
    `${context} The liner lost all power at 9.15pm on Saturday off the island's south coast.`,
  ), [], 'a warning for one coast, a blackout off the other');
  assert.deepEqual(await conflicts(
    `${context} The ship lost power in a storm off the north coast of Calvessa on Saturday night.`,
    `${context} The ship lost power in a storm off the south coast of Tarrow on Saturday night.`,
  ), [], 'coasts of two named places');
});

test('negation: "No deaths have been reported" is answered by a later report of a death (an update); told the other way round, a contradiction', async () => {
  const context = 'Dozens of guests fell ill with food poisoning after a wedding at the Orvesk Grand Hotel on Saturday, the Tellan health board said.';
  const none = `${context} No deaths have been reported.`;
  const died = `${context} The health board said on Tuesday that an elderly guest who was being treated in hospital has died.`;
  assert.deepEqual((await conflicts(none, died, ['2024-10-01', '2024-10-03'])).filter((l) => l.kind !== 'shared').map((l) => [l.kind, l.explanation]), [['update', 'negation: "No deaths have been reported" vs "died"']]);
  assert.deepEqual((await conflicts(none, died, ['2024-10-03', '2024-10-01'])).filter((l) => l.kind !== 'shared').map((l) => l.kind), ['contradiction']);
  assert.deepEqual((await conflicts(none, `${context} Officials feared that an elderly guest might have died.`)).filter((l) => l.kind !== 'shared'), [], 'a hedged death');
  assert.deepEqual((await conflicts(`${context} No deaths have been reported.`, `${context} No deaths were recorded at the hotel either.`)).filter((l) => l.kind !== 'shared'), [], 'both say none');
  const threats = await conflicts(
    `${context} Two cooks told the Gazette that the manager had threatened staff in a letter last month.`,
    `${context} The hotel said the kitchen had received no threats from the manager before Saturday.`,
  );
  assert.deepEqual(threats.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['negation: "threatened" vs "received no threats"']);
});

test('negation: "No arrests have been made" is answered by a later arrest; "no flood warning was issued" meets a warning issued; a thing named but not done answers nothing', async () => {
  const context = 'Thieves stole four paintings from the Orvesk town museum overnight, the Tellan police said. The museum will stay closed.';
  const arrests = await conflicts(`${context} No arrests have been made.`, `${context} Officers have detained a 41-year-old man in connection with the theft.`, ['2024-03-12', '2024-03-15']);
  assert.deepEqual(arrests.map((l) => [l.kind, l.explanation]), [['update', 'negation: "No arrests have been made" vs "detained"']]);
  const flood = 'The Tellan river burst its banks at Orvesk on Saturday, flooding the old town.';
  const warning = await conflicts(`${flood} The weather office had issued its highest flood warning for the Tellan valley on Thursday.`, `${flood} Records show that no flood warning was issued for the lower Tellan before the bank gave way.`);
  assert.deepEqual(warning.map((l) => l.explanation), ['negation: "warning" vs "no flood warning was issued"']);
  // Warned to boil water is no flood warning issued; a decision put off is no decision made.
  assert.deepEqual(await conflicts(`${flood} Records show that no flood warning was issued for the lower Tellan before the bank gave way.`, `${flood} Families in the old town have been warned to boil their tap water.`), []);
  assert.deepEqual(await conflicts(`${context} No decision has been made on when the museum will reopen.`, `${context} The town council delayed its decision on the museum by a week.`), []);
  // A ban is imposed by banning.
  const race = 'Ilse Brandvik, winner of the Orvesk marathon, was disqualified by the Tellan Athletics Federation on Wednesday.';
  const ban = await conflicts(`${race} The federation also banned her from racing for two years.`, `${race} Contrary to some reports, no ban has been imposed on the runner.`, ['2026-06-12', '2026-06-14']);
  assert.deepEqual(ban.filter((l) => l.kind !== 'shared').map((l) => [l.kind, l.explanation]), [['update', 'negation: "banned" vs "no ban has been imposed"']]);
});

test('negation: "There was no cyberattack" and "found no sign of a tear" meet the thing stated; not a want of comment, a narrower kind, hearsay, what a penalty is for, nor a recent lull', async () => {
  const outage = 'Check-in systems at Ostmere Air failed on Saturday, grounding its fleet for nine hours.';
  const cyber = await conflicts(`${outage} An insider said: "It was a cyber attack, plain and simple."`, `${outage} "There was no cyberattack and no passenger data was compromised," the chief executive said.`);
  assert.deepEqual(cyber.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['negation: "cyber attack" vs "There was no cyberattack"']);
  const injury = 'Varvara Tselikova retired from her quarter-final at the Castrell Open on Thursday.';
  const tear = await conflicts(`${injury} The tournament doctor said she had cramp and that there was no sign of a tear.`, `${injury} A scan on Saturday showed a grade two tear of her left hamstring.`, ['2026-05-22', '2026-05-25']);
  assert.deepEqual(tear.filter((l) => l.kind !== 'shared').map((l) => [l.kind, l.explanation]), [['update', 'negation: "no sign of a tear" vs "tear"']]);
  const none = async (a: string, b: string, why: string): Promise<void> => assert.deepEqual((await conflicts(`${outage} ${a}`, `${outage} ${b}`)).filter((l) => l.kind !== 'shared'), [], why);
  await none('There was no immediate comment from the airline.', 'The airline commented on the outage in a statement.', 'a want of comment');
  await none('Engineers found no evidence of engine failure.', 'Specialists said it was more consistent with a failure to correct for the wind.', 'a narrower kind of failure');
  await none('The cyber centre said there is no evidence of a cyberattack.', 'The rumours of a foreign cyberattack have been firmly rejected.', 'hearsay');
  await none('The airline said there was no sign of a breach at its data centre.', 'The contract allows a penalty for a serious security breach.', 'what a penalty is for');
  await none('There have been no tangible signs of progress recently.', 'The minister said: "We are making progress."', 'a recent lull');
});

test('negation: "he would not concede" / "who had declined to concede, said on Thursday he accepted the outcome" is an update: the later report tells the change', async () => {
  const context = 'Voters in Orvesk chose a new mayor in a runoff on Sunday. Ilse Brandvik beat Tomas Reinholt.';
  const links = await conflicts(
    `${context} Reinholt, a businessman, told reporters at his campaign office that he would not concede until every ballot had been counted.`,
    `${context} Reinholt, who had declined to concede on election night, said on Thursday he accepted the outcome.`,
    ['2024-10-14', '2024-10-17'],
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => [l.kind, l.explanation]), [['update', 'negation: "not concede" vs "accepted"']]);
  assert.deepEqual((await conflicts(
    `${context} Reinholt, a businessman, told reporters at his campaign office that he would not concede until every ballot had been counted.`,
    `${context} Reinholt did not say on Thursday that he accepted the outcome.`,
    ['2024-10-14', '2024-10-17'],
  )).filter((l) => l.kind !== 'shared'), [], 'an acceptance under the negation is none');
});

test('negation: a named person reported missing and later found is an update; still missing after being found, a contradiction', async () => {
  const context = 'A landslide buried three houses in the hill village of Tellan Cross on Friday night, the Orvesk fire service said.';
  const missing = `${context} Relatives are desperate for news of Ilse Marrow, 67, who has not been seen since the landslide.`;
  const found = `${context} Ilse Marrow, who had been missing since Friday, was found alive in a neighbour's cellar on Sunday.`;
  assert.deepEqual((await conflicts(missing, found, ['2024-04-06', '2024-04-08'])).map((l) => [l.kind, l.explanation]), [['update', 'negation: "not been seen" vs "was found alive"']]);
  const stillMissing = `${context} Ilse Marrow remains missing, the fire service said.`;
  assert.deepEqual((await conflicts(`${context} Rescuers found Ilse Marrow alive in a neighbour's cellar.`, stillMissing, ['2024-04-06', '2024-04-08'])).map((l) => [l.kind, l.explanation]), [['contradiction', 'negation: "found Ilse Marrow" vs "missing"']]);
  // Not the same state: another person found, a search that has found nothing, a deadline missed, the person's car found.
  assert.deepEqual(await conflicts(missing, `${context} Tomas Brenner, 67, who had not been seen since the landslide, was found alive on Sunday.`), []);
  // Both tell of the finding, one with the earlier state beside it.
  assert.deepEqual(await conflicts(found, `${context} Rescuers found Ilse Marrow alive in a neighbour's cellar on Sunday.`), []);
  assert.deepEqual(await conflicts(missing, `${context} Ilse Marrow has still not been found, the fire service said.`), []);
  assert.deepEqual(await conflicts(`${context} The fire service said Ilse Marrow was missing the deadline for her evacuation papers.`, found), []);
  assert.deepEqual(await conflicts(missing, `${context} Ilse Marrow's car was found in the mud on Sunday.`), []);
});

test('time: the verb says which happening a time is of: one subject’s two verbs may be one happening, an ending is not a start, an aside is not the subject', async () => {
  const context = 'An earthquake shook the coastal town of Tellan Cross and the villages around it, the Orvesk seismic office said.';
  const arrival = await conflicts(`${context} The tsunami roared in just after midday on Saturday.`, `${context} The tsunami struck the harbour shortly before 2 p.m.`);
  assert.deepEqual(arrival.map((l) => l.detail?.type), ['time'], 'roared in / struck: what one subject did');
  assert.deepEqual(
    await conflicts(`${context} The curfew order was lifted at 11 a.m. today.`, `${context} The curfew order was not issued until 9.05 p.m., hours after the quake.`),
    [],
    'lifting an order is not issuing it',
  );
  assert.deepEqual(
    await conflicts(
      `${context} Ivo Brandt, the fisherman reported missing after the quake, was found alive shortly after 6 a.m. in a boathouse.`,
      `${context} The quake rocked the harbour just before 10 p.m. on Monday.`,
    ),
    [],
    'the quake in an aside is not what was found',
  );
  // An ending told as a noun after another verb is still that ending: "juddered to a stop".
  const line = 'The Harnfeld gondola left dozens of passengers hanging overnight above the town.';
  const stop = await conflicts(
    `${line} Mira Holt was one of the passengers trapped when the Harnfeld Gondola stopped shortly after 6pm on Friday.`,
    `${line} The Harnfeld Gondola juddered to a stop at 5.40pm on Friday when the power failed.`,
  );
  assert.deepEqual(stop.map((l) => l.detail?.type), ['time'], 'stopped / juddered to a stop');
});

test('time: one happening at two times of day that cannot be one moment; rounding, series, statements and different acts are not', async () => {
  const context = 'An earthquake shook the coastal town of Tellan Cross and the villages around it, the Orvesk seismic office said.';
  const quake = await conflicts(`${context} The quake struck at 4.17am, waking residents.`, `${context} The quake struck at about 5.40am, residents said.`);
  assert.deepEqual(quake.map((l) => l.explanation), ['time: "at 4.17am" vs "about 5.40am"']);
  const order = await conflicts(
    `${context} The mayor ordered the evacuation of the harbour streets shortly before midnight on Friday.`,
    `${context} That evacuation order was not given until about three in the morning on Saturday, residents said.`,
  );
  assert.deepEqual(order.map((l) => l.detail?.type), ['time']);
  // Another outlet's rounding, or "about", is the same moment.
  assert.deepEqual(await conflicts(`${context} The quake struck at 4.17am, waking residents.`, `${context} The quake struck at about 4.30am, residents said.`), []);
  // One of a series: each ambulance arrives at its own time.
  assert.deepEqual(await conflicts(`${context} The first ambulance arrived at 4.40am from the coast road.`, `${context} The last ambulance arrived at 7.15am from the coast road.`), []);
  // The time of a statement is not the time of what it tells.
  assert.deepEqual(await conflicts(`${context} The quake struck the coast, the seismic office confirmed at 9am.`, `${context} The quake struck the coast at about 4.20am, the seismic office said.`), []);
  // Walking in and walking out are two acts.
  assert.deepEqual(await conflicts(`${context} The gunman walked into the town hall at about 9.40am.`, `${context} The gunman walked out of the town hall at about 3.25pm.`), []);
});

test('time: two times each told to the odd minute by one verb are no outlet\'s rounding; a source named first is not a member of a series', async () => {
  const context = 'A rescue helicopter came down on the Daskar ridge during a night rescue, the Ormel air rescue service said.';
  const odd = await conflicts(`${context} The helicopter crashed at 22:47, according to the service.`, `${context} According to the first data, the helicopter crashed at 22:51.`);
  assert.deepEqual(odd.map((l) => l.explanation), ['time: "at 22:47" vs "at 22:51"']);
  // A round time may be another outlet's rounding of an odd one.
  assert.deepEqual(await conflicts(`${context} The helicopter crashed at 22:47, according to the service.`, `${context} The helicopter crashed at 22:50, the service said.`), []);
  // A time to five minutes is rounded by a couple of minutes at most; one to the hour by more.
  const mayday = 'The ferry Corran Star caught fire on a night crossing, the coastguard said.';
  const received = await conflicts(`${mayday} The coastguard received a mayday call at 00:58.`, `${mayday} The coastguard said the mayday was received at 01:05.`);
  assert.deepEqual(received.map((l) => l.detail?.type), ['time']);
  assert.deepEqual(await conflicts(`${mayday} The coastguard received a mayday call at 01:00.`, `${mayday} The coastguard said the mayday was received at 01:08.`), []);
  // Past the source, "first" before a verb is how the deed went, not a member of a series.
  const reached = await conflicts(
    `${context} According to a timeline released by the service on Wednesday, rescuers first reached the wreck shortly after 1am.`,
    `${context} Rescuers reached the wreck at 23:40, the service said in a statement.`,
  );
  assert.deepEqual(reached.map((l) => l.detail?.type), ['time']);
  // "Taken off" and "lifted off" are one verb, departing.
  const takeOff = await conflicts(`${context} The helicopter had taken off from Daskar at 22:14, the service said.`, `${context} The helicopter lifted off from Daskar at 22:26, the service said.`);
  assert.deepEqual(takeOff.map((l) => l.explanation), ['time: "at 22:14" vs "at 22:26"']);
  // A verb after a modal is the happening: "will reopen at 6am" is not the bite that "the shark
  // bite" names before it.
  const beach = 'A swimmer was bitten by a shark off Sandmere Beach on Saturday, the council said.';
  assert.deepEqual(await conflicts(
    `${beach} The swimmer was bitten at 7.55am on Saturday about 40 metres from shore.`,
    `${beach} Seven beaches closed since Saturday's shark bite at Sandmere will reopen at 6am on Thursday, the council said.`,
  ), []);
  // Told by two verbs, two odd minutes keep the rounding slack: touching down may be reaching the town.
  const storm = 'A tornado tore through the town of Vellan Ford on Tuesday night, the weather office said.';
  assert.deepEqual(await conflicts(`${storm} The tornado touched down at 11:31 p.m. near the reservoir.`, `${storm} The tornado reached the town at 11:37 p.m., the weather office said.`), []);
  // A series member still keeps its own time: the first of several arrivals is not the last.
  assert.deepEqual(await conflicts(`${context} The first rescuers arrived at 23:21, the service said.`, `${context} The last rescuers arrived at 23:58, the service said.`), []);
});

test('time: a report that corrects a time ("at 10.15pm on Sunday, not at 11.40pm as it stated at first") updates the one that gave it, in either notation', async () => {
  const context = 'A final-year chemistry paper set by the Orvesk exams board was leaked online, the board said.';
  const corrected = `${context} The board now says it was first alerted to the leak at 10.15pm on Sunday, not at 11.40pm as it stated at first.`;
  const dates: [string, string] = ['2026-06-02', '2026-06-05'];
  const clock24 = await conflicts(`${context} The board says it was alerted at 23:40 on Sunday, by which time the photos had spread.`, corrected, dates);
  assert.deepEqual(clock24.map((l) => [l.kind, l.explanation]), [['update', 'time: "at 23:40" vs "at 10.15pm"']]);
  // The correcting report may come first in the library: the update still runs old -> new.
  const reversed = await conflicts(corrected, `${context} The board says it was alerted at 23:40 on Sunday, by which time the photos had spread.`, ['2026-06-05', '2026-06-02']);
  assert.deepEqual(reversed.map((l) => [l.kind, l.explanation]), [['update', 'time: "at 23:40" vs "at 10.15pm"']]);
  // A report giving the corrected time agrees; one giving a third time is not what was denied.
  assert.deepEqual(await conflicts(`${context} The board says it was alerted at 22:15 on Sunday, by which time the photos had spread.`, corrected, dates), []);
  // Another happening at the denied time is not corrected: the photos spread, the board was alerted.
  assert.deepEqual(await conflicts(`${context} Photos of the questions spread among pupils at 23:40 on Sunday.`, corrected, dates), []);
});

test('negation: a denial of what reports said ("contrary to reports that", "rejected suggestions that") answers a passage that says it', async () => {
  const context = 'The river Tellan burst its banks near the town of Orvesk on Friday, flooding the lower town.';
  const corrected = await conflicts(
    `${context} The council closed the Orvesk ferry at the last minute on Friday, leaving hundreds stranded.`,
    `${context} The ferry ran as planned and was then suspended on Saturday, contrary to reports that it had been closed at the last minute.`,
    ['2026-03-07', '2026-03-10'],
  );
  assert.deepEqual(corrected.map((l) => [l.kind, l.detail?.type]), [['update', 'negation']], 'a later correction of "reports" updates them');
  const rejected = await conflicts(
    `${context} Water was released from the Kalvar reservoir upstream on Thursday night, farmers said.`,
    `${context} The water board rejected suggestions that water had been released from the Kalvar reservoir.`,
  );
  assert.equal(rejected.length, 1, JSON.stringify(rejected));
  assert.match(rejected[0].explanation, /^negation: "Water was released from the Kalvar reservoir" vs "rejected suggestions that water had been released/);
  // Two of three words are not the claim: the club's "line" is no replacement "lined up".
  assert.deepEqual(await conflicts(
    `${context} The club's line has been that the board decided.`,
    `${context} The club's director denied reports that the club had lined up a replacement.`,
  ), []);
  // A passage that doubts or denies the claim itself does not state it.
  assert.deepEqual(await conflicts(
    `${context} Farmers said water may have been released from the Kalvar reservoir upstream.`,
    `${context} The water board rejected suggestions that water had been released from the Kalvar reservoir.`,
  ), []);
});

test('date: "until" sets an end only with its own date ("continued until the fair ended on Sunday" is no schedule)', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The Orvesk bakery was not closed and trading continued until the fair ended on Sunday.`,
    `${SHARED_CONTEXT} The council has extended the closure of the Orvesk bakery until 4 August.`,
    ['2024-07-15', '2024-07-19'],
  ), []);
});


/** A story whose reports speak of the ferry's crew and its tour: "crew" and "tour" are common words here. */
const CREW_AND_TOUR = [
  'The crew of the Tellan ferry spent the night in Orvesk after the storm.',
  'The tour of the northern islands would go ahead later in the week.',
  'Passengers praised the tour operator for its refunds.',
  'The company said the crew had done everything right.',
].join(' ');

test('negation: the same thing acted on counts however common it is in the story ("the crew had been warned" / "the crew of the ferry were not warned")', async () => {
  const links = await conflicts(
    `${CREW_AND_TOUR} The crew had been warned about the gale, Ilse Brandvik said.`,
    `${CREW_AND_TOUR} The crew of the Tellan were not warned about the weather, Tomas Reinholt said.`,
  );
  const negation = links.filter((l) => l.detail?.type === 'negation');
  assert.equal(negation.length, 1, JSON.stringify(links));
  assert.match(negation[0].explanation, /^negation: "warned" vs "not warned"$/);
});

test('negation: "has axed her world tour" is denied by "the tour has not been cancelled"', async () => {
  const links = await conflicts(
    `${CREW_AND_TOUR} Heartbroken Mara Quillen has axed her entire world tour, a source told the newspaper.`,
    `${CREW_AND_TOUR} The tour has not been cancelled, promoter Northlight said.`,
  );
  const negation = links.filter((l) => l.detail?.type === 'negation');
  assert.equal(negation.length, 1, JSON.stringify(links));
  assert.match(negation[0].explanation, /^negation: "axed" vs "not been cancelled"$/);
});

/** A wildfire story in which "fire" and "river" are in every report. */
const WILDFIRE = [
  'The Brenna fire has burned 4,000 acres near the town of Orvesk since Saturday.',
  'Crews fought the fire through the night along the Tellan River.',
  'The river runs along the eastern edge of the town.',
].join(' ');

test('negation: a denied act against the same act, another verb, on the same thing ("did not cause this fire" / "started this fire")', async () => {
  const links = await conflicts(
    `${WILDFIRE} "Our equipment did not cause this fire, and we are cooperating with investigators," said spokeswoman Dana Pellow.`,
    `${WILDFIRE} “Kestrel Power started this fire, everyone here knows it,” said Ruth Okafor, a residents' leader.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['negation: "not cause" vs "started"']);
  const crossed = await conflicts(
    `${WILDFIRE} The fire jumped the Tellan River late on Sunday, officials said.`,
    `${WILDFIRE} The fire has not crossed the river, a fire service spokesman said.`,
  );
  assert.deepEqual(crossed.map((l) => l.explanation), ['negation: "jumped" vs "not crossed"'], 'the river is the Tellan River');
  assert.deepEqual(await conflicts(
    `${WILDFIRE} "Our equipment did not cause this fire," said spokeswoman Dana Pellow.`,
    `${WILDFIRE} Kestrel Power started an investigation into the outage, a residents' leader said.`,
  ), [], 'another thing acted on');
});

test('negation: a verb that acts on nothing, done and not done by one person ("he would not concede" / "Reinholt conceded late on Sunday")', async () => {
  const context = 'Voters in Orvesk chose a new mayor in a runoff on Sunday. Ilse Brandvik beat Tomas Reinholt.';
  const links = await conflicts(
    `${context} Reinholt, a businessman who ran on a pledge to cut taxes, told reporters that he would not concede until every ballot had been counted.`,
    `${context} Reinholt conceded late on Sunday, telephoning the winner to congratulate her.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['negation: "not concede" vs "conceded"']);
  assert.deepEqual(await conflicts(
    `${context} Reinholt, a businessman who ran on a pledge to cut taxes, told reporters that he would not concede until every ballot had been counted.`,
    `${context} Councillor Maren Holt conceded late on Sunday in the district race, telephoning the winner.`,
  ), [], 'another person conceded');
  assert.deepEqual(await conflicts(
    `${context} Reinholt told reporters that Brandvik's aide Piet Lund had said he would not concede until every ballot had been counted.`,
    `${context} Reinholt conceded late on Sunday, telephoning the winner to congratulate her.`,
  ), [], '"he" after two people named is not known');
});

test('negation: a denial about some of a kind is no denial about others ("Long-haul flights were not cancelled" / "1,046 flights were cancelled")', async () => {
  const context = 'Cabin crew at Orvesk Air began a five-day strike on Monday. The union wants a pay rise of 9%.';
  const some = `${context} Long-haul flights were not cancelled, the airline said.`;
  assert.deepEqual(await conflicts(`${context} In total, 1,046 flights were cancelled over the five days.`, some), []);
  const all = await conflicts(`${context} In total, 1,046 long-haul flights were cancelled over the five days.`, some);
  assert.deepEqual(all.map((l) => l.explanation), ['negation: "cancelled" vs "not cancelled"'], 'the same kind, denied and affirmed');
});

test('negation: a regret ("should never have left"), an aim ("threatening to publish") and a noun ("the cause") deny nothing', async () => {
  const cases: Array<[string, string]> = [
    ['Councillor Ilse Brandvik said the ferry should never have left Orvesk that evening.', 'The ferry had left Orvesk at 6.30 p.m. on its regular crossing.'],
    ['The group calling itself Grey Lantern is threatening to publish the stolen data online.', 'Grey Lantern has not published any of the stolen data so far.'],
    ['"Our equipment did not cause this fire," said company spokeswoman Dana Pritchard.', 'Officials say the cause of the fire is still under investigation.'],
  ];
  for (const [a, b] of cases) {
    const links = await conflicts(`${SHARED_CONTEXT} ${a}`, `${SHARED_CONTEXT} ${b}`);
    assert.deepEqual(links.map((l) => l.explanation), [], `${a} / ${b}`);
  }
});

test('quantity: two turnouts of one event in different words ("a crowd of 61,412 watched" / "around 58,900 fans were inside") disagree', async () => {
  const links = await conflicts(`${SHARED_CONTEXT} A crowd of 61,412 watched the match.`, `${SHARED_CONTEXT} Around 58,900 fans were inside the ground.`);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'quantity');
  assert.match(links[0].explanation, /61,412.* vs "Around 58,900 fans"$/);
});

test('quantity: close large counts of different happenings, or small groups of fans, are not one turnout', async () => {
  const cases: Array<[string, string]> = [
    ['About 60,000 people were evacuated from the valley.', 'Some 55,000 people lost power overnight.'],
    ['Two fans were arrested outside the ground.', 'Five fans were treated for minor injuries.'],
  ];
  for (const [a, b] of cases) {
    const links = await conflicts(`${SHARED_CONTEXT} ${a}`, `${SHARED_CONTEXT} ${b}`);
    assert.deepEqual(links.map((l) => l.explanation), [], `${a} / ${b}`);
  }
});

test('negation: an inquiry that found none of what another found ("found no link" / "has confirmed a link")', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Whole-genome sequencing has confirmed a link to the Orvesk plant, the agency said.`,
    `${SHARED_CONTEXT} Our own tests have so far found no link to the Orvesk plant, the company said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
  assert.match(links[0].explanation, /^negation: "confirmed a link" vs "found no link"$/);
});

test('negation: a finding hedged, itself denied or agreed on is no denial of it', async () => {
  const cases: Array<[string, string]> = [
    ['Sequencing may have found a link to the Orvesk plant, the agency said.', 'Our tests found no link to the Orvesk plant, the company said.'],
    ['Sequencing did not confirm a link to the Orvesk plant, the agency said.', 'Our tests found no link to the Orvesk plant, the company said.'],
    ['Sequencing found no link to the Orvesk plant, the agency said.', 'Our tests found no link to the Orvesk plant, the company said.'],
  ];
  for (const [a, b] of cases) {
    const links = await conflicts(`${SHARED_CONTEXT} ${a}`, `${SHARED_CONTEXT} ${b}`);
    assert.deepEqual(links.map((l) => l.explanation), [], `${a} / ${b}`);
  }
});

test('date: a report naming the date it replaces ("in February rather than November") updates the report that gave it', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Six concerts in Orvesk have been postponed and will be rescheduled for November.`,
    `${SHARED_CONTEXT} The six postponed concerts will now take place in February rather than November, the promoter said.`,
    ['2024-07-15', '2024-07-19'],
  );
  const dates = links.filter((l) => l.detail?.type === 'date');
  assert.equal(dates.length, 1, JSON.stringify(links));
  assert.equal(dates[0].kind, 'update');
  assert.equal(dates[0].explanation, 'date: "for November" vs "in February"');
});

test('date: "rather than" another date the first report never gave moves nothing it said', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Six concerts in Orvesk have been postponed and will be rescheduled for November.`,
    `${SHARED_CONTEXT} The promoter chose to announce the new concert dates on Friday rather than Monday.`,
    ['2024-07-15', '2024-07-19'],
  );
  assert.deepEqual(links.filter((l) => l.detail?.type === 'date').map((l) => l.explanation), []);
});

test('age: one person given two ages is a contradiction; a birthday between reports, or another person, is not', async () => {
  const first = `${SHARED_CONTEXT} The woman who drowned has been named as Mirela Dostan, 52, a teacher from Orvesk.`;
  const links = await conflicts(first, `${SHARED_CONTEXT} Her husband said Mirela Dostan, 53, had lived by the river all her life.`, ['2025-02-10', '2025-02-11']);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'contradiction', 'an age is not revised by events');
  assert.equal(links[0].detail?.type, 'quantity');
  assert.match(links[0].explanation, /"Mirela Dostan, 52" vs "Mirela Dostan, 53"/);
  assert.deepEqual(
    await conflicts(first, `${SHARED_CONTEXT} Her husband, Pavel Dostan, 53, said she had lived by the river all her life.`, ['2025-02-10', '2025-02-11']),
    [],
    'her husband’s age',
  );
  assert.deepEqual(await conflicts(first, `${SHARED_CONTEXT} A year on, Mirela Dostan, 53, is remembered by the river.`, ['2025-02-10', '2025-04-20']), [], 'a birthday may fall between');
});

test('quantity: a length between two points and the size of a zone are two measures; two lengths from one place compare', async () => {
  const plant = 'A blast tore through the Orvesk chemical plant on Monday night. Residents were evacuated.';
  assert.deepEqual(await conflicts(
    `${plant} The plant lies roughly 1.5 kilometres from the nearest homes in Orvesk.`,
    `${plant} Everyone in Orvesk living inside the three-kilometre zone around the plant was evacuated.`,
  ), []);
  const both = await conflicts(
    `${plant} The plant lies roughly 1.5 kilometres from the nearest homes in Orvesk.`,
    `${plant} The plant lies about four kilometres from the nearest homes in Orvesk.`,
  );
  assert.ok(both.some((l) => l.explanation.startsWith('quantity')), JSON.stringify(both.map((l) => l.explanation)));
});

test('quantity: a part of a group ("including four children", "among them a firefighter") is not the group\'s count', async () => {
  const flood = `${SHARED_CONTEXT} The flood in Orvesk`;
  assert.deepEqual(await conflicts(
    `${flood} killed many people, including four children, the regional fire service said.`,
    `${flood} killed seven people, the regional fire service said.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${flood} has now killed three people, up from two, the regional fire service said.`,
    `${flood} killed people in their homes. Among them is a firefighter who was taken to hospital in Orvesk.`,
  ), []);
  // Two parts still compare.
  const parts = await conflicts(
    `${flood} killed 12 people, including four children, the regional fire service said.`,
    `${flood} killed 12 people, including two children, the regional fire service said.`,
  );
  assert.ok(parts.some((l) => l.explanation.startsWith('quantity')), JSON.stringify(parts.map((l) => l.explanation)));
});

test('quantity: "racked up" a sum is a total, not a rise; a price per share and a company\'s value are two measures', async () => {
  const context = 'Minister Anna Brenko resigned on Monday over a software contract awarded to Norvik Digital.';
  const expenses = await conflicts(
    `${context} Records show that Brenko claimed €41,200 in travel and accommodation expenses over the past 18 months.`,
    `${context} Brenko racked up more than €90,000 in expenses on the public purse, the paper said.`,
  );
  assert.ok(expenses.some((l) => /€41,200.*more than €90,000/.test(l.explanation)), JSON.stringify(expenses.map((l) => l.explanation)));
  const bid = 'Marrel agreed to a takeover by its rival Tessvik on Friday.';
  assert.deepEqual(await conflicts(
    `${bid} The board, which snubbed Tessvik's first lowball offer of 38 crowns a share on Monday, caved in just days later when the Dorvik firm coughed up 42.50 crowns.`,
    `${bid} The board continues to recommend the 42.50 crowns per share offer, which values the company at 4.1 billion crowns.`,
    ['2025-09-01', '2025-09-05'],
  ), []);
});

test('who: the same words quoted verbatim from two different people is a misattribution; one quoting the other is not', async () => {
  const context = 'Minister Anna Brenko resigned on Monday. The opposition leader Jana Dukovic and the coalition leader Tomas Ruzek both spoke afterwards.';
  const links = await conflicts(
    `${context} "A minister has gone, but the system that allowed this is still in office," Dukovic said.`,
    `${context} "A minister has gone, but the system that allowed this is still in office," blasted Ruzek this week.`,
  );
  const who = links.find((l) => l.detail?.type === 'who');
  assert.ok(who, JSON.stringify(links.map((l) => l.explanation)));
  assert.equal(who.explanation, 'who: "Dukovic" vs "Ruzek"');
  assert.equal(who.kind, 'contradiction');
  assert.deepEqual(await conflicts(
    `${context} "A minister has gone, but the system that allowed this is still in office," Dukovic said.`,
    `${context} "A minister has gone, but the system that allowed this is still in office," Ruzek said, echoing Dukovic.`,
  ), []);
});

test('quantity: the rest of a tour is not the tour; a tour\'s gross and an insurance claim in marks are two sums', async () => {
  const context = 'The singer Velour collapsed on stage at the Halvard Dome on Saturday, and her Silk Static tour was halted.';
  assert.deepEqual(await conflicts(
    `${context} Rather than the six postponements first announced, all 14 remaining dates on the European leg are now cancelled.`,
    `${context} Brightwater Live Entertainment, the company that promoted and underwrote the 40-date tour, has lodged a claim with its insurer.`,
    ['2025-06-16', '2025-06-24'],
  ), []);
  // Two parts of it still compare: six dates postponed, then all fourteen left called off.
  const parts = await conflicts(
    `${context} The promoter said the next six dates of the Silk Static tour had been postponed.`,
    `${context} All 14 remaining dates on the European leg are now cancelled, the promoter said.`,
    ['2025-06-14', '2025-06-16'],
  );
  assert.ok(parts.some((l) => /six dates.*14 remaining/.test(l.explanation)), JSON.stringify(parts.map((l) => l.explanation)));
  assert.deepEqual(await conflicts(
    `${context} The tour had been expected to gross more than 110 million marks, the promoter said.`,
    `${context} The promoter has lodged a claim of 38 million marks with its insurer under a non-appearance policy.`,
    ['2025-06-16', '2025-06-24'],
  ), []);
});

test('negation: a plural noun opening a sentence affirms no act ("Relations between ..." / "is not related to")', async () => {
  const context = 'The singer Velour collapsed on stage at the Halvard Dome on Saturday. Her manager Davor Kessel spoke for the family.';
  assert.deepEqual(await conflicts(
    `${context} Relations between the promoter and her manager have been less harmonious than statements suggested.`,
    `${context} The hospital spokeswoman Ilse Kessel is not related to the singer's manager.`,
  ), []);
});

test('quantity: lengths of different things, a sentence and the time served of it, and "said one officer" do not compare', async () => {
  const context = 'Two inmates, Anton Krizhev and Lukas Ferrand, escaped from Brennmoor High Security Prison near Marrowick on Tuesday through a tunnel under C Wing.';
  assert.deepEqual(await conflicts(
    `${context} The prison is enclosed by a 7-metre wall. Krizhev is about 1.9 metres tall.`,
    `${context} Engineers have revised the tunnel's length to 18 metres, and found it stopped short of the perimeter wall.`,
    ['2025-03-11', '2025-03-19'],
  ), []);
  // One thing measured twice still compares.
  const tunnel = await conflicts(
    `${context} A police officer said the passage appeared to be roughly 40 metres long.`,
    `${context} Engineers who surveyed the passage have revised its length to 18 metres.`,
    ['2025-03-11', '2025-03-19'],
  );
  assert.ok(tunnel.some((l) => /40 metres.*18 metres/.test(l.explanation)), JSON.stringify(tunnel.map((l) => l.explanation)));
  assert.deepEqual(await conflicts(
    `${context} Ferrand is serving a 14-year sentence for trafficking cocaine.`,
    `${context} Ferrand had served nine years of his sentence for trafficking cocaine.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} Two officers for an entire wing at night is not a security system, the union said.`,
    `${context} "Some nights there's just us for a whole wing," said one officer. The union agreed.`,
  ), []);
  // Past an aside on who the source is: "One former inmate, who did not want to be named, told ...".
  assert.deepEqual((await conflicts(
    `${context} One former inmate, who did not want to be named, told the paper the guards were asleep.`,
    `${context} Guards were disciplined over the escape of two inmates from C Wing.`,
  )).filter((l) => l.kind !== 'shared'), []);
});

test('deadline: "originally due by September 30, will now be paid by October 15" moves the limit another report gives', async () => {
  const context = 'Storm Idra flooded the Tellan valley on Sunday. The ministry opened shelters in Orvesk schools.';
  const first = `${context} The minister announced emergency payments of 900 crowns per household for families forced from their homes, to be paid by September 30.`;
  const links = await conflicts(
    first,
    `${context} Emergency payments of 900 crowns per household, originally due by September 30, will now be paid by October 15, the ministry said.`,
    ['2025-09-14', '2025-09-16'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'deadline: "by September 30" vs "by October 15"');
  // Two limits in one sentence without a word setting one against the other are two matters.
  assert.deepEqual(await conflicts(
    first,
    `${context} Emergency payments of 900 crowns per household are due by September 30, and repair grants will be paid by October 15, the ministry said.`,
    ['2025-09-14', '2025-09-16'],
  ), []);
});

test('negation: "The dam has not failed" denies "the Brannock Dam failed": one thing by its head noun', async () => {
  const context = 'Storm Idra flooded the Tellan valley on Sunday. Engineers inspected the Brannock Dam above Orvesk.';
  const links = await conflicts(
    `${context} "The dam has not failed," the water authority engineer said on Monday.`,
    `${context} Horrified residents of Orvesk watched as the Brannock Dam failed, unleashing a wall of water.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
  // A different thing that failed is no denial.
  assert.deepEqual(await conflicts(
    `${context} "The dam has not failed," the water authority engineer said on Monday.`,
    `${context} Horrified residents of Orvesk watched as the old bridge failed, unleashing a wall of water.`,
  ), []);
});

test('time: "collapsed at around 3am on Monday" and "collapsed on Sunday evening" are hours apart; a day part holds many findings', async () => {
  const context = 'Storm Idra flooded the Tellan valley on Sunday. Engineers inspected the Halvard Bridge above Orvesk.';
  const links = await conflicts(
    `${context} The Halvard Bridge, the main road link between Orvesk and the valley towns, collapsed at around 3am on Monday after floodwater scoured its pier.`,
    `${context} The Halvard Bridge collapsed on Sunday evening, hours before the storm even reached land.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'time: "around 3am" vs "Sunday evening"');
  // Two people found on two days: nothing names the same one.
  assert.deepEqual(await conflicts(
    `${context} Two more bodies were found on Sunday evening in a flooded farmhouse near Orvesk.`,
    `${context} Vera Ostrowin, 82, who had been missing since Saturday, was found at about 3pm on Tuesday.`,
  ), []);
});

test('quantity: "a Category 4 cyclone" is revised to "a Category 3 storm rather than the Category 4 announced"', async () => {
  const context = 'Cyclone Idra struck the Tellan coast on Sunday night. The weather bureau tracked Idra for a week.';
  const first = `${context} The weather bureau classified Idra as a Category 4 cyclone at landfall.`;
  const links = await conflicts(first, `${context} The bureau now rates Idra a Category 3 storm at landfall rather than the Category 4 announced on Sunday.`, ['2025-09-14', '2025-09-16']);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'quantity: "Category 4" vs "Category 3"');
  // The same rating said again agrees.
  assert.deepEqual(await conflicts(first, `${context} Idra was a Category 4 storm when it reached land, the bureau said.`, ['2025-09-14', '2025-09-16']), []);
});

test('quantity: a figure someone "now" gives revises an earlier floor ("more than 40 kilometres" / "has now reached about 95"), not a rounded figure it falls in', async () => {
  const context = 'The tanker Idra ran aground off Orvesk on Monday. Oil has since spread along the Tellan coast.';
  const dates: [string, string] = ['2025-03-11', '2025-03-13'];
  const links = await conflicts(
    `${context} By Tuesday evening oil had been found on more than 40 kilometres of coastline, officials said.`,
    `${context} Oil has now reached about 95 kilometres of coastline, officials said.`,
    dates,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'quantity: "more than 40 kilometres" vs "about 95 kilometres"');
  // "about three metres" allows 3.1: a finer figure, not a new one.
  assert.deepEqual(await conflicts(
    `${context} The harbourmaster said the surge at Orvesk was about three metres.`,
    `${context} The surge at Orvesk is now put at 3.1 metres, the harbourmaster said.`,
    dates,
  ), []);
});

test('quantity: the time since a happening is read from each report\'s date ("Five days after" on the 15th, "One week after" on the 17th), and is no stretch of something', async () => {
  const context = 'The tanker Idra ran aground off Orvesk on 10 March. Oil has since spread along the Tellan coast.';
  assert.deepEqual(await conflicts(
    `${context} Five days after the tanker Idra grounded off Orvesk, salvors began pumping oil.`,
    `${context} One week after the tanker Idra grounded off Orvesk, salvors began pumping oil.`,
    ['2025-03-15', '2025-03-17'],
  ), []);
  // The same words on one day do disagree.
  const same = await conflicts(
    `${context} Five days after the tanker Idra grounded off Orvesk, salvors began pumping oil.`,
    `${context} Nine days after the tanker Idra grounded off Orvesk, salvors began pumping oil.`,
    ['2025-03-15', '2025-03-15'],
  );
  assert.equal(same.length, 1, JSON.stringify(same));
  // The first booms "some 30 hours after" the grounding are not "the first 48 hours".
  assert.deepEqual(await conflicts(
    `${context} The fishermen said the first booms were not laid until some 30 hours after the tanker Idra grounded.`,
    `${context} The fishermen remain scathing about the first 48 hours of the response to the tanker Idra grounding.`,
  ), []);
});

test('negation: "has not been detained" denies it so far, so a later "was detained" is an update; a hedge well after the verb qualifies something else', async () => {
  const context = 'The tanker Idra ran aground off Orvesk on Monday. Oil has since spread along the Tellan coast.';
  const denied = `${context} The ship's master, Anton Velikov, has not been detained, a police spokesman said.`;
  const detained = `${context} The ship's master, Anton Velikov, was detained on Tuesday evening by police investigating possible negligent navigation.`;
  const later = await conflicts(denied, detained, ['2025-03-10', '2025-03-12']);
  assert.equal(later.length, 1, JSON.stringify(later));
  assert.equal(later[0].kind, 'update');
  assert.equal(later[0].explanation, 'negation: "not been detained" vs "detained"');
  // Denied after the detention was reported: the reports disagree.
  const after = await conflicts(denied, detained, ['2025-03-13', '2025-03-12']);
  assert.equal(after.length, 1, JSON.stringify(after));
  assert.equal(after[0].kind, 'contradiction');
});

test('quantity: riders are people, so two counts of riders taken to hospital disagree; "a rider" who touched a wheel is no count of those who fell', async () => {
  const context = 'About 30 riders fell on the descent of the Vessen Pass during the fourth stage on Tuesday, near the front of the bunch.';
  const hospital = await conflicts(
    `${context} A dozen riders were rushed to hospital, some of them screaming in agony, as ambulances battled their way up the mountain.`,
    `${context} Six riders were taken to hospital, Keldra among them with a fractured pelvis.`,
    ['2025-05-13', '2025-05-14'],
  );
  assert.ok(hospital.some((l) => l.explanation === 'quantity: "A dozen riders" vs "Six riders"'), JSON.stringify(hospital));
  assert.deepEqual(await conflicts(
    `${context} Television pictures suggested the crash began when a rider touched a wheel near the front of the bunch on a bend.`,
    `${context} Data from the head units of three riders who fell, shared by their teams, show the front of the bunch was fast before the bend.`,
    ['2025-05-13', '2025-05-14'],
  ), []);
});

test('quantity: a long name between a count of people and its verb does not hide what befell them', async () => {
  const links = await conflicts(
    'Rebels in the Vardan mountains of Marren held the group for weeks. KESTRIN, Marren (CPA) — Seven aid workers from the humanitarian organisation Hearthline Relief International (HRI) were freed late on Sunday after 47 days in the hands of an armed group, the interior ministry said in a statement.',
    'Rebels in the Vardan mountains of Marren held the group for weeks. It is now clear that eight aid workers were held and freed.',
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.match(links[0].explanation, /^quantity: "Seven aid workers" vs "eight aid workers"$/);
});

test('quantity: a later report\'s sum "higher than the €1.2 million initially reported" revises that sum, whatever each says it pays for', async () => {
  const context = 'Corran Rovers sacked head coach Henrik Malmberg on Monday after a losing run.';
  const links = await conflicts(
    `${context} Malmberg will receive a settlement of around €1.2 million, a person familiar with the terms said.`,
    `${context} Documents show the club has agreed to pay Malmberg €1.6 million to end his contract, higher than the €1.2 million initially reported.`,
    ['2025-10-20', '2025-10-24'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'quantity: "around €1.2 million" vs "€1.6 million"');
});

test('quantity: one match given two results is a contradiction, whatever the dates; a score read from the other side is the same result', async () => {
  const context = 'Corvel Athletic sacked their coach Aldo Brenn on Monday after a run of defeats. The club statement thanked Brenn for his work.';
  const links = await conflicts(
    `${context} On Saturday Athletic were beaten 3-0 at home by Varrow United, their sixth defeat in nine games.`,
    `${context} The final straw came on Saturday, when Athletic were humiliated 3-1 by Varrow United in front of their own fans.`,
    ['2025-10-20', '2025-10-21'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['contradiction', 'quantity: "3-0" vs "3-1"']]);
  assert.deepEqual(await conflicts(
    `${context} On Saturday Varrow United won 3-1 at Athletic's ground, their sixth win in nine games.`,
    `${context} The final straw came on Saturday, when Athletic lost 1-3 to Varrow United in front of their own fans.`,
  ), [], 'the winner\'s 3-1 is the loser\'s 1-3');
  assert.deepEqual(await conflicts(
    `${context} On Saturday Athletic were beaten 3-0 at home by Varrow United, their sixth defeat in nine games.`,
    `${context} A week earlier Athletic had drawn 1-1 with Tessel Town, their only point in a month.`,
  ), [], 'two matches, each against its own opponent');
  assert.deepEqual(await conflicts(
    `${context} Varrow United were leading 1-0 at Athletic's ground when the floodlights failed on Saturday.`,
    `${context} On Saturday Varrow United won 3-1 at Athletic's ground, their sixth win in nine games.`,
  ), [], 'a score while play goes on is not the result');
});

test('quantity: a unanimous vote and a split one contradict; a vote with none against is unanimous', async () => {
  const context = 'Corvel Athletic sacked their coach Aldo Brenn on Monday after a run of defeats. The club statement thanked Brenn for his work.';
  const split = `${context} The board voted 4-1 to dismiss Brenn, with one director voting against, a board member said.`;
  assert.deepEqual((await conflicts(`${context} Chairman Olle Varga said the board's vote to dismiss Brenn had been unanimous.`, split)).map((l) => l.explanation), [
    'quantity: "unanimous" vs "4-1"',
  ]);
  assert.deepEqual(await conflicts(`${context} Chairman Olle Varga said the board's vote to dismiss Brenn had been unanimous.`, `${context} The board voted 5-0 to dismiss Brenn, a board member said.`), []);
});

test('who: "The evacuation was ordered at 23:30 on Monday by X" and "Y ordered the evacuation" name two people who set it going', async () => {
  const context = 'The Skarvik volcano erupted late on Monday, and ash closed the island\'s airports. Rescue teams reached the villages overnight.';
  const links = await conflicts(
    `${context} The evacuation was ordered at 23:30 on Monday by the district commissioner, Ola Brekk, some forty minutes after the eruption began.`,
    `${context} Around 5,000 villagers fled in the night as Prime Minister Marta Vang ordered the evacuation of every home near the mountain.`,
  );
  assert.deepEqual(links.map((l) => l.detail?.type), ['who'], JSON.stringify(links));
  assert.deepEqual(await conflicts(
    `${context} The evacuation was ordered at 23:30 on Monday by the district commissioner, Ola Brekk, some forty minutes after the eruption began.`,
    `${context} Prime Minister Marta Vang ordered residents to leave their homes near the mountain.`,
  ), [], 'whom she ordered out is not what was ordered');
});

test('who: one order told as a decision taken, an order signed, a name ordered out or a proposal put forward, even where the sentences share little else', async () => {
  const context = 'The Harrowdene cable car stopped on Friday evening with 64 passengers in its cabins. Rescuers worked through the night.';
  // Sentences that share only "evacuation ordered" meet through who set it going.
  const evacuation = await conflicts(
    `${context} The evacuation was ordered by Florin Dachs, the head of the valley rescue service, who said he made the call at the valley station.`,
    `${context} According to the control-room log, the evacuation was ordered at 7.10pm by Selvra Lifts' technical director, Otmar Helz, 90 minutes after the stoppage.`,
  );
  assert.deepEqual(evacuation.map((l) => l.detail?.type), ['who'], JSON.stringify(evacuation));
  assert.equal(evacuation[0].explanation, 'who: "ordered by Florin Dachs" vs "by Selvra Lifts\' technical director, Otmar Helz"');
  // A decision taken, against an order given with its deed after the object.
  const grounding = await conflicts(
    `${context} Chief operating officer Zora Prell ordered all flights grounded at 05:30, before the first departures.`,
    `${context} It was chief executive Torben Salvberg who took the decision to ground the fleet early on Saturday.`,
  );
  assert.deepEqual(grounding.map((l) => l.detail?.type), ['who'], JSON.stringify(grounding));
  // A name before its appositive ("X, the agency's director, ordered"), and an order signed.
  const signed = await conflicts(
    `${context} Vadim Shevrin, the agency's director, ordered the evacuation of both towns on Saturday evening.`,
    `${context} Regional president Anton Greil, who signed the evacuation order on Saturday evening, praised the crews.`,
  );
  assert.deepEqual(signed.map((l) => l.detail?.type), ['who'], JSON.stringify(signed));
  // A proposal put forward by one minister and proposed by another, past their countries' names.
  const talks = 'Delegations from Arvenia and Dostrel met in Lindhaven for three days of talks on a ceasefire.';
  const proposal = await conflicts(
    `${talks} The prisoner exchange was first proposed by Arvenian Foreign Minister Aleks Voronin on the opening day.`,
    `${talks} The prisoner exchange, first put forward by Dostreli Foreign Minister Irakli Japar at the opening session, was agreed on Friday.`,
  );
  assert.deepEqual(proposal.map((l) => l.detail?.type), ['who'], JSON.stringify(proposal));
  assert.match(proposal[0].explanation, /Aleks Voronin/);
  assert.match(proposal[0].explanation, /put forward by Dostreli Foreign Minister Irakli Japar/);
  // Orders of two different things are two orders.
  assert.deepEqual(await conflicts(
    `${context} Vadim Shevrin, the agency's director, ordered the evacuation of both towns on Saturday evening.`,
    `${context} Regional president Anton Greil, who signed the closure order for the line on Saturday evening, praised the crews.`,
  ), []);
});

test('who: who will run a company is not who runs it now ("X will run the combined company" / "Y, 58, has led the company since 2019")', async () => {
  const context = 'Halvor Pumps agreed on Tuesday to be taken over by its rival Tessar Industries for 42 crowns a share.';
  assert.deepEqual(await conflicts(
    `${context} Aleks Moroz, Tessar's chief executive, will run the combined company.`,
    `${context} Chief executive Lars Edvik, 58, has led the company since 2019.`,
  ), []);
  // Both of the future: a conflict.
  const links = await conflicts(
    `${context} Aleks Moroz, Tessar's chief executive, will run the combined company.`,
    `${context} Karin Edvik, who grew up in Lindmark, will lead the combined company.`,
  );
  assert.deepEqual(links.map((l) => l.detail?.type), ['who'], JSON.stringify(links));
});

test('who: a question of who did something names no one, and the analysis ends ("The question is who ordered the gate closure")', async () => {
  // A relative word after another gap word ("is who") once stalled the search for an agent.
  const links = await conflicts(
    'The Greyling festival gate was shut at 4.50pm on Friday. The question being asked across Orrington this weekend is who ordered the gate closure at the festival.',
    'The Greyling festival gate was shut at 4.50pm on Friday. The question being asked in Orrington is who ordered the gate closure at the festival on Friday.',
  );
  assert.deepEqual(links, []);
});

test('place: one thing\'s opposite sides ("the volcano\'s south-western flank" / "its northern slope")', async () => {
  const context = 'The Skarvik volcano erupted late on Monday, about 140 kilometres east of the capital Holmby. Ash closed the island\'s airports.';
  const links = await conflicts(
    `${context} Lava poured from a fissure on Skarvik's south-western flank within an hour of the first tremor.`,
    `${context} Glowing lava poured from a huge crack on Skarvik's northern slope within an hour.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['place: "south-western flank" vs "northern slope"']);
  assert.deepEqual(await conflicts(
    `${context} Lava poured from a fissure on Skarvik's south-western flank within an hour of the first tremor.`,
    `${context} Glowing lava may have poured from a huge crack on Skarvik's northern slope within an hour.`,
  ), [], 'a hedged side');
});

test('time: a detention\'s time across a long place ("taken into custody at his home in the Lindell district ... shortly after 6 a.m.")', async () => {
  const context = 'Anti-corruption officers arrested the mayor of Ostrin, Tomas Velek, on Tuesday over a harbour contract. Prosecutors say he took a bribe.';
  const links = await conflicts(
    `${context} Velek was taken into custody at his home in the Lindell district of the town shortly after 6 a.m., investigators said.`,
    `${context} Staff at the town hall saw Velek detained in his office at around 9:30 a.m. on Tuesday.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['time: "shortly after 6 a.m." vs "around 9:30 a.m."'], JSON.stringify(links));
  // Words before another time are that time's happening: a warning issued on Friday afternoon
  // and raised at 11.20 a.m. on Saturday are two happenings.
  const storm = 'A storm trapped eleven climbers in the Kaldrun range at the weekend. Rescuers reached them on Sunday.';
  assert.deepEqual(await conflicts(
    `${storm} The weather office had issued a yellow warning for strong winds in the region on Friday afternoon.`,
    `${storm} The weather office issued a yellow warning for strong winds in the range on Friday afternoon and raised it to orange at 11.20 a.m. on Saturday.`,
  ), []);
});

test('quantity: two ratings on one scale of one danger ("at level 3" / "danger level four"), and an ash plume\'s height in other words', async () => {
  const context = 'An avalanche buried a group of skiers below the Harrow Pass on Saturday. Rescuers searched the slope until dark.';
  const links = await conflicts(
    `${context} The institute had rated the avalanche danger in the region at level 3 on Saturday morning.`,
    `${context} Experts had issued an avalanche warning of danger level four, but the group set off anyway.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "level 3" vs "level four"'], JSON.stringify(links));
  const volcano = 'Mount Skarv erupted on Tuesday, and flights across the island were grounded. Villages near the volcano were evacuated.';
  const plume = await conflicts(
    `${volcano} Scientists said the ash column had reached around nine kilometres on Tuesday.`,
    `${volcano} The volcano hurled a towering plume of ash a staggering 20 kilometres into the air.`,
  );
  assert.deepEqual(plume.map((l) => l.detail?.type), ['quantity'], JSON.stringify(plume));
});

test('quantity: bail set at one sum and granted at another ("setting bail at a paltry 250,000 crowns" / "on bail of 500,000 crowns")', async () => {
  const context = 'The mayor of Ostrin, Tomas Velek, appeared before Ostrin District Court on Wednesday on a bribery charge. He denies it.';
  const links = await conflicts(
    `${context} Judge Irena Korv released him on bail of 500,000 crowns.`,
    `${context} A judge let him walk free after setting bail at a paltry 250,000 crowns.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "500,000 crowns" vs "250,000 crowns"'], JSON.stringify(links));
});

test('negation: "said the show would be rescheduled" / "The show will not be rescheduled": the show is the concert, not a light verb', async () => {
  const context = 'Pop singer Lira Vane cancelled her stadium concert in Karsholm on Saturday hours before it was due to start. Fans were sent home.';
  const links = await conflicts(
    `${context} The promoter's chief executive, Teo Malsk, said the show would be rescheduled.`,
    `${context} The show will not be rescheduled, insiders say, because her diary is full.`,
  );
  assert.deepEqual(links.map((l) => l.detail?.type), ['negation'], JSON.stringify(links));
});

test('quantity: anonymous sources ("a person familiar with the matter", "according to three officials") are no count of the story', async () => {
  const context = 'Finance Minister Petra Holm resigned on Monday over a contract awarded to Norvik Digital. Her deputy, Anton Lisk, is expected to take over.';
  assert.deepEqual(await conflicts(
    `${context} Lisk will be sworn in on Friday, two officials in the governing Civic Alliance told reporters.`,
    `${context} Lisk will be sworn in on Friday, according to three Civic Alliance officials.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} A person familiar with the matter said Holm had left the country at the weekend.`,
    `${context} Holm had left the country at the weekend, according to two people with knowledge of her travel.`,
  ), []);
  // Officials to whom something happened are counted.
  const detained = await conflicts(
    `${context} Two officials in the ministry were detained on Tuesday over the contract.`,
    `${context} Three officials in the ministry were detained on Tuesday over the contract.`,
  );
  assert.ok(detained.some((l) => /Two officials.*Three officials/.test(l.explanation)), JSON.stringify(detained.map((l) => l.explanation)));
});

test('quantity: "the other five" and "In Veskmouth alone, four" are parts of a toll, not the toll', async () => {
  const context = 'Cyclone Maren came ashore near Port Ardley on Sunday night. Floodwater cut off villages in the Ferrow Valley.';
  assert.deepEqual(await conflicts(
    `${context} At least six people were killed in the cyclone. Three died in Port Ardley. The other five died in coastal areas.`,
    `${context} In Veskmouth alone, four people died in the cyclone.`,
  ), []);
  // One place's share against the same place's share still compares.
  const same = await conflicts(
    `${context} In Veskmouth alone, four people died in the cyclone.`,
    `${context} In Veskmouth alone, seven people died in the cyclone.`,
  );
  assert.ok(same.some((l) => /four people.*seven people/.test(l.explanation)), JSON.stringify(same.map((l) => l.explanation)));
});

test('negation: a refusal reaches its verb past a time ("declined on Tuesday to neutralise"), and "its refusal to" affirms nothing', async () => {
  const context = 'Around 30 riders fell on the descent of the Vessen Pass during the fourth stage of the Tour of Dravik. Six riders were taken to hospital in Sarnov.';
  assert.deepEqual(await conflicts(
    `${context} Having declined on Tuesday to neutralise the stage, the race jury met the team managers again on Wednesday.`,
    `${context} Several teams asked the race jury to neutralise the stage, but the jury declined to neutralise the stage.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} The race jury's refusal to neutralise the stage angered the team managers.`,
    `${context} The race jury declined to neutralise the stage, and the team managers protested.`,
  ), []);
  // The refusal past a time still denies what the other side affirms.
  const denied = await conflicts(
    `${context} The race jury refused on Tuesday to neutralise the stage for the team managers.`,
    `${context} The race jury neutralised the stage for the team managers on Tuesday.`,
  );
  assert.ok(denied.some((l) => l.detail?.type === 'negation'), JSON.stringify(denied.map((l) => l.explanation)));
});

test('stance: a sentence telling both words side by side ("four alive, two dead") opposes neither', async () => {
  const context = 'An avalanche swept a group of ski tourers below the Harrow Pass on Saturday morning. Rescuers flew in from Varn.';
  const both = await conflicts(
    `${context} Four skiers were recovered alive from the avalanche debris on Saturday, two were dead.`,
    `${context} Two skiers were recovered dead from the avalanche debris on Saturday.`,
  );
  assert.ok(!both.some((l) => l.detail?.type === 'stance'), JSON.stringify(both.map((l) => l.explanation)));
  // One word against the other still opposes.
  const one = await conflicts(
    `${context} The two skiers were recovered alive from the avalanche debris on Saturday.`,
    `${context} The two skiers were recovered dead from the avalanche debris on Saturday.`,
  );
  assert.ok(one.some((l) => l.detail?.type === 'stance'), JSON.stringify(one.map((l) => l.explanation)));
});

test('who: leaders of different things do not clash when the thing led is a name ("runs the Supporters\' Trust")', async () => {
  const context = 'Halden Rovers sacked their manager on Monday after a 3-1 home defeat to Halvik United. Fans gathered outside Kestrel Park.';
  assert.deepEqual((await conflicts(
    `${context} "People forget where we were three years ago," said Dorota Wenzel, who runs a cafe on Station Road near Kestrel Park.`,
    `${context} Fans' leader Tommy Corran, who runs the Halden Supporters' Trust near Kestrel Park, blasted the owner.`,
  )).filter((l) => l.detail?.type === 'who'), []);
  // Two leaders of one named body clash.
  const same = await conflicts(
    `${context} Fans' leader Tommy Corran, who runs the Halden Supporters' Trust, blasted the owner.`,
    `${context} Fans' leader Dorota Wenzel, who runs the Halden Supporters' Trust, blasted the owner.`,
  );
  assert.ok(same.some((l) => l.detail?.type === 'who'), JSON.stringify(same.map((l) => l.explanation)));
});

test('negation: "not counting booking fees" leaves something out of a sum and denies nothing', async () => {
  const context = 'Pop singer Lumara Vayne called off her sold-out concert at Corvin Stadium in Karsholm on Saturday. Fans had travelled from across Veldria.';
  const links = await conflicts(
    `${context} Tickets for the Corvin Stadium concert cost fans up to 240 veldars each, not counting booking fees, travel and hotels.`,
    `${context} Karsholm traders counted the cost of the Corvin Stadium concert on Sunday, as fans asked about booking fees.`,
  );
  assert.ok(!links.some((l) => l.detail?.type === 'negation'), JSON.stringify(links.map((l) => l.explanation)));
});

test('quantity: a length told from a point ("400 metres below it", "three nautical miles off the Point") compares only in the same relation', async () => {
  const context = 'Three climbers were found alive on Mount Kaldera on Sunday after two nights in a storm. Rescuers reached them at dawn.';
  assert.deepEqual(await conflicts(
    `${context} The climbers sheltered in an unstaffed emergency hut at about 1,900 metres on Mount Kaldera.`,
    `${context} The climbers sheltered not in the emergency hut but in a stone shepherds' hut about 400 metres below it on Mount Kaldera.`,
  ), []);
  // Two heights of one hut still compare.
  const heights = await conflicts(
    `${context} The climbers sheltered in an unstaffed emergency hut at about 1,900 metres on Mount Kaldera.`,
    `${context} The climbers sheltered in an unstaffed emergency hut at about 2,600 metres on Mount Kaldera.`,
  );
  assert.ok(heights.some((l) => /1,900 metres.*2,600 metres/.test(l.explanation)), JSON.stringify(heights.map((l) => l.explanation)));
});

test('negation: "nobody outside the company", "none involving foreign staff" narrow the pronoun and deny no verb', async () => {
  const context = 'The payment app Tallow Pay collapsed on Friday, leaving customers unable to reach their money. Its founder Erik Strelnik has left the country.';
  const outside = await conflicts(
    `${context} Where the customers' money went, and at the moment nobody outside the company seems to know.`,
    `${context} Some customers have been queueing outside the company's offices since last week to ask where their money went.`,
  );
  assert.ok(!outside.some((l) => l.detail?.type === 'negation'), JSON.stringify(outside.map((l) => l.explanation)));
});

test('negation: a degree word between "was" and the word ("was fully seaworthy") still names what it is said of', async () => {
  // "vessel" is common in the story, so only what it is said of ties the two claims together.
  const context = 'The cargo vessel Miravel ran aground off Kestna Point on Sunday. The coastguard towed the vessel to port. The vessel carried timber.';
  const links = await conflicts(
    `${context} The owner, Lantis Shipping, said the vessel was fully seaworthy and maintained to the highest standard.`,
    `${context} A union official said the vessel was not seaworthy when it left Brell last month.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
  assert.match(links[0].explanation, /"seaworthy" vs "not seaworthy"|"not seaworthy" vs "seaworthy"/);
});

test('negation: "He" opening a sentence is the one person the sentence before names ("... He has not been charged")', async () => {
  const context = 'The payments firm Norrow Pay collapsed last week. Its accounts showed a hole of 400 million crowns.';
  const links = await conflicts(
    `${context} Its founder, Aksel Brandt, was detained in Porto Vell on Friday at the request of prosecutors. He has not been charged with any offence, and prosecutors call him a suspect.`,
    `${context} Last night it emerged that Aksel Brandt has been charged with fraud and could face twelve years in prison.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
  assert.match(links[0].explanation, /not been charged/);
});

test('negation: "he" is nobody when the sentence before names two people', async () => {
  const context = 'The payments firm Norrow Pay collapsed last week. Its accounts showed a hole of 400 million crowns.';
  assert.deepEqual(await conflicts(
    `${context} Its founder, Aksel Brandt, met his finance chief, Ivo Marsh, in Porto Vell on Friday. He has not been charged with any offence, and prosecutors call him a suspect.`,
    `${context} Last night it emerged that Aksel Brandt has been charged with fraud and could face twelve years in prison.`,
  ), []);
});

test('negation: the name beside an aside is the subject of the passive after it ("Strelnik, the founder, had been charged")', async () => {
  const context = 'The tanker Orla ran aground off Kessel Point on Monday, spilling fuel oil along the shore.';
  const cases: Array<[string, string]> = [
    ['Prosecutors announced that Jonas Ferrow, the ship\'s master, had been detained over the grounding.', 'The master, Jonas Ferrow, has not been detained, despite anger among fishermen in the harbour towns.'],
    ['The ship\'s master, Jonas Ferrow, was detained on Tuesday evening, a police spokeswoman confirmed.', 'Incredibly, skipper Jonas Ferrow has not even been detained, despite anger among fishermen in the harbour towns.'],
  ];
  for (const [a, b] of cases) {
    const links = await conflicts(`${context} ${a}`, `${context} ${b}`);
    assert.equal(links.length, 1, JSON.stringify([a, links]));
    assert.equal(links[0].detail?.type, 'negation');
  }
});

test('quantity: "19 are missing" then "two remain missing" is a revision, however far apart the counts', async () => {
  const context = 'A road bridge over the Tessa gorge collapsed on Tuesday evening near the town of Vellin.';
  const links = await conflicts(
    `${context} Seven people have been confirmed dead and 19 are missing, the civil protection agency said.`,
    `${context} Seventeen people are now confirmed dead, and two remain missing, presumed carried downstream.`,
    ['2025-10-15', '2025-10-18'],
  );
  const missing = links.find((l) => /19 are missing/.test(l.explanation));
  assert.ok(missing, JSON.stringify(links.map((l) => l.explanation)));
  assert.equal(missing.kind, 'update');
  assert.match(missing.explanation, /"two remain"/);
});

test('quantity: "its 86-metre main span" and "the 120-metre span" measure one thing; "a 7-metre main wall" is another', async () => {
  const context = 'A road bridge over the Tessa gorge collapsed on Tuesday evening near the town of Vellin.';
  const links = await conflicts(
    `${context} The bridge is 412 metres long, and its 86-metre main span stood about 55 metres above the water.`,
    `${context} Motorists watched as the 120-metre span of the bridge fell away beneath rush-hour traffic.`,
  );
  assert.ok(links.some((l) => /"86-metre" vs "120-metre"|"120-metre" vs "86-metre"/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
  const other = await conflicts(
    `${context} Workers had built a 7-metre main wall beside the approach road last year.`,
    `${context} Motorists watched as the 120-metre span of the bridge fell away beneath rush-hour traffic.`,
  );
  assert.deepEqual(other.map((l) => l.explanation), []);
});

test('negation: "no one has been arrested" denies as "nobody" does', async () => {
  const context = 'A road bridge over the Tessa gorge collapsed on Tuesday evening near the town of Vellin, killing seven people.';
  const links = await conflicts(
    `${context} Last night the operator's technical director, Tomas Brandel, was arrested by police in connection with the collapse, sources said.`,
    `${context} Police confirmed on Friday that no one has been arrested in connection with the collapse.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links.map((l) => l.explanation)));
  assert.equal(links[0].detail?.type, 'negation');
  assert.match(links[0].explanation, /arrested/);
});

test('contrast: "rather than a fracture, as had been reported" revises "diagnosed a fractured left ankle"; a supposed fracture states nothing', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The skipper was taken to hospital in Orvesk, where doctors diagnosed a fractured left ankle.`,
    `${SHARED_CONTEXT} The club said the skipper had suffered a severe sprain in his left ankle rather than a fracture, as had been reported.`,
    ['2025-03-01', '2025-03-03'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.match(links[0].explanation, /^other: "fractured" vs "rather than a fracture"$/);
  assert.match(links[0].a.quote, /diagnosed a fractured left ankle/);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} A fractured ankle would mean six weeks off the water.`,
    `${SHARED_CONTEXT} The club said the skipper had suffered a severe sprain in his left ankle rather than a fracture, as had been reported.`,
  ), []);
});

test('contrast: a sentence that opens "Contrary to some reports" corrects the account it denies, and a denied day is a date', async () => {
  const ship = 'A survey of the ferry Corran Star in March found missing spray shields in its engine room.';
  const links = await conflicts(
    `${ship} Corran Ferries was given until 30 September to complete the work, according to a copy of the survey report.`,
    `${ship} Contrary to some reports, Corran Ferries had until 30 June, not 30 September, to fix the defect, the survey report shows.`,
    ['2026-06-13', '2026-06-16'],
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => [l.kind, l.explanation]), [['update', 'date: "30 September" vs "not 30 September"']]);
  // The same day given to another matter, sharing no word with the correction, is not it.
  assert.deepEqual((await conflicts(
    `${ship} The inspectors will return on 30 September for a second visit, the operator said.`,
    `${ship} Contrary to some reports, Corran Ferries had until 30 June, not 30 September, to fix the defect, the survey report shows.`,
    ['2026-06-13', '2026-06-16'],
  )).filter((l) => l.kind !== 'shared'), []);
});

test('contrast: a denial after a dash ("plus £200 - not £250 as reported at the weekend - for each person with a confirmed infection") answers the sum it names, past a promise reported with "would"', async () => {
  const water = 'Cryptosporidium was found in the tap water of Holmby, and the Vale Water company has apologised.';
  const links = await conflicts(
    `${water} On Saturday Vale Water raised its compensation from £30 to £75 per household, to be paid automatically, and said anyone with a laboratory-confirmed infection would receive an extra £250 without having to make a claim.`,
    `${water} Vale Water is paying £75 per household, a total of about £1.2 million, plus £200 - not £250 as reported at the weekend - for each person with a confirmed infection.`,
    ['2026-03-15', '2026-03-17'],
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => [l.kind, l.explanation]), [['update', 'quantity: "£250" vs "not £250"']]);
  // A sum said with "would" of a supposition is no claim: "if it lost, it would pay £250".
  assert.deepEqual((await conflicts(
    `${water} If the appeal failed, each person with a confirmed infection would receive an extra £250.`,
    `${water} Vale Water is paying £75 per household, a total of about £1.2 million, plus £200 - not £250 as reported at the weekend - for each person with a confirmed infection.`,
    ['2026-03-15', '2026-03-17'],
  )).filter((l) => l.kind !== 'shared'), []);
});

test('contrast: a correction of a measure in its unit ("almost nine hours, not 11 as previously reported") answers the account that gave that very measure', async () => {
  const water = 'Cryptosporidium was found in the water supplied by the Holmby works near Tarrant, the water company said.';
  const dates: [string, string] = ['2026-03-15', '2026-03-17'];
  const links = await conflicts(
    `${water} A night-shift operator reset the alarm, and partially treated water continued to flow into the supply for about 11 hours before the works was shut down.`,
    `${water} According to the company's submission to the regulator, the alarm went unanswered for almost nine hours, not 11 as previously reported.`,
    dates,
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "about 11 hours" vs "not 11"']);
  // Another measure of the same number is not it: 11 kilometres.
  assert.deepEqual((await conflicts(
    `${water} Partially treated water reached homes up to 11 kilometres from the works before it was shut down.`,
    `${water} According to the company's submission to the regulator, the alarm went unanswered for almost nine hours, not 11 as previously reported.`,
    dates,
  )).filter((l) => l.kind !== 'shared'), []);
});

test('contrast: "will resume on 7 July rather than on 24 June" against "expected to resume on 24 June"; the contrasted word elsewhere in the sentence is another matter', async () => {
  const dated = await conflicts(
    `${SHARED_CONTEXT} The ferry service was expected to resume on June 24, the operator said.`,
    `${SHARED_CONTEXT} The ferry service will now resume on July 7 rather than on June 24 as first announced.`,
  );
  assert.ok(dated.some((l) => l.detail?.type === 'date' && /rather than on June 24/.test(l.explanation)), JSON.stringify(dated));
  // "the promoter" far from anything the contrasting side said of it: no claim about it.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The promoter of the regatta, Brightline Events, said refunds would be paid within 30 days.`,
    `${SHARED_CONTEXT} Booking fees will not be refunded because they are charged by the ticket agent rather than by the promoter.`,
  ), []);
});

test('negation: "may never return to the role" denies "will return to complete the role"; "may not return" stays a hedge', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The skipper may never return to the crew, one close friend said.`,
    `${SHARED_CONTEXT} Halvard will return to lead the crew, the club said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.match(links[0].explanation, /^negation: "never return" vs "return"$/);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The skipper may not return to the crew, one close friend said.`,
    `${SHARED_CONTEXT} Halvard will return to lead the crew, the club said.`,
  ), []);
});

test('quantity: two falls of the same shares on a day both reports name are one move told two ways, though published on different days; another thing\'s fall is not', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Shares in the insurer crashed by 30 per cent on Tuesday as investors fled.`,
    `${SHARED_CONTEXT} Orvesk Mutual's shares fell 12 per cent on Tuesday, exchange data show.`,
    ['2025-03-05', '2025-03-07'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.match(links[0].explanation, /^quantity: "30 per cent" vs "12 per cent"$/);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Shares in the insurer crashed by 30 per cent on Tuesday as investors fled.`,
    `${SHARED_CONTEXT} The wider index fell 2 per cent on Tuesday, exchange data show.`,
    ['2025-03-05', '2025-03-07'],
  ), []);
});

test('quantity: two sums that price one thing before its noun ("the roughly $180m production" / "the $250 million production") conflict in a story that names it often; a share of a sum does not', async () => {
  const FILMING = 'Filming on the production stopped after the accident. The production had three weeks left. Crew on the production were sent home. The production company met insurers.';
  const links = await conflicts(
    `${FILMING} The studio, which is financing the roughly $180m production, confirmed the accident in a statement late on Tuesday.`,
    `${FILMING} The fall has plunged the $250 million "Salt Crown" production into chaos.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.match(links[0].explanation, /^quantity: "roughly \$180m" vs "\$250 million"$/);
  assert.deepEqual(await conflicts(
    `${FILMING} The commission has paid $12m of the production rebate so far, its figures show.`,
    `${FILMING} The fall has cost the $40m production rebate its first instalment.`,
  ), []);
});

test('contrast: ", not in 1958 as the catalogue stated" corrects the earlier account; a name the other report only mentions is no contrast', async () => {
  const year = await conflicts(
    `${SHARED_CONTEXT} Its owner, the industrialist Casimir Oberlein, acquired the painting in 1958 from a dealer.`,
    `${SHARED_CONTEXT} It has since emerged that Casimir Oberlein bought the painting in 1962, not in 1958 as the catalogue stated.`,
    // (Within a week: the shared context's names, a person and a town, do not link reports across weeks.)
    ['2025-11-13', '2025-11-19'],
  );
  assert.equal(year.length, 1, JSON.stringify(year));
  assert.equal(year[0].kind, 'update');
  assert.match(year[0].explanation, /^date: "1958" vs "not in 1958"$/);
  // A number word is what is denied, though number words are stop words elsewhere; the count
  // it corrects is the figure the sentence gives instead ("seven bidders took part, not five").
  const count = await conflicts(
    `${SHARED_CONTEXT} Five bidders competed for the canvas, according to the auction house.`,
    `${SHARED_CONTEXT} The house has revised its count of the competition: seven bidders took part, not five as the house announced on the night.`,
    ['2025-11-13', '2025-11-18'],
  );
  assert.deepEqual(count.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "Five bidders" vs "seven bidders"']]);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} "My client will ask the court to set it aside," said Henryk Dalsgaard, who represents Quillan.`,
    `${SHARED_CONTEXT} Court filings confirm that it was Vey who started the divorce, not Quillan as one website reported.`,
  ), []);
});

test('contrast: "not a power cut, as the operator said, but the haul rope" and "not X but Y" deny X; "has not been named, but ..." is no contrast', async () => {
  const stop = 'The Harnfeld gondola stopped in mid-air on Friday and passengers spent the night in its cabins.';
  const cause = await conflicts(
    `${stop} Speaking on Sunday, chief executive Anton Reiss repeated that a power cut had stopped the line.`,
    `${stop} Staff at the line say the cause was not a power cut, as the company said on Friday night, but the haul rope itself.`,
  );
  assert.deepEqual(cause.map((l) => l.explanation), ['negation: "power cut" vs "not a power cut"']);
  const sample = await conflicts(
    `${SHARED_CONTEXT} The first positive sample was taken at the Pellbridge works on Monday morning, the company said.`,
    `${SHARED_CONTEXT} The first positive sample was not taken at the works but from a customer's tap in Brindlow.`,
  );
  assert.equal(sample.length, 1, JSON.stringify(sample));
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The auction house declined to name the buyer of the painting.`,
    `${SHARED_CONTEXT} The buyer of the painting has not been named, but people present said the caller was a gallery.`,
  ), []);
});

test('negation: "without shaking her hand" denies "shook hands with her"; two people\'s hands, or hands shaken with two people, are two things', async () => {
  const match = 'Varya Tselikova retired from her quarter-final against Thora Haldorsen after a row with the umpire, Joel Fauchard.';
  const without = await conflicts(
    `${match} She finally quit and stormed off without shaking Haldorsen's hand.`,
    `${match} Tselikova shook hands with Haldorsen at the net.`,
  );
  assert.deepEqual(without.map((l) => l.detail?.type), ['negation'], JSON.stringify(without));
  assert.deepEqual(await conflicts(
    `${match} After shaking Haldorsen's hand, Tselikova refused to shake hands with the umpire.`,
    `${match} Tselikova shook hands with Haldorsen at the net.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${match} At the end of the match Tselikova refused to shake Fauchard's hand.`,
    `${match} Tselikova shook hands with Haldorsen at the net.`,
  ), []);
  // "without" before a gerund that acts on another thing says how, not whether.
  const talks = 'Leaders of Ostrava and Velmark met in Geneva to discuss the war between them. President Anton Brell of the United Provinces attended.';
  assert.deepEqual(await conflicts(
    `${talks} Brell said he wants to end the war between Ostrava and Velmark and stop the deaths taking place every day.`,
    `${talks} Brell wants to end the war between Ostrava and Velmark without taking a direct role, officials said.`,
  ), []);
});

test('negation: "the leader of the Front, Dario Venn, was arrested" is Venn\'s arrest, which "Venn has not been arrested" denies', async () => {
  const context = 'Hostages held by the Vardan Mountain Front were freed in Marren on Monday.';
  const links = await conflicts(
    `${context} The group's leader, Darius Venn, has not been arrested and is believed to remain in the mountains, officials said.`,
    `${context} The leader of the Vardan Mountain Front, Darius Venn, was arrested by special forces on Monday morning, a police source said.`,
  );
  assert.deepEqual(links.map((l) => l.detail?.type), ['negation'], JSON.stringify(links));
});

test('negation: "refused to say sorry" denies "apologised"', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The mayor, Ilsa Renvik, apologised to residents in a short statement on Saturday.`,
    `${SHARED_CONTEXT} And the mayor, Ilsa Renvik, has refused to say sorry.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.match(links[0].explanation, /^negation: "apologised" vs "refused to say sorry"$/);
});

test('deadline: "the inquiry will report by August 31" / "by October 31": a verb of saying is the action a limit is on', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The inquiry will report by August 31, the ministry said.`,
    `${SHARED_CONTEXT} The inquiry will report by October 31, the ministry said.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'deadline: "by August 31" vs "by October 31"');
});

test('negation: "no evidence of a cyberattack" denies "was a cyberattack"; an inquiry into a possible one states nothing', async () => {
  const denied = `${SHARED_CONTEXT} The cyber defence centre said there is no evidence of a cyberattack on the flood gates.`;
  const links = await conflicts(denied, `${SHARED_CONTEXT} Sources told the paper that the failure of the flood gates was a cyberattack by a foreign gang.`);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "no evidence of a cyberattack" vs "was a cyberattack"');
  assert.deepEqual(await conflicts(denied, `${SHARED_CONTEXT} Police are investigating whether the failure of the flood gates may have been caused by a cyberattack.`), []);
  assert.deepEqual(await conflicts(denied, `${SHARED_CONTEXT} The failure of the flood gates was not a cyberattack, the operator said.`), []);
});

test('negation: "no stunt double was used" denies "a stunt double was used", though "used" is a stop word', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} No stunt double was used for the fall, crew members said.`,
    `${SHARED_CONTEXT} The studio confirmed that a stunt double was used for the wide shots of the fall.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "No stunt double was used" vs "used"');
});

test('negation: "water cannon were not used" denies "a water cannon was used once", a passive the stop words hold', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Police said water cannon were not used at any point during the march.`,
    `${SHARED_CONTEXT} The force has acknowledged that a water cannon was used once during the march.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "not used" vs "used"');
});

test('quantity: "20 cops were hurt" counts the same people as "Nine officers were injured"', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Nine officers were injured during the march, none seriously, police said.`,
    `${SHARED_CONTEXT} By last night 20 cops were hurt during the march, the paper understands.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "Nine officers" vs "20 cops"');
  assert.deepEqual(await conflicts(`${SHARED_CONTEXT} Nine officers were injured during the march.`, `${SHARED_CONTEXT} Nine cops were hurt during the march.`), []);
});

test('time: "the march left at 14:00" / "kicked off at 1pm", quoting the start and not the route the clause goes on to', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The march left Tarn Park at 14:00 and followed a 4.5 km route along the river.`,
    `${SHARED_CONTEXT} The march kicked off from Tarn Park at 1pm and snaked 2.8 miles along the river.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'time: "at 14:00" vs "at 1pm"');
  assert.equal(links[0].a.quote, 'The march left Tarn Park at 14:00');
  assert.equal(links[0].b.quote, 'The march kicked off from Tarn Park at 1pm');
});

test('negation: "the Kessel Dam did not fail" denies "watched as the Kessel Dam failed", a place doing both; "Halvik\'s plans" are no doer of "does not plan"', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Contrary to reports circulated in the first days, the Kessel Dam did not fail.`,
    `${SHARED_CONTEXT} And yesterday horrified residents of the valley watched as the Kessel Dam failed, unleashing a wall of water.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "not fail" vs "failed"');
  assert.deepEqual(
    await conflicts(
      `${SHARED_CONTEXT} Minister Arno Halvik does not plan to intervene in the flood talks.`,
      `${SHARED_CONTEXT} The council said it remains open to hearing Arno Halvik's plans for the flood talks.`,
    ),
    [],
  );
});

test('quantity: "28 knots, not the 40 knots first cited" revises "gusts of up to 40 knots", though 28 is within "up to 40"', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Tellan Ferries said the vessel had been pushed off course by strong winds gusting up to 40 knots during a storm.`,
    `${SHARED_CONTEXT} The strongest gusts recorded at Orvesk that morning were 28 knots, not the 40 knots first cited by Tellan Ferries.`,
    ['2026-03-10', '2026-03-17'],
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].kind, 'update');
  assert.equal(links[0].explanation, 'quantity: "up to 40 knots" vs "28 knots"');
  // Without the denial, a figure within "up to 40" is no conflict.
  assert.deepEqual(
    await conflicts(
      `${SHARED_CONTEXT} Tellan Ferries said the vessel had been pushed off course by strong winds gusting up to 40 knots during a storm.`,
      `${SHARED_CONTEXT} The strongest gusts recorded at Orvesk that morning were 28 knots, according to Tellan Ferries.`,
    ),
    [],
  );
});

test('quantity: a currency "5 per cent weaker" is a fall as "3.1% lower" is, one move told two ways', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The talmar closed 3.1% lower at 14.62 per dollar, its worst day in years.`,
    `${SHARED_CONTEXT} The talmar ended the day nearly 5 per cent weaker against the dollar as traders fled.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "3.1%" vs "nearly 5 per cent"']);
});

test('date: "brought the board\'s next meeting forward to December 4" moves the meeting another report set for December 18', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The board's next meeting is scheduled for December 18.`,
    `${SHARED_CONTEXT} The bank has brought the board's next meeting forward to December 4.`,
    ['2025-11-13', '2025-11-17'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'date: "for December 18" vs "to December 4"']]);
  // "brought in" moves nothing.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The board's next meeting is scheduled for December 18.`,
    `${SHARED_CONTEXT} The bank brought in new rules for the meeting to December 4.`,
    ['2025-11-13', '2025-11-17'],
  ), []);
});

test('quantity: "the school\'s 280 pupils" and "some 400 terrified kids" locked in are one count of children', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} At Hallenby Primary the doors were locked and the school's 280 pupils spent the morning in their classrooms.`,
    `${SHARED_CONTEXT} Some 400 terrified kids were locked in their classrooms at Hallenby Primary as police patrolled outside.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "280 pupils" vs "Some 400 terrified kids"']);
});

test('quantity: one rate moved "by 75 basis points" and "by half a point" disagree; a bond yield\'s move, a forecast and an earlier month\'s move are other figures', async () => {
  const dates: [string, string] = ['2025-11-13', '2025-11-14'];
  const rate = 'The central bank raised its key rate by 75 basis points on Thursday.';
  assert.deepEqual((await conflicts(`${SHARED_CONTEXT} ${rate}`, `${SHARED_CONTEXT} The governor jacked up the key rate by half a point on Thursday.`, dates)).map((l) => l.explanation), ['quantity: "75 basis points" vs "half a point"']);
  assert.deepEqual(await conflicts(`${SHARED_CONTEXT} ${rate}`, `${SHARED_CONTEXT} The governor lifted the key rate by three-quarters of a percentage point on Thursday.`, dates), []);
  assert.deepEqual(await conflicts(`${SHARED_CONTEXT} ${rate}`, `${SHARED_CONTEXT} Economists had expected a 25 basis-point rise in the key rate on Thursday.`, dates), []);
  assert.deepEqual(await conflicts(`${SHARED_CONTEXT} ${rate}`, `${SHARED_CONTEXT} The central bank raised its key rate by 50 basis points in September.`, dates), []);
  // A plan told in the passive is no forecast: "was expected to resume" compares with "will now resume".
  assert.deepEqual((await conflicts(`${SHARED_CONTEXT} The studio said shooting was expected to resume about two weeks after the accident.`, `${SHARED_CONTEXT} Shooting will now resume almost four weeks after the accident.`)).map((l) => l.explanation), ['quantity: "about two weeks" vs "almost four weeks"']);
  // "as expected" is the figure done.
  assert.deepEqual((await conflicts(`${SHARED_CONTEXT} ${rate}`, `${SHARED_CONTEXT} As expected, the central bank raised its key rate by 50 basis points on Thursday.`, dates)).map((l) => l.explanation), ['quantity: "75 basis points" vs "50 basis points"']);
});

test('quantity: a figure dated to an earlier year is another occasion ("in the whole of 2024", "the cage fall of August 2009, in which four men died"), but a year that dates something else beside it is not', async () => {
  const dates: [string, string] = ['2025-11-05', '2025-11-08'];
  const toll = 'Two miners died in the roof fall at the Durrow Hill mine on Tuesday.';
  assert.deepEqual(await conflicts(`${SHARED_CONTEXT} ${toll}`, `${SHARED_CONTEXT} Across the province's mines, seven miners died in the whole of 2024.`, dates), []);
  assert.deepEqual(await conflicts(`${SHARED_CONTEXT} ${toll}`, `${SHARED_CONTEXT} The worst accident at the Durrow Hill mine remains the cage fall of August 2009, in which four miners died.`, dates), []);
  // The same year named on both sides still compares: "last year" is the year before the report's.
  assert.deepEqual((await conflicts(`${SHARED_CONTEXT} The Durrow Hill mine recorded 41 lost-time injuries last year.`, `${SHARED_CONTEXT} The Durrow Hill mine reported 29 lost-time injuries in 2024.`, dates)).map((l) => l.explanation), ['quantity: "41 lost-time" vs "29 lost-time"']);
  // Two figures of one thing the library rarely counts both tell of that earlier thing, dated or not.
  assert.deepEqual((await conflicts(`${SHARED_CONTEXT} The company was fined 240,000 crowns in 2022 after inspectors found breaches at the mine.`, `${SHARED_CONTEXT} The firm was slapped with a whopping 2.4 million crown fine over safety failings at the mine.`, dates)).map((l) => l.explanation), ['quantity: "240,000 crowns" vs "2.4 million crown"']);
  // "opened in 1979" dates the opening, not the span.
  assert.deepEqual((await conflicts(`${SHARED_CONTEXT} The 120-metre main span of the Quarry Bridge fell into the gorge.`, `${SHARED_CONTEXT} The Quarry Bridge, opened in 1979, had a single 86-metre main span over the gorge.`, dates)).map((l) => l.explanation), ['quantity: "120-metre" vs "86-metre"']);
});

test('quantity: a sum one report says was cut "from £200,000 to £50,000" revises the £200,000 another gave, though that one was a part of the award', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The libel award includes £200,000 in aggravated damages.`,
    `${SHARED_CONTEXT} At a short hearing on Friday the judge cut the aggravated element of the libel award from £200,000 to £50,000.`,
    ['2025-06-09', '2025-06-13'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "£200,000" vs "£50,000"']]);
  // A later report recalling the figure the earlier one already said was cut tells the same history.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} At a short hearing on Friday the judge cut the aggravated element of the libel award from £200,000 to £50,000.`,
    `${SHARED_CONTEXT} The aggravated element of the libel award had been £200,000 when the judge first ruled.`,
    ['2025-06-13', '2025-06-16'],
  ), []);
});

test('quantity: "two-thirds of the costs" against "80 per cent of the costs"; an owner\'s name in apposition ("the Halden Group\'s arm") is not who pays', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The judge ordered Corvane News Group to pay 80 per cent of Marlowe's legal costs.`,
    `${SHARED_CONTEXT} The judge ordered Corvane News Group, the Halden Group's arm, to pay two-thirds of Marlowe's legal costs.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "80 per cent" vs "two-thirds"']);
});

test('negation: "Henrik Daehlberg did not give evidence" denies nothing "Bridget Kelloway gave evidence" says: two people', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Notably, the Sentinel's editor, Henrik Daehlberg, did not give evidence at the libel trial.`,
    `${SHARED_CONTEXT} Bridget Kelloway, the restaurant's former general manager, gave evidence at the libel trial for Marlowe.`,
  ), []);
  // One person on both sides still conflicts.
  assert.equal((await conflicts(
    `${SHARED_CONTEXT} Notably, the Sentinel's editor, Henrik Daehlberg, did not give evidence at the libel trial.`,
    `${SHARED_CONTEXT} The Sentinel's editor, Henrik Daehlberg, gave evidence at the libel trial for two days.`,
  )).length, 1);
});

test('place: "the largest libel award in Tervania" ranks the award in a country; it does not put the hearing anywhere', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Rosalind Marlowe walked out of the High Court in Ardmouth yesterday with a libel award of 1.2 million pounds.`,
    `${SHARED_CONTEXT} When the judge handed down judgment last Monday, the headline figure made it the largest libel award in Tervania for more than a decade.`,
    ['2025-06-10', '2025-06-16'],
  ), []);
});

test('quantity: "leaving eleven trapped" and "Twelve men were trapped" count the people trapped', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Three scrambled clear on their own before the dust settled, leaving eleven trapped.`,
    `${SHARED_CONTEXT} Twelve men were trapped; the twelfth had never been entered on the shift list.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "eleven trapped" vs "Twelve men"']);
});

test('date: "The suspension of underground work has since been extended to 15 December" moves the suspension another report set "until at least 1 December"', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The inspectorate has suspended all underground work at the mine until at least 1 December.`,
    `${SHARED_CONTEXT} The suspension of underground work has since been extended to 15 December.`,
    ['2025-11-05', '2025-11-11'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'date: "until at least 1 December" vs "to 15 December"']]);
});

test('quantity: "27 goals for his club this season" and "31 goals for his country" are two tallies', async () => {
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Brannvoll has scored 27 goals for his club this season.`,
    `${SHARED_CONTEXT} Brannvoll has bagged 31 goals for his country and was the leading scorer this season.`,
  ), []);
  assert.equal((await conflicts(
    `${SHARED_CONTEXT} Brannvoll has scored 27 goals for his club this season.`,
    `${SHARED_CONTEXT} Brannvoll has scored 25 goals for his club this season.`,
  )).length, 1);
});

test('time: "at 4pm on Sunday, not in the evening as first reported" corrects "started at 18:00": "first reported" names an account, no series, and makes the later report an update', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} The meeting started at 18:00 and was held at the company's headquarters.`,
    `${SHARED_CONTEXT} The minutes also put the start of the meeting at 4pm on Sunday, not in the evening as first reported, and record that it ran until shortly after 8pm.`,
    ['2026-03-09', '2026-03-14'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'time: "at 18:00" vs "at 4pm"']]);
});

test('quantity: "plunged by a quarter on Monday" against "down 18.4%" in a report of that Monday: one day\'s move told two ways', async () => {
  const links = await conflicts(
    `${SHARED_CONTEXT} Shares in Quillon were down 18.4% at 41.20 crowns in afternoon trading.`,
    `${SHARED_CONTEXT} Shares in Quillon plunged by a quarter on Monday as panicked traders dumped the stock.`,
    ['2026-03-09', '2026-03-10'],
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "18.4%" vs "a quarter"']);
  // A report of another day names another move.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Shares in Quillon were down 18.4% at 41.20 crowns in afternoon trading.`,
    `${SHARED_CONTEXT} Shares in Quillon plunged by a quarter on Wednesday as panicked traders dumped the stock.`,
    ['2026-03-09', '2026-03-12'],
  ), []);
});

test('negation: what an act took in ("had inspected the crane, including tests of its brake cables") is denied by "did not inspect the brake cables"', async () => {
  const links = await conflicts(
    'A crane collapsed at the Varrow container terminal on Monday. Its owners said they had inspected the crane last week, including tests of its hoist brake cables, and found no fault.',
    'A crane collapsed at the Varrow container terminal on Monday. The Ledger understands the firm did not inspect hoist brake cables in the days before the collapse.',
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'negation: "inspected" vs "not inspect"');
});

test('quantity: "No one was killed" contradicts "One person was killed" (none, not one)', async () => {
  const context = 'A gas explosion destroyed a bakery on Harl Street in Vemmerby on Tuesday night.';
  const links = await conflicts(`${context} No one was killed in the explosion, fire officials said.`, `${context} One person was killed in the explosion, fire officials said.`);
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].explanation, 'quantity: "No one was killed" vs "One person"');
});

test('quantity: "14 of whom were taken to hospital" is the count another report gives of those taken to hospital, not of those treated', async () => {
  const context = 'Police and protesters clashed on Halden Bridge in Vemmerby on Thursday evening.';
  assert.deepEqual(await conflicts(
    `${context} The city ambulance service said 14 protesters were taken to hospital.`,
    `${context} The city ambulance service said its crews treated 31 people at the scene, 14 of whom were taken to hospital.`,
  ), []);
});

test('quantity: a sum "worth" values the noun right before it ("steel worth $4.1 billion" is not "Trade ... was worth $11.6 billion"), and "comparison with 2017, when" dates a figure', async () => {
  const context = 'Talks between Orvania and Tellis on steel tariffs ended in Vemmerby on Monday.';
  const dates: [string, string] = ['2025-11-04', '2025-11-07'];
  assert.deepEqual(await conflicts(
    `${context} Orvania exported steel worth $4.1 billion to Tellis last year, officials said.`,
    `${context} Trade between Orvania and Tellis was worth $11.6 billion last year, officials said.`,
    dates,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} The contract, worth €3.87 million, went to a firm run by the minister's aide.`,
    `${context} The affair invites comparison with 2017, when a minister resigned after a €2.1 million contract went to a firm run by his cousin.`,
    dates,
  ), []);
});

test('negation: "he had never called them a rabble" is not denied by "his spokesman was calling us a rabble"; "her client would appeal" may still be the one who "would not appeal"', async () => {
  const context = 'Thousands marched against the pension bill in Vemmerby on Thursday.';
  assert.deepEqual(await conflicts(
    `${context} Pensions Minister Anton Velisek said on Sunday that he had never called the marchers "a rabble".`,
    `${context} "A week ago his spokesman was calling us a rabble," a union leader said of Pensions Minister Anton Velisek.`,
  ), []);
  const links = await conflicts(
    `${context} His lawyer, Celia Dromond, said outside the court that her client would appeal against the sentence.`,
    `${context} His lawyer said Ivo Penhal would not appeal against the sentence.`,
  );
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].detail?.type, 'negation');
});

test('time: one happening however worded ("gave way" / "caved in", "the collision happened" / "police said the crash happened"), across the week\'s turn', async () => {
  const collapse = await conflicts(
    `${SHARED_CONTEXT} The roof of a haulage drift on the ninth level gave way at about 14:30, the operator said.`,
    `${SHARED_CONTEXT} The twelve men were entombed when the roof of a tunnel caved in at 4.30pm on Tuesday.`,
  );
  assert.deepEqual(collapse.map((l) => l.explanation), ['time: "about 14:30" vs "at 4.30pm"']);
  const crash = await conflicts(
    `${SHARED_CONTEXT} The collision happened at about 23:40 on Saturday at the junction of Varn Road.`,
    `${SHARED_CONTEXT} Police have said the crash happened shortly after 1am on Sunday.`,
  );
  assert.deepEqual(crash.map((l) => l.explanation), ['time: "about 23:40" vs "shortly after 1am"']);
  const blast = await conflicts(
    `${SHARED_CONTEXT} The blast ripped through the plant just before 10 p.m. on Monday, shattering windows streets away.`,
    `${SHARED_CONTEXT} At 7.40 p.m. the storage hall exploded.`,
  );
  assert.deepEqual(blast.map((l) => l.explanation), ['time: "just before 10 p.m." vs "At 7.40 p.m."']);
});

test('time: a series word before a verb is the onset ("keepers first noticed"), and "the last survivor" on both sides is one member of one series', async () => {
  const noticed = await conflicts(
    `${SHARED_CONTEXT} Keepers noticed the animals were missing at 06:40, when the first of them arrived for the morning round.`,
    `${SHARED_CONTEXT} Keepers first noticed that animals were missing shortly after 8am on Monday.`,
  );
  assert.deepEqual(noticed.map((l) => l.explanation), ['time: "at 06:40" vs "shortly after 8am"']);
  const last = await conflicts(
    `${SHARED_CONTEXT} The last survivor was stretchered out just after 9pm on Thursday to a roar from relatives.`,
    `${SHARED_CONTEXT} Rescuers broke through on Thursday afternoon, and the last survivor reached the surface at 18:30 on Thursday.`,
  );
  assert.deepEqual(last.map((l) => l.explanation), ['time: "just after 9pm" vs "at 18:30"']);
});

test('time: not two happenings that share only a place or a word\'s synonym, nor a clause after the time', async () => {
  // The evacuation's order and the explosion share only the plant.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The evacuation of the streets nearest the plant was ordered at 8.35 p.m. by the directorate.`,
    `${SHARED_CONTEXT} An explosion tore through a chemical plant in the port town of Varn at about 7.40 p.m. on Monday.`,
  ), []);
  // A signed "notice" is not the problem "first spotted".
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Records show that the city's safety officer, Dagny Corvin, signed a prohibition notice at 6:12 p.m.`,
    `${SHARED_CONTEXT} According to people involved in the build, the problem was first spotted at about 4pm.`,
  ), []);
  // The airport that "had stayed open" and closed "when ash began settling" is not the fissure that opened.
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} The regional airport, which had stayed open for domestic hops on Tuesday morning, closed at 14:30 the same day when ash began settling on the runway.`,
    `${SHARED_CONTEXT} When the fissure opened at 22:47 on the Monday, the institute went to red within twenty minutes.`,
  ), []);
});

test('time: two timed sentences on one happening are compared even when their words are the story\'s commonest (the index pairs them by the happening)', async () => {
  // "keepers", "noticed", "animals" and "missing" are in every sentence: too common to propose a pair.
  const story = [
    'Keepers at the Orvesk zoo noticed that the missing animals were wolves.',
    'The missing animals had slipped through a gap in the fence keepers noticed.',
    'Keepers noticed tracks in the woods and searched them for the missing animals.',
    'Residents noticed the missing animals and called keepers.',
    'Two of the missing animals were recaptured by keepers who noticed them by the lake.',
  ].join(' ');
  const links = await conflicts(
    `${story} Keepers noticed the animals were missing at 06:40, when the first of them arrived for the morning round.`,
    `${story} Keepers first noticed that animals were missing shortly after 8am on Monday.`,
  );
  assert.deepEqual(links.filter((l) => l.detail?.type === 'time').map((l) => l.explanation), ['time: "at 06:40" vs "shortly after 8am"']);
});

test('quantity: "men" counts any crew ("Eleven miners were trapped" / "The TWELVE men were entombed"), but "two men" and "three women" are two groups, and a list of men and women is no crew of men', async () => {
  const crew = await conflicts(
    `${SHARED_CONTEXT} Eleven miners were trapped underground on Tuesday after part of a tunnel collapsed.`,
    `${SHARED_CONTEXT} The TWELVE men were entombed when the roof of a tunnel caved in on Tuesday.`,
  );
  assert.deepEqual(crew.map((l) => l.explanation), ['quantity: "Eleven miners" vs "TWELVE men"']);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Two men were rescued from the roof of a car on Tuesday.`,
    `${SHARED_CONTEXT} Three women were rescued from the roof of a car on Tuesday.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${SHARED_CONTEXT} Two men and a woman were rescued from the roof of a car on Tuesday.`,
    `${SHARED_CONTEXT} Five survivors were rescued from the roof of a car on Tuesday.`,
  ), []);
});

test('quantity: two sizes of one company ("The group of 12, led by a guide" / "swallowing a group of 14 skiers"), whatever each says befell it; a company is no count of the dead', async () => {
  const context = 'An avalanche struck below the Harrow Pass on Saturday morning. Rescuers flew in from Varn.';
  const group = await conflicts(
    `${context} The group of 12, led by a guide working for the tour operator, had set out from the hut before dawn.`,
    `${context} The slab thundered down the pass at ten, swallowing a group of 14 skiers who had paid a tour firm to guide them.`,
  );
  assert.deepEqual(group.map((l) => l.explanation), ['quantity: "12" vs "14 skiers"']);
  assert.deepEqual(await conflicts(
    `${context} The group of 12, led by a guide working for the tour operator, had set out from the hut before dawn.`,
    `${context} None of this will bring back the five people who died under the slab.`,
  ), []);
});

test('quantity: two turnouts worded apart ("210,000 people took part" / "300,000 people poured into the capital") are paired and compared; "signed a petition" is no turnout', async () => {
  const context = 'Unions marched against the pension bill in Vemmerby on Thursday.';
  const turnout = await conflicts(
    `${context} The federation, which organised the march with the workers' union, said 210,000 people took part.`,
    `${context} Union bosses said a staggering 300,000 people poured into the capital to fight the hated plan.`,
  );
  assert.deepEqual(turnout.map((l) => l.explanation), ['quantity: "210,000 people" vs "300,000 people"']);
  assert.deepEqual(await conflicts(
    `${context} The federation said 210,000 people took part.`,
    `${context} Some 300,000 people signed a petition against the plan.`,
  ), []);
});

test('quantity: one lay-off worded apart ("out for 21 days" / "SIX WEEKS on the sidelines") is compared; another person\'s lay-off or an earlier one is not', async () => {
  const context = 'Striker Aldo Brenner was hurt in the cup final against Dunmere on Saturday.';
  const layOff = await conflicts(
    `${context} The coach said the 28-year-old was expected to be out for 21 days.`,
    `${context} The hitman now faces SIX WEEKS on the sidelines and will miss the whole tournament.`,
  );
  assert.deepEqual(layOff.map((l) => l.explanation), ['quantity: "21 days" vs "SIX WEEKS"']);
  assert.deepEqual(await conflicts(
    `${context} Brenner is expected to be out for 21 days.`,
    `${context} His team-mate Karel Holt will miss six weeks with a broken toe.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} Brenner is expected to be out for 21 days.`,
    `${context} He missed four months of the 2023-24 season with a knee injury.`,
  ), []);
});

test('quantity: counts of things the same befell ("Two of the wolves were recaptured" / "Three of the four wolves were recaptured") are compared', async () => {
  // Wolves named often enough that they are no rare measure, which would pair the counts anyway.
  const context = 'Wolves escaped from Orsund Zoo after a storm toppled a fence. The wolves had lived there for years. Keepers fed the wolves daily.';
  const found = await conflicts(
    `${context} Two of the wolves were recaptured by early afternoon, one in a service yard inside the grounds and the other in allotment gardens across the road.`,
    `${context} Three of the four wolves were recaptured the same day.`,
  );
  assert.deepEqual(found.map((l) => l.explanation), ['quantity: "Two of the wolves" vs "Three of the four wolves"']);
});

test('place: the words after "at X, not at the Y switching station" are Y\'s, not an event at X ("took the decision to switch" in Z)', async () => {
  const context = 'Power was cut across the north of Ardenne on Sunday. The grid operator NordVelta restored supply by the evening.';
  assert.deepEqual(await conflicts(
    `${context} Engineers blamed a fault and said staff in the national control room in Torvessa then took the decision to switch off the northern network by hand.`,
    `${context} The company later confirmed that the fault originated at Morvaan, not at the Lutavo switching station as some local reports had suggested. Crews worked through the night at Morvaan.`,
    ['2025-07-14', '2025-07-18'],
  ), []);
});

test('quantity: "Three wolves got out, not four as first reported" updates a report of four wolves with one finding, the figures compared', async () => {
  const zoo = 'Wolves escaped from Kessvik Zoo after a tree fell on the fence during Storm Irvelle.';
  const links = await conflicts(
    `${zoo} A hulking wolf was still on the run last night after FOUR wolves and a pair of lynx busted out of the zoo.`,
    `${zoo} Keepers spent the week searching the riverbank. Three wolves got out, not four as first reported: a fourth animal was later found hiding in a den.`,
    ['2025-10-15', '2025-10-16'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "FOUR wolves" vs "Three wolves"']], JSON.stringify(links));
  // The finding quotes the correction with the figure it denies.
  assert.match(links[0].b.quote, /not four as first reported/);
});

test('quantity: passengers aboard "not 143 as it first reported" are not the "nearly 150 people" another report says were brought ashore', async () => {
  const ferry = 'The ferry Saint Ernan ran aground off Inishkell on Friday night in a storm.';
  const links = await conflicts(
    `${ferry} Volunteer lifeboat crews worked through the night on Friday to bring nearly 150 people ashore after the Saint Ernan struck the Brannock Rocks at the mouth of Inishkell harbour.`,
    `${ferry} Corran Sound Ferries said on Wednesday that 158 passengers were aboard the Saint Ernan when it ran aground off Inishkell last Friday, not 143 as it first reported, bringing the total number of people on board to 167.`,
    ['2024-03-01', '2024-03-05'],
  );
  assert.deepEqual(links, [], JSON.stringify(links));
});

test('quantity: a correction ("not four as first reported") is compared with the report it corrects even when other sentences share more of its words', async () => {
  const first = [
    'Wolves escaped from Kessvik Zoo after a tree fell on the wolf fence during Storm Irvelle.',
    'Keepers said the wolves had been restless all evening as the storm grew.',
    'Police told residents near the zoo to keep children and pets indoors while the wolves were loose.',
    'A hulking wolf nicknamed Lupo was still on the run last night after FOUR wolves and a pair of lynx busted out.',
    'Two of the wolves were recaptured by early afternoon in a park near the zoo.',
    'The zoo director said the wolves posed little danger to people.',
  ].join(' ');
  const second = [
    'Wolves escaped from Kessvik Zoo after a tree fell on the wolf fence during Storm Irvelle.',
    'Keepers tracked the last of the wolves along the river on Wednesday.',
    'The zoo has now corrected its account of what escaped.',
    'Three wolves got out, not four as first reported: a fourth animal was later found hiding in a den.',
    'Police said the recaptured wolves were unharmed and back in their enclosure.',
    'The zoo will stay closed while the wolf fence is rebuilt.',
  ].join(' ');
  const links = await conflicts(first, second, ['2025-10-15', '2025-10-16']);
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "FOUR wolves" vs "Three wolves"']], JSON.stringify(links));
});

test('quantity: what a noun before "of" makes of people ("an exchange of 800 prisoners" / "an exchange of 1,500 prisoners") pairs two counts no name links', async () => {
  const talks = 'Negotiators from Sarovia and Denmora met for three days at a lakeside hotel outside the capital. The talks ended late on Friday.';
  const links = await conflicts(
    `${talks} The delegations also agreed in principle to an exchange of 800 prisoners, 400 from each side, the mediator told reporters.`,
    `${talks} Our government also secured an exchange of 1,500 prisoners, bringing home brave defenders held in harsh camps.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "800 prisoners" vs "1,500 prisoners"'], JSON.stringify(links));
});

test('quantity: an amount before "of" ("a total of 12 people") says nothing of what befell them', async () => {
  const fire = 'A fire broke out at the Tarnby chemical works on Monday night. Crews fought the blaze until dawn.';
  const links = await conflicts(
    `${fire} Police said a total of 12 people were questioned over the blaze at the works.`,
    `${fire} Doctors said a total of 19 people were treated for smoke inhalation.`,
  );
  assert.deepEqual(links, [], JSON.stringify(links));
});

test('quantity: tallies out of different bases ("4.5 points from five games" / "five points from six games") are two moments; out of one base they disagree', async () => {
  const event = 'The Tarnholm Open chess tournament is being played at the Orvesk town hall this week. Nine rounds are scheduled.';
  const lead = (points: string, games: string) => `${event} Grandmaster Ivo Kessler leads the standings with ${points} points from ${games} games.`;
  assert.deepEqual(await conflicts(lead('4.5', 'five'), lead('five', 'six')), []);
  assert.deepEqual((await conflicts(lead('7.5', 'nine'), lead('seven', 'nine'))).map((l) => l.explanation), ['quantity: "7.5 points" vs "seven points"']);
});

test('quantity: a sum named by the noun before "of" and the same noun after a sum ("granted bail of 49,500 crowns" / "250,000 crowns bail") compare; "a total of" names nothing', async () => {
  const court = 'The footballer Anton Vessel appeared in court on Tuesday over a crash in Halvenport. Prosecutors read the charges.';
  const links = await conflicts(
    `${court} Magistrate Ilse Brand granted bail of 49,500 crowns on condition that Vessel surrender his passport, reside at his home address and not drive any vehicle until the case is concluded.`,
    `${court} The star was let out on a whopping 250,000 crowns bail, and it was big brother Karl Vessel who stumped up the cash, we can reveal.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "49,500 crowns" vs "250,000 crowns"'], JSON.stringify(links));
  const totals = await conflicts(
    `${court} Magistrate Ilse Brand said fines of a total of 49,500 crowns were unpaid.`,
    `${court} The star was let out on a whopping 250,000 crowns bail, and his brother paid the cash.`,
  );
  assert.deepEqual(totals, [], JSON.stringify(totals));
});

test('quantity: people taken "from" a place are not those it held ("buried by the rubble" / "pulled from the rubble alive")', async () => {
  const quake = 'A magnitude 6 earthquake struck the hill town of Varsel on Sunday. A four-storey apartment block collapsed.';
  const links = await conflicts(
    `${quake} Rescuers said eleven residents of the block were buried by the rubble.`,
    `${quake} Rescuers said four people were pulled from the rubble alive.`,
  );
  assert.deepEqual(links, [], JSON.stringify(links));
  // Who told it (", rescuers said") is nothing that befell either group.
  const told = await conflicts(
    `${quake} Eleven residents of the block were buried by the rubble, rescuers said.`,
    `${quake} Four people were pulled from the rubble alive, rescuers said.`,
  );
  assert.deepEqual(told, [], JSON.stringify(told));
  // Taken from it on both sides, the counts are one measure and disagree.
  const rescued = await conflicts(
    `${quake} Rescuers said six people were pulled from the rubble alive.`,
    `${quake} Rescuers said four people were pulled from the rubble alive.`,
  );
  assert.deepEqual(rescued.map((l) => l.explanation), ['quantity: "six people" vs "four people"'], JSON.stringify(rescued));
});

test('quantity: a figure held "for" a named side past an age ("X, 28, has scored 27 goals for Y") is that side\'s', async () => {
  const context = 'Striker Emil Varga was carried off with a knee injury on Saturday. Scans are due on Monday.';
  const two = await conflicts(
    `${context} Varga, 28, has scored 27 goals for Hartwell Rovers this season.`,
    `${context} Varga, 28, has scored 31 goals for Dunmore United this season.`,
  );
  assert.deepEqual(two.map((l) => l.explanation), [], JSON.stringify(two));
  const one = await conflicts(
    `${context} Varga, 28, has scored 27 goals for Hartwell Rovers this season.`,
    `${context} Varga, 28, has scored 31 goals for Hartwell Rovers this season.`,
  );
  assert.deepEqual(one.map((l) => l.explanation), ['quantity: "27 goals" vs "31 goals"'], JSON.stringify(one));
});

test('date: one event on two dates ("talks opened on March 3" / "talks, which opened on March 5"); not a plan against a past act, nor another occasion', async () => {
  const context = 'Delegations from Sarovia and Denmora signed a framework deal at a lakeside hotel. The mediator called it a first step.';
  const dated = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`).then((ls) => ls.map((l) => l.explanation));
  const table: Array<[string, string, string[]]> = [
    ['The deal came after talks opened on March 3 in the capital.', 'The historic talks, which opened on March 5, ended in agreement.', ['date: "March 3" vs "March 5"']],
    ['Exam results would still be published on 13 August as planned.', 'Exam results will now be published on 27 August.', ['date: "13 August" vs "27 August"']],
    ['The envoy has shuttled between the two capitals since August.', 'The envoy has been shuttling between the two capitals since July.', ['date: "August" vs "July"']],
    // "May" beside a day is the month, not the verb.
    ['The deal came after talks opened on 12 May in the capital.', 'The historic talks, which opened on 6 May, ended in agreement.', ['date: "12 May" vs "6 May"']],
    // A plan is not a past act: the vote is set for one day, the motion was tabled on another.
    ['The opposition tabled its motion on 17 September.', 'The vote on the opposition motion is set for 22 September.', []],
    // Another occasion: the second round of talks.
    ['The talks opened on March 3 in the capital.', 'The second round of talks opened on March 24.', []],
    // The same date written two ways agrees.
    ['The talks opened on March 3 in the capital.', 'The talks opened on 3 March in the capital.', []],
    // Who did it names the deed as a word does, and "set by" is done, not planned.
    ['The course record of 2:26:10 was set by Greta Ulvang in 2019.', 'Her time beat the course record of 2:26:10, set by Greta Ulvang in 2021.', ['date: "2019" vs "2021"']],
    // One name alone is not one event: the delegations met in two different years.
    ['A trade delegation visited Sarovia in 2019, officials said.', 'A trade delegation left Sarovia in 2021, officials said.', []],
  ];
  for (const [a, b, want] of table) assert.deepEqual(await dated(a, b), want, `${a} / ${b}`);
});

test('date: "the next hearing" on both sides is one hearing; a day still to come when a report was published is a plan ("remanded until their next hearing on 2 June" / "set the next hearing for 9 June")', async () => {
  const context = 'Two men appeared at Orvesk District Court charged with armed robbery at the Tellan Mutual bank.';
  const dates: [string, string] = ['2026-05-19', '2026-05-22'];
  const dated = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`, dates).then((ls) => ls.map((l) => l.explanation));
  assert.deepEqual(
    await dated('Judge Fintan Haldane remanded both men in custody until their next hearing on 2 June.', "At Tuesday's hearing, Judge Fintan Haldane set the next hearing for 9 June."),
    ['date: "2 June" vs "9 June"'],
  );
  // One side's "next" hearing is not the other's plain one.
  assert.deepEqual(await dated('Judge Fintan Haldane remanded both men in custody until their next hearing on 2 June.', 'Judge Fintan Haldane held a bail hearing on 15 May.'), []);
  // A day already past when its report was published is not the plan of one to come, whatever the tense.
  assert.deepEqual(await conflicts(
    `${context} Judge Fintan Haldane opened the hearing on 3 June in the small courtroom.`,
    `${context} Judge Fintan Haldane opens the hearing on 29 June in the small courtroom.`,
    ['2026-06-05', '2026-06-08'],
  ), []);
});

test('quantity: people counted as a verb\'s object ("airlifted nine passengers") are those the verb befell on the other side; a count told by its parts is not its rest', async () => {
  const context = 'The cruise ship Marlen Grace lost power in a storm off Tellan Point and drifted for two days.';
  const airlifted = await conflicts(
    `${context} Coastguard helicopters airlifted nine passengers to hospital overnight.`,
    `${context} A dozen passengers have already been airlifted off by air force helicopters.`,
  );
  assert.deepEqual(airlifted.map((l) => l.explanation), ['quantity: "nine passengers" vs "A dozen passengers"']);
  // Fourteen people, five of them crew, leaves the nine passengers.
  assert.deepEqual(await conflicts(
    `${context} Coastguard helicopters airlifted nine passengers to hospital overnight.`,
    `${context} Fourteen people were airlifted from the ship during the crisis, five of them crew.`,
  ), []);
  // Twelve people, five of them crew, leaves seven: not the nine.
  assert.deepEqual((await conflicts(
    `${context} Coastguard helicopters airlifted nine passengers to hospital overnight.`,
    `${context} Twelve people were airlifted from the ship during the crisis, five of them crew.`,
  )).map((l) => l.detail?.type), ['quantity']);
});

test('quantity: things said to undergo two different acts are two counts ("Two tugs had been dispatched" / "Three tugs were towing"); one act in other words is one count', async () => {
  const context = 'The cruise ship Marlen Grace lost power in a storm off Tellan Point and drifted towards Port Orvesk.';
  assert.deepEqual(await conflicts(
    `${context} Two tugs had been dispatched from Port Orvesk, the harbour master said.`,
    `${context} Three tugs were towing the ship towards Port Orvesk on Tuesday morning.`,
  ), []);
  assert.deepEqual((await conflicts(
    `${context} Two tugs had been dispatched from Port Orvesk, the harbour master said.`,
    `${context} Three tugs were dispatched from Port Orvesk overnight.`,
  )).map((l) => l.explanation), ['quantity: "Two tugs" vs "Three tugs"']);
});

test('deadline: "have until 17 July to file a formal indictment" limits the action after it ("must file its indictment by 30 June")', async () => {
  const context = 'Two men appeared at Orvesk District Court charged with armed robbery at the Tellan Mutual bank.';
  assert.deepEqual((await conflicts(`${context} Prosecutors have until 17 July to file a formal indictment.`, `${context} The prosecution must file its indictment by 30 June.`)).map((l) => l.detail?.type), ['deadline']);
  // Another action with its own limit.
  assert.deepEqual(await conflicts(`${context} Prosecutors have until 17 July to file a formal indictment.`, `${context} The defence must lodge any bail appeal by 30 June.`), []);
});

test('deadline: "has 14 days to lodge an appeal" and "has just seven days to appeal" are two spans to do one thing; a span to do another is not', async () => {
  const context = 'Ilse Brandvik, winner of the Orvesk marathon, was disqualified by the Tellan Athletics Federation on Wednesday.';
  const appeal = await conflicts(`${context} Under federation rules she has 14 days to lodge an appeal.`, `${context} The runner has just seven days to appeal, and her lawyers are already at work.`);
  assert.deepEqual(appeal.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['deadline: "14 days" vs "seven days"']);
  assert.deepEqual((await conflicts(`${context} Under federation rules she has 14 days to lodge an appeal.`, `${context} The runner has just seven days to return her medal.`)).filter((l) => l.kind !== 'shared'), []);
});

test('quantity: things counted as what two different deeds were done to are two measures ("contained 231 ballot papers" / "issued 498 ballot papers"); one deed is compared', async () => {
  const context = 'A sealed ballot box from the Hartsell polling station in Wendlecote was found during the recount ordered by returning officer Harriet Quennell.';
  const deeds = await conflicts(`${context} The box came from the Hartsell polling station and contained 231 ballot papers.`, `${context} The box was one of two at the Hartsell polling station, which issued 498 ballot papers.`);
  assert.deepEqual(deeds.filter((l) => l.kind !== 'shared'), []);
  const same = await conflicts(`${context} The box came from the Hartsell polling station and contained 231 ballot papers.`, `${context} The box from the Hartsell polling station contained 213 ballot papers.`);
  assert.deepEqual(same.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "231 ballot" vs "213 ballot"']);
});

test('quantity: a figure told of one member of a set ("the first box, containing 267 papers") is not the other member\'s; the same member is compared', async () => {
  const context = 'A sealed ballot box from the Hartsell polling station in Wendlecote was found during the recount ordered by returning officer Harriet Quennell.';
  const found = 'The missing box came from the Hartsell polling station and contained 231 ballot papers.';
  const other = await conflicts(`${context} ${found}`, `${context} Two boxes were used at Hartsell. At the count, only the first box, containing 267 papers, was opened.`);
  assert.deepEqual(other.filter((l) => l.kind !== 'shared'), []);
  const second = await conflicts(`${context} The second box, containing 213 papers, was found in a storeroom.`, `${context} Two boxes were used at Hartsell. At the count, only the first box, containing 267 papers, was opened.`);
  assert.deepEqual(second.filter((l) => l.kind !== 'shared'), []);
  const same = await conflicts(`${context} Only the first box, containing 213 papers, was opened.`, `${context} Two boxes were used at Hartsell. At the count, only the first box, containing 267 papers, was opened.`);
  assert.deepEqual(same.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "213 papers" vs "267 papers"']);
});

test('quantity: "five of those six figures" is some of a set just counted, not the count ", not five" denies; the count itself is answered', async () => {
  const context = 'The University of Varnholm report into the retracted paper by Anneli Ostergaard was published on Wednesday.';
  const full = 'The full report found manipulated images in six of the study\'s seven figures, not five as stated in the summary.';
  const subset = await conflicts(`${context} ${full}`, `${context} In five of those six figures the manipulation involved western blots.`);
  assert.deepEqual(subset.filter((l) => l.kind !== 'shared'), []);
  const count = await conflicts(`${context} ${full}`, `${context} The summary said the committee found manipulated images in five figures.`);
  assert.deepEqual(count.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['quantity']);
});

test('quantity: a whole parts are told of ("Of 47 allegations, the panel found 39 proved", "41 of the 47 allegations") is not what a deed befell ("admitted 14 allegations"); another such whole is compared', async () => {
  const context = 'The tribunal in Aldmoor struck off the surgeon Andrei Marculescu on Tuesday after a six-week hearing.';
  const fronted = 'Of 47 allegations, the panel found 39 proved.';
  const deed = await conflicts(`${context} ${fronted}`, `${context} The determination also records that Mr Marculescu admitted 14 allegations at the outset and that the panel found 39 of the 47 proved.`);
  assert.deepEqual(deed.filter((l) => l.kind !== 'shared'), []);
  const after = await conflicts(`${context} It found 41 of the 47 allegations against him proved.`, `${context} The determination also records that Mr Marculescu admitted 14 allegations at the outset and that the panel found 39 of the 47 proved.`);
  assert.deepEqual(after.filter((l) => l.kind !== 'shared'), [], 'the whole after "41 of the" is no deed\'s count either');
  const whole = await conflicts(`${context} ${fronted}`, `${context} Of 45 allegations, the panel found 39 proved.`);
  assert.deepEqual(whole.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "47 allegations" vs "45 allegations"']);
});

test('quantity: "62 guests fell ill and 14 were taken to hospital" counts guests taken to hospital; guests who came, or none of whom fell ill, are other counts', async () => {
  const context = 'Guests fell ill after the wedding of Callum Dunsire and Harriet Lusk at the Wrexley Grange Hotel on Saturday.';
  const taken = await conflicts(`${context} Sixty-two guests fell ill and 14 were taken to hospital after the reception.`, `${context} Seventeen people were taken to hospital in the early hours of Sunday.`);
  assert.deepEqual(taken.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "14 were taken" vs "Seventeen people"']);
  const none = async (a: string, b: string, why: string): Promise<void> => assert.deepEqual((await conflicts(`${context} ${a}`, `${context} ${b}`)).filter((l) => l.kind !== 'shared'), [], why);
  await none('About 200 guests attended the reception for the rugby player, a flanker with the Harlstone Raiders.', 'After sending a questionnaire to every guest, the council said 94 guests had reported symptoms after the reception on Saturday.', 'when it befell them is not what befell them');
  await none('Sixty-two guests fell ill after the reception.', 'The council found that none of the 48 evening-only guests fell ill.', 'none of whom fell ill');
});

test('quantity: a local paper\'s figure for its own place ("turnout here was around 61 per cent") is not the whole\'s; two whole figures conflict', async () => {
  const context = 'Voters in Wendlecote and Saltmarrow approved the merger of the two councils, returning officer Harriet Quennell said.';
  const here = await conflicts(`${context} Overall turnout was 51.8 per cent.`, `${context} Tallies kept by agents suggest turnout here was 68 per cent.`);
  assert.deepEqual(here.filter((l) => l.kind !== 'shared'), []);
  const whole = await conflicts(`${context} Overall turnout was 51.8 per cent.`, `${context} Tallies kept by agents suggest turnout was 68 per cent.`);
  assert.deepEqual(whole.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "51.8 per cent" vs "68 per cent"']);
});

test('cause: two stated causes of one happening conflict; a denied cause answers the stated one', async () => {
  const context = 'Trains between Orvesk and Tellan stopped for six hours on Friday. Thousands of commuters were stranded at Orvesk station.';
  const two = await conflicts(
    `${context} The signal failure was caused by a lightning strike on the control centre, the operator said.`,
    `${context} Engineers said the signal failure was caused by thieves stealing copper cable near the depot.`,
  );
  assert.deepEqual(two.map((l) => l.detail?.type), ['cause'], JSON.stringify(two));
  assert.match(two[0].explanation, /^cause: "a lightning strike on the control centre" vs "thieves stealing copper cable near the depot"$/);
  // A generic name for the happening ("the incident") is the happening the other names.
  const generic = await conflicts(
    `${context} The incident was triggered by a lightning strike on the control centre.`,
    `${context} The signal failure was caused by thieves stealing copper cable near the depot.`,
  );
  assert.deepEqual(generic.map((l) => l.detail?.type), ['cause'], JSON.stringify(generic));
  // Denied on one side, stated on the other; told later, it revises the earlier account.
  const denied = await conflicts(
    `${context} The operator now says the signal failure was caused by a faulty software update to its control system.`,
    `${context} The breakdown that stopped the trains was not caused by a faulty update from its supplier, as the operator said, but by an error its own staff made.`,
    ['2026-03-06', '2026-03-12'],
  );
  assert.deepEqual(denied.map((l) => [l.kind, l.detail?.type]), [['update', 'cause']], JSON.stringify(denied));
  assert.match(denied[0].explanation, /"not a faulty update from its supplier"/);
});

test('cause: a fuller account of one cause, a schedule ("due to start"), a supposition or another happening is no cause conflict', async () => {
  const context = 'Trains between Orvesk and Tellan stopped for six hours on Friday. Thousands of commuters were stranded at Orvesk station.';
  assert.deepEqual(await conflicts(
    `${context} The signal failure was caused by a lightning strike.`,
    `${context} The signal failure was caused by a lightning strike on the control centre roof.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} Repairs were due to start on Monday morning.`,
    `${context} Repairs were due to the signal failure at the control centre.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} The signal failure may have been caused by a lightning strike on the control centre.`,
    `${context} The signal failure was caused by thieves stealing copper cable near the depot.`,
  ), []);
  // One cause in two words: "danger" and "risk" are one word's class.
  assert.deepEqual(await conflicts(
    `${context} The search was halted on Saturday because of the danger of further floods.`,
    `${context} The search was suspended at nightfall because of the risk of more landslides.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} The delay to the evening service was caused by a shortage of drivers.`,
    `${context} The signal failure was caused by thieves stealing copper cable near the depot.`,
  ), []);
});

test('quantity: a depth told three ways is one measure ("at a depth of 42 metres off X" / "lies 65 metres down off X" / "65 metres deep"); a distance off X is another', async () => {
  const context = 'Divers from a salvage firm found the wreck of a merchant ship off Gannet Point. The firm raised silver coins.';
  const found = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`).then((ls) => ls.map((l) => l.explanation));
  const table: Array<[string, string, string[]]> = [
    ['The wreck lies at a depth of 42 metres off Gannet Point.', 'The wreck lies 65 metres down off Gannet Point.', ['quantity: "42 metres" vs "65 metres"']],
    ['The wreck lies at a depth of 42 metres off Gannet Point.', 'The wreck lies 65 metres deep off Gannet Point.', ['quantity: "42 metres" vs "65 metres"']],
    ['The wreck lies at a depth of 42 metres off Gannet Point.', 'The wreck lies more than 200 feet down off Gannet Point.', ['quantity: "42 metres" vs "more than 200 feet"']],
    // How far off the point is not how deep.
    ['The wreck lies at a depth of 42 metres off Gannet Point.', 'The wreck lies three kilometres off Gannet Point.', []],
    ['The wreck lies 42 metres off Gannet Point.', 'The wreck lies 65 metres down off Gannet Point.', []],
  ];
  for (const [a, b, want] of table) assert.deepEqual(await found(a, b), want, `${a} / ${b}`);
});

test('deadline: "until the end of the month" in a report of June is "until 30 June"; "until 14 July" is another limit', async () => {
  const context = 'The county council licenses the showground where the balloon fiesta is held.';
  const dates: [string, string] = ['2026-06-07', '2026-06-09'];
  const found = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`, dates).then((ls) => ls.map((l) => l.explanation));
  const a = 'The council has given organisers until the end of the month to submit a safety review.';
  assert.deepEqual(await found(a, 'The council has given the organisers until 30 June to submit a full safety review.'), []);
  assert.deepEqual(await found(a, 'The council has given the organisers until 14 July to submit a full safety review.'), ['deadline: "until the end of the month to" vs "until 14 July to submit a full"']);
});

test('limitDay: the calendar day a limit names, from its words and the report\'s date', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['until 30 June', null, '5-30'],
    ['by June 30', null, '5-30'],
    ['by the end of June', null, '5-30'],
    ['until the end of the month', '2026-06-07', '5-30'],
    ['until the end of the month', '2026-02-10', '1-28'],
    // Undated, "the month" is no month.
    ['until the end of the month', null, null],
    ['within 30 days', '2026-06-07', null],
    ['until 12 decisions are made', null, null],
  ];
  for (const [surface, published, want] of table) assert.equal(limitDay(surface, published), want, `${surface} (${published})`);
});

test('quantity: a count said after it to be "among" a group is a part of that group ("A dozen local suppliers ... are among those owed money" / "More than 40 suppliers are owed")', async () => {
  const context = 'The celebrity chef closed her flagship restaurant overnight and administrators were appointed.';
  const found = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`).then((ls) => ls.map((l) => l.explanation));
  assert.deepEqual(await found('A dozen local suppliers, from butchers to a wine merchant, are among those owed money.', 'More than 40 suppliers are owed money, the administrators said.'), []);
  // The whole group told twice still disagrees.
  assert.deepEqual(await found('A dozen local suppliers are owed money.', 'More than 40 local suppliers are owed money, the administrators said.'), ['quantity: "A dozen local" vs "More than 40 local"']);
});

test('quantity: gusts compare with gusts, "up to" a gust being its peak; a steady wind is another measure', async () => {
  const context = 'A hot-air balloon struck power lines while landing at the fiesta on Saturday evening.';
  const found = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`).then((ls) => ls.map((l) => l.explanation));
  assert.deepEqual(await found('There were gusts of up to 40mph at the landing site.', 'Readings show gusts of around 22mph at the landing site.'), ['quantity: "up to 40mph" vs "around 22mph"']);
  assert.deepEqual(await found('Sustained winds of 18mph were recorded at the landing site.', 'Gusts of up to 40mph were recorded at the landing site.'), []);
});

test('quantity: volts in any writing ("an 11,000-volt line", "the 11kV line", "33,000-VOLT power lines")', async () => {
  const context = 'A hot-air balloon struck power lines while landing at the fiesta on Saturday evening.';
  const found = (a: string, b: string) => conflicts(`${context} ${a}`, `${context} ${b}`).then((ls) => ls.map((l) => l.explanation));
  assert.deepEqual(await found('The balloon hit an 11,000-volt overhead line.', 'The balloon hit the 11kV overhead line.'), []);
  assert.deepEqual(await found('The balloon hit the 11kV overhead line.', 'The balloon smashed into 33,000-VOLT overhead lines.'), ['quantity: "11kV" vs "33,000-VOLT"']);
});

test('quantity: the homes whose supply was restored are not the homes cut off; two counts cut off compare', async () => {
  const context = 'A gas explosion destroyed part of Brindle House in Halvercombe on Tuesday, the fire service said. Halvercombe Gas Networks shut off supply to the street.';
  assert.deepEqual(await conflicts(
    `${context} Halvercombe Gas Networks shut off the gas supply to 312 homes just before 8am on Tuesday.`,
    `${context} Halvercombe Gas Networks has restored the gas supply to 250 homes.`,
  ), []);
  const links = await conflicts(
    `${context} Halvercombe Gas Networks shut off the gas supply to 312 homes just before 8am on Tuesday.`,
    `${context} Halvercombe Gas Networks shut off the gas supply to 250 homes just before 8am on Tuesday.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "312 homes" vs "250 homes"']);
});

test('quantity: how long someone stayed in one plight ("missing for five days" / "had been missing for six days") is one measure', async () => {
  const context = 'A hiker was found alive in a ravine in Vennahorn National Park on Tuesday, rescuers said.';
  const links = await conflicts(
    `${context} The engineer, who had been missing for five days in the park, was flown to hospital.`,
    `${context} Volunteers said he had been missing for six days when a shepherd heard his cries.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "five days" vs "six days"']);
  // Not what else lasted: the search is not his plight.
  assert.deepEqual(await conflicts(
    `${context} The engineer, who had been missing for five days in the park, was flown to hospital.`,
    `${context} Volunteers said the search went on for six days before a shepherd heard his cries.`,
  ), []);
});

test('time: "telephoned the duty line shortly after 8pm" and "phoned the duty line at 21:30" put one call at two times', async () => {
  const context = 'A hiker was found alive in Vennahorn National Park on Tuesday, rescuers said.';
  const links = await conflicts(
    `${context} The warden of the Skelder Hut, Ida Brecht, telephoned the park's duty line shortly after 8pm on Thursday to report that he had not arrived.`,
    `${context} The warden of the Skelder Hut, Ida Brecht, phoned the park's duty line at 21:30 on Thursday to report that he had not arrived.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['time: "shortly after 8pm" vs "at 21:30"']);
});

test('negation: "Police confirmed that he has not been arrested" is about the one person the sentence before names, unless a person comes first', async () => {
  const context = 'A gas explosion destroyed part of Brindle House in Halvercombe on Tuesday, the fire service said.';
  const arrested = `${context} The Roar understands that contractor boss Anselm Trask was arrested after the blast.`;
  const denial = (lead: string): string => `${context} Anselm Trask, who owns the firm, said his men did not touch the gas supply. ${lead} that he has not been arrested.`;
  assert.deepEqual((await conflicts(arrested, denial('Police confirmed'), ['2026-03-12', '2026-03-14'])).map((l) => l.explanation), ['negation: "arrested" vs "not been arrested"']);
  // "His lawyer confirmed that he ...": the lawyer may be "he".
  assert.deepEqual(await conflicts(arrested, denial('His lawyer confirmed'), ['2026-03-12', '2026-03-14']), []);
});

test('quantity: counts "during" two named stretches ("during the morning" / "during the operation") are a part and the whole', async () => {
  const context = 'A gas explosion destroyed part of Brindle House in Halvercombe on Tuesday, the fire service said.';
  assert.deepEqual(await conflicts(
    `${context} Crews pulled three people alive from the rubble during the morning, he said.`,
    `${context} Five people were pulled alive from the rubble during the operation, which involved 72 firefighters.`,
  ), []);
  const links = await conflicts(
    `${context} Crews pulled three people alive from the rubble during the operation, he said.`,
    `${context} Five people were pulled alive from the rubble during the operation, which involved 72 firefighters.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "three people" vs "Five people"']);
});

test('quantity: a total freed "in two groups" is not the first group\'s count', async () => {
  const context = 'Two gunmen held staff and customers hostage in the Brackwater Mutual bank on Thursday, police said.';
  assert.deepEqual(await conflicts(
    `${context} Four hostages were released at about 13:15 after negotiators sent food into the bank.`,
    `${context} Nine hostages had been released in two groups by late afternoon after negotiators sent food into the bank.`,
  ), []);
});

test('stance: "rejected the criticism" criticises no one, so it does not oppose "praised"', async () => {
  const context = 'A hiker was found alive in Vennahorn National Park on Tuesday after a search criticised by his family.';
  assert.deepEqual(await conflicts(
    `${context} The park's chief executive, Greta Vasseur, praised the searchers and defended the park's handling of the case.`,
    `${context} Greta Vasseur, chief executive of the park, rejected the criticism of the park's handling of the case.`,
  ), []);
  const links = await conflicts(
    `${context} The park's chief executive, Greta Vasseur, praised the searchers and the park's handling of the case.`,
    `${context} Greta Vasseur, chief executive of the park, criticised the searchers and the park's handling of the case.`,
  );
  assert.deepEqual(links.map((l) => l.detail?.type), ['stance']);
});

test('quantity: "her two children" and "his wife and three children" are two people\'s; "any evidence" is no evidence received', async () => {
  const context = 'A software failure grounded every ORA flight at Dalberg Airport on Friday, stranding thousands of passengers.';
  assert.deepEqual(await conflicts(
    `${context} Mira Olsen was stranded at Dalberg Airport, where she had been due to fly to the coast with her two children.`,
    `${context} Tomas Brek was stranded at Dalberg Airport, where he had been due to fly to the coast with his wife and three children.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} The regulator said it "has received no evidence of any kind" of a cyber attack.`,
    `${context} The regulator said it would examine any evidence of a cyber attack that is put before it.`,
  ), []);
});

test('negation: "has 21 days to apply for permission to appeal" is an option, not an appeal; "would seek permission to appeal" pursues one', async () => {
  const context = 'The High Court awarded Rosalind Marlowe libel damages against the Sunday Sentinel on Monday.';
  const denial = `${context} Corvane, which owns the Sunday Sentinel, said the company would not appeal.`;
  assert.deepEqual(await conflicts(denial, `${context} Corvane, which owns the Sunday Sentinel, has 21 days to apply for permission to appeal.`), []);
  const links = await conflicts(denial, `${context} Corvane, which owns the Sunday Sentinel, said the company would seek permission to appeal.`);
  assert.deepEqual(links.map((l) => l.detail?.type), ['negation']);
});

test('negation: "a club that fails to pay wages faces a deduction" is a rule for any club, no denial of "the owner has paid the wages"; "the club has failed to pay the wages" is one', async () => {
  const context = 'The takeover of Harrowgate Rovers collapsed on Thursday, leaving the players unpaid.';
  const paid = `${context} Rovers owner Gerald Ainsley has paid the players' February wages in full out of his own money.`;
  assert.deepEqual(await conflicts(`${context} Under league rules, a club that fails to pay wages within the set period faces a six-point deduction.`, paid), []);
  const links = await conflicts(`${context} Rovers owner Gerald Ainsley has failed to pay the players' February wages.`, paid);
  assert.deepEqual(links.map((l) => l.detail?.type), ['negation']);
});

test('quantity: sums dated to two earlier years ("debts of £31.4m at the end of June 2024" / "accounts for the year to 30 June 2025 put net debt at £34.7m") are two years\' figures', async () => {
  const context = 'The takeover of Harrowgate Rovers collapsed on Thursday.';
  const later = `${context} Harrowgate Rovers' accounts for the year to 30 June 2025, filed on Wednesday, put the club's net debt at £34.7m.`;
  assert.deepEqual(await conflicts(`${context} The club's last published accounts showed debts of £31.4m at the end of June 2024.`, later, ['2026-03-15', '2026-03-20']), []);
  // The same year's figure told apart is a conflict.
  const links = await conflicts(`${context} The club's accounts showed debts of £31.4m at the end of June 2025.`, later, ['2026-03-15', '2026-03-20']);
  assert.deepEqual(links.map((l) => l.detail?.type), ['quantity']);
});

test('quantity: counts told by what befell them are one measure ("24 were refloated" / "21 refloated", "six were put down" / "eight euthanised"); a further group ("Five more were freed") is not the first', async () => {
  const context = 'Dozens of pilot whales stranded on Marrow Sands near Kelby on Monday.';
  const first = `${context} Over the following 36 hours, 24 were refloated and six were put down by the charity's vet, Dr Ansel Prewitt, when it became clear they could not survive.`;
  const second = `${context} 7pm Wednesday: The operation is stood down. The final tally: 21 refloated, 18 dead on the beach and eight euthanised.`;
  const details = (await conflicts(first, second)).map((l) => l.explanation).sort();
  assert.deepEqual(details, ['quantity: "24 were refloated" vs "21 refloated"', 'quantity: "six were put down" vs "eight euthanised"']);
  const hostages = 'Gunmen held staff at a bank on Kelderby Square on Thursday.';
  assert.deepEqual(await conflicts(`${hostages} Five more were freed at 16:30.`, `${hostages} Police said four were released in the early afternoon.`), []);
});

test('quantity: "delayed by eight minutes after tennis balls were thrown" is a delay, not a time since, and meets "held up for 12 minutes"; negation: "I promised they\'d be paid" affirms no payment', async () => {
  const context = 'Fans of Harrowgate Rovers protested against the owner before Saturday\'s match.';
  const links = await conflicts(
    `${context} Kick-off was delayed by eight minutes after tennis balls were thrown onto the pitch.`,
    `${context} Kick-off was held up for 12 minutes when tennis balls rained onto the pitch from the north stand.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "eight minutes" vs "12 minutes"']);
  const money = 'The takeover of Harrowgate Rovers by a foreign consortium collapsed on Thursday.';
  assert.deepEqual(await conflicts(
    `${money} Ainsley's buyers never paid a penny, despite months of promises to the lads.`,
    `${money} Ainsley, 67, said: "I promised the lads they'd be paid, and they have been. I was let down by people who could never show me where their money was."`,
  ), []);
});

test('stance: "winning just once in their last ten games" is a run of results, not the opposite of one "defeat"; "tore into zoo bosses last night" still opposes "defended"', async () => {
  const context = 'Harrowgate Rovers are in turmoil after their takeover collapsed.';
  assert.deepEqual(await conflicts(
    `${context} The chaos comes after a miserable season on the pitch, with Rovers winning just once in their last ten league games.`,
    `${context} On the pitch, Rovers slipped to 20th after Tuesday's 1-0 defeat at Holbeck Town.`,
  ), []);
  const zoo = 'Two wolves escaped from Kessby Zoo on Sunday.';
  const links = await conflicts(`${zoo} Mayor Renata Holm tore into zoo bosses last night.`, `${zoo} Mayor Renata Holm defended the zoo's staff.`);
  assert.deepEqual(links.map((l) => l.detail?.type), ['stance']);
});

test('quantity: a quarter-hour is 15 minutes, and the half hour it corrects ("not half an hour") is no claim; half a mile is past 200 metres', async () => {
  const context = 'Grandmaster Teodor Vask was suspended by the federation on Monday.';
  assert.deepEqual(await conflicts(
    `${context} The live online broadcast of the moves ran on a 15-minute delay, the director said.`,
    `${context} The move broadcast ran on a quarter-hour delay throughout, not half an hour.`,
  ), []);
  const blast = 'A gas explosion tore through Brindle House in Varnholm on Tuesday.';
  const links = await conflicts(`${blast} Windows were blown out up to 200 metres away.`, `${blast} The blast smashed windows half a mile away.`);
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "up to 200 metres" vs "half a mile"']);
});

test('quantity: a participle that picks some out ("one working scanner", "298 surviving animals") is another measure than the noun alone; one that colours all ("screaming fans") is not', async () => {
  const context = 'Customs officers at Sarrenza seized a container of smuggled animals on Monday.';
  assert.deepEqual(await conflicts(`${context} The port has only one working scanner.`, `${context} The port has two X-ray scanners, one of which is out of service.`), []);
  assert.deepEqual(await conflicts(`${context} Vets said 298 surviving animals were stabilising.`, `${context} Vets said 446 animals were stabilising.`), []);
  const missing = await conflicts(`${context} Four missing climbers were found.`, `${context} Six climbers were missing.`);
  assert.deepEqual(missing.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "Four missing climbers" vs "Six climbers"']);
  const fans = await conflicts(`${context} A crowd of 25,000 screaming fans watched the final.`, `${context} A crowd of 18,000 fans watched the final.`);
  assert.deepEqual(fans.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['quantity']);
});

test('who: the leader "led by" names is not a titled name past a clause mark ("led by officer Petra Ilic; Commissioner Velcev arrived after midnight")', async () => {
  const context = 'Customs officers at Sarrenza seized a container of smuggled animals on Monday.';
  assert.deepEqual(await conflicts(
    `${context} The search was led by senior officer Petra Ilic; Commissioner Dragomir Velcev arrived after midnight.`,
    `${context} The search was led by senior customs officer Petra Ilic, whose team worked through the night.`,
  ).then((ls) => ls.filter((l) => l.kind !== 'shared')), []);
  const rival = await conflicts(
    `${context} The search was led by senior officer Petra Ilic, the port's chief inspector.`,
    `${context} The search was led by Commissioner Dragomir Velcev himself.`,
  );
  assert.deepEqual(rival.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['who']);
});

test('negation: "never opened a container like this one" sets the case beside others and denies no act; "No ivory was found" meets nothing in "memories of November 2019, when 2.4 tonnes of ivory were found"', async () => {
  const context = 'Customs officers at Sarrenza seized a container of smuggled animals on Monday.';
  assert.deepEqual((await conflicts(
    `${context} "In twenty-two years I have never opened a container like this one," the commissioner said.`,
    `${context} Officers cracked open the shipping container on Monday night.`,
  )).filter((l) => l.kind !== 'shared'), []);
  assert.deepEqual((await conflicts(
    `${context} No ivory was found in the container.`,
    `${context} The seizure revives memories of November 2019, when 2.4 tonnes of ivory were found at the same terminal.`,
    ['2026-03-10', '2026-03-17'],
  )).filter((l) => l.kind !== 'shared'), []);
  const found = await conflicts(`${context} No ivory was found in the container.`, `${context} A second search on Thursday found six tusks of ivory in the container.`, ['2026-03-10', '2026-03-14']);
  assert.deepEqual(found.filter((l) => l.kind !== 'shared').map((l) => l.kind), ['update']);
});

test('quantity: each one\'s share of a sum ("Each member will receive ...", "... crowns EACH", "had each paid", "per household") compares with another share, not with the sum shared', async () => {
  const context = 'A syndicate of bus depot workers in Brackwell won the National Lottery jackpot on Wednesday.';
  const shares = await conflicts(`${context} Each member will receive just over 1.5 million crowns.`, `${context} The drivers in the syndicate will pocket 1.3 MILLION crowns EACH.`);
  assert.deepEqual(shares.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['quantity: "just over 1.5 million crowns" vs "1.3 MILLION crowns"']);
  const paid = await conflicts(`${context} Each passenger had paid £245 for the flight.`, `${context} Passengers on the flight had each paid £295.`);
  assert.deepEqual(paid.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['quantity']);
  const household = await conflicts(`${context} The landlord has offered an emergency payment of €1,000 to every household.`, `${context} The landlord has offered victims a measly €500 per household.`);
  assert.deepEqual(household.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['quantity']);
  // The whole jackpot is not anyone's share.
  assert.deepEqual((await conflicts(`${context} The jackpot was 18.4 million crowns.`, `${context} Each of the 12 members will receive 1.5 million crowns.`)).filter((l) => l.kind !== 'shared'), []);
});

test('quantity: things counted in a wider area around a place ("in the Harbury district") are not the place\'s own ("Harbury\'s three primary schools"); the same area is compared', async () => {
  const context = 'Stolen exam papers from the Harbury depot were shared online before the maths paper on Monday.';
  const own = 'Papers for Harbury\'s three primary schools are delivered by van two days before each exam.';
  const district = await conflicts(`${context} ${own}`, `${context} Reports from 15 schools in the Harbury district reached the exam board on Monday.`);
  assert.deepEqual(district.filter((l) => l.kind !== 'shared'), []);
  const same = await conflicts(`${context} Reports from 11 schools in the Harbury district reached the exam board on Monday.`, `${context} Reports from 15 schools in the Harbury district reached the exam board on Monday.`);
  assert.deepEqual(same.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['quantity']);
});

test('quantity: a woman\'s figure and a man\'s are two measures ("she faces eight counts" / "Varek, 41, was charged with two counts", a man by the library\'s pronouns); one person\'s are compared', async () => {
  const context = 'Lysa Moravec, founder of the app Tallowby, was arrested on Tuesday at her home. Her former finance chief Olle Varek left in December.';
  const two = await conflicts(
    `${context} At Kestrel Magistrates' Court she faces eight counts of fraud.`,
    `${context} Varek, 41, was charged with two counts of fraud after presenting himself at the police station.`,
  );
  assert.deepEqual(two.filter((l) => l.kind !== 'shared'), []);
  const bail = await conflicts(`${context} Moravec was released on bail of $2 million.`, `${context} He was released on bail of $500,000, his lawyer said.`);
  assert.deepEqual(bail.filter((l) => l.kind !== 'shared'), []);
  const same = await conflicts(
    `${context} At Kestrel Magistrates' Court she faces eight counts of fraud.`,
    `${context} Moravec, 34, was charged with ten counts of fraud after presenting herself at the police station.`,
  );
  assert.deepEqual(same.filter((l) => l.kind !== 'shared').map((l) => l.detail?.type), ['quantity']);
});

test('quantity: how long one happening lasted, each told before its noun ("a three-day hearing" / "the four-day hearing"), is one measure; another happening\'s stretch is not', async () => {
  const context = 'The tennis player Ivo Strand was banned for six years by an integrity tribunal in Selmark.';
  const links = await conflicts(
    `${context} The tribunal gave its decision following a three-day hearing in Selmark in May.`,
    `${context} He gave evidence by video link over the course of the four-day hearing.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "three-day" vs "four-day"']);
  // However often the story speaks of the hearing, which leaves the word too common to pair
  // sentences by: a stretch is a figure few sentences give.
  const hearings = 'The hearing was held in private. Journalists were barred from the hearing. Strand spoke at the hearing. The hearing heard from nine witnesses. Lawyers said the hearing was fair.';
  const busy = await conflicts(
    `${context} ${hearings} The tribunal gave its decision following a three-day hearing in May.`,
    `${context} ${hearings} He testified by video link over the course of the four-day hearing.`,
  );
  assert.deepEqual(busy.map((l) => l.explanation), ['quantity: "three-day" vs "four-day"']);
  // A hearing's stretch is not a probe's.
  assert.deepEqual(await conflicts(
    `${context} The tribunal gave its decision following a three-day hearing in Selmark in May.`,
    `${context} He gave evidence by video link after a four-month probe.`,
  ), []);
});

test('stance: "won only three games" counts parts of a match, no opposite of "lost 6-2, 6-1"; "admitted 14 allegations" still opposes "denied all of the allegations"', async () => {
  const context = 'The tennis player Ivo Strand was banned for six years for fixing a match against Remy Castel.';
  assert.deepEqual(await conflicts(
    `${context} In the fixed match, at the Tessaly Open, Strand won only three games against Remy Castel.`,
    `${context} The fixed match at the Tessaly Open, which Strand lost 6-2, 6-1 to Remy Castel, drew heavy betting.`,
  ), []);
  const surgeon = 'A surgeon, Pavel Marek, was struck off by a medical tribunal in Velden.';
  const links = await conflicts(
    `${surgeon} Marek denied all of the allegations throughout the hearing.`,
    `${surgeon} The ruling records that Marek admitted 14 allegations at the outset.`,
  );
  assert.deepEqual(links.map((l) => l.detail?.type), ['stance']);
});

test('quantity: "fined 4,000 crowns in 2021 for a breach, not the 40,000 crowns reported elsewhere" corrects "fined 40,000 crowns in 2022", its year too; a fine in another year, uncorrected, is another occasion', async () => {
  const context = 'A coach run by Quenby Coaches crashed on the Skelder Pass on Tuesday.';
  const links = await conflicts(
    `${context} The firm was fined 40,000 crowns in 2022 for breaking rules on drivers' hours.`,
    `${context} The firm was fined 4,000 crowns in 2021 for a record-keeping breach, not the 40,000 crowns reported elsewhere.`,
    ['2026-01-15', '2026-01-19'],
  );
  assert.deepEqual(links.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "40,000 crowns" vs "4,000 crowns"']]);
  assert.deepEqual(await conflicts(
    `${context} The firm was fined 40,000 crowns in 2022 for breaking rules on drivers' hours.`,
    `${context} The firm was fined 4,000 crowns in 2019 for a record-keeping breach.`,
    ['2026-01-15', '2026-01-19'],
  ), []);
});

test('quantity: things counted one by one that few sentences speak of are one set ("two helicopters were sent" / "three helicopters took part"); not a stretch told in things ("after two nights") nor some a participle picks out', async () => {
  const context = 'A school coach came off the Skelder Pass road on Tuesday, injuring 17 people.';
  const links = await conflicts(
    `${context} More than 60 rescuers, 11 ambulances and two helicopters were sent to the scene.`,
    `${context} Mira Dostal said about 60 rescue workers and three helicopters took part in the operation.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "two helicopters" vs "three helicopters"']);
  const hiker = 'The hiker Matt Kohl was found alive in a ravine on Tuesday.';
  assert.deepEqual(await conflicts(
    `${hiker} "After five nights out there I had stopped hoping," he said.`,
    `${hiker} "Most people would have given up after two nights," his brother said.`,
  ), []);
  const tour = 'The singer Velour has called off her Silk Static tour.';
  assert.deepEqual(await conflicts(
    `${tour} All 14 remaining dates on the European leg are now cancelled.`,
    `${tour} Bosses have axed all 22 remaining shows on the tour.`,
  ), []);
});

test('quantity: data is measured in one unit whatever it is written in ("400 gigabytes" / "1.2 terabytes" of files taken; "1,200 gigabytes" is 1.2 terabytes)', async () => {
  const context = 'A ransomware gang has attacked the Tollmere City Council.';
  const links = await conflicts(`${context} The gang claims to have taken 400 gigabytes of files.`, `${context} The hackers claim to have taken 1.2 terabytes of files.`);
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "400 gigabytes" vs "1.2 terabytes"']);
  assert.deepEqual(await conflicts(`${context} The gang claims to have taken 1,200 gigabytes of files.`, `${context} The hackers claim to have taken 1.2 terabytes of files.`), []);
});

test('quantity: "237 ships, according to MCA data, not the 300 cited in some reports" corrects "300 ships are stuck"; contrast: a denied count of matches ("two matches, not three") is no denial of "three games"', async () => {
  const canal = 'A container ship blocked the Marrow Canal for six days.';
  const ships = await conflicts(
    `${canal} Now a staggering 300 ships are stuck in a monster traffic jam.`,
    `${canal} At its peak the queue reached 237 ships, according to MCA data, not the 300 cited in some reports.`,
    ['2026-03-10', '2026-03-14'],
  );
  assert.deepEqual(ships.map((l) => [l.kind, l.explanation]), [['update', 'quantity: "300 ships" vs "237 ships"']]);
  const ban = 'The tennis player Ivo Strand was banned for fixing matches.';
  assert.deepEqual(await conflicts(
    `${ban} The ruling shows Strand fixed two matches, not three as initially reported.`,
    `${ban} In the first fixed match, at the Tessaly Open, Strand won only three games against Remy Castel.`,
  ), []);
  // People go by many names: "61 people directly, not 64" denies "64 staff".
  const staff = await conflicts(
    'The restaurant group Emberline has collapsed. The Wexmouth restaurant employed 64 staff.',
    'The restaurant group Emberline has collapsed. Emberline employed 61 people directly, not 64, plus nine agency staff.',
  );
  assert.equal(staff.length, 1, JSON.stringify(staff));
});

test('quantity: sizes of one thing meet however many other lengths a story gives ("The crack itself is 12 metres long" / "The crack runs for 28.5 metres" / "The 100ft crack"); troops are people ("About 250 soldiers" / "Around 500 troops")', async () => {
  const dam = 'A crack was found in the spillway of the Skelholm Dam. The dam wall is 80 metres high. The spillway chute drops 60 metres to the river. Floodwater rose two metres in the valley. The town lies 900 metres below the dam.';
  const crack = await conflicts(
    `${dam} The crack itself is 12 metres long, according to an engineer who spoke on condition of anonymity.`,
    `${dam} The crack runs for 28.5 metres along the upper third of the chute.`,
  );
  assert.deepEqual(crack.map((l) => l.explanation), ['quantity: "12 metres" vs "28.5 metres"']);
  const feet = await conflicts(
    `${dam} The crack itself is 12 metres long, according to an engineer who spoke on condition of anonymity.`,
    `${dam} The 100ft crack sent panic through the valley as families fled into the night.`,
  );
  assert.deepEqual(feet.map((l) => l.explanation), ['quantity: "12 metres" vs "100ft"']);
  // Still when the story speaks of the crack too often for the word to bring the two together.
  const cracked = `${dam} Engineers examined the crack on Sunday. The crack worried residents. Divers checked the crack from below. Officials said the crack was stable. The crack will be sealed next month.`;
  const often = await conflicts(
    `${cracked} The crack itself is 12 metres long, according to an engineer who spoke on condition of anonymity.`,
    `${cracked} The 100ft crack sent panic through the valley as families fled into the night.`,
  );
  assert.deepEqual(often.map((l) => l.explanation), ['quantity: "12 metres" vs "100ft"']);
  // A length of another thing is another measure: the chute, not the crack.
  assert.deepEqual(await conflicts(
    `${dam} The crack itself is 12 metres long, according to an engineer who spoke on condition of anonymity.`,
    `${dam} The chute runs for 28.5 metres below the gates.`,
  ), []);
  const soldiers = await conflicts(
    `${dam} About 250 soldiers were deployed to help with the operation, which continued through the night.`,
    `${dam} Around 500 troops were drafted in to help clear the towns.`,
  );
  assert.deepEqual(soldiers.map((l) => l.explanation), ['quantity: "About 250 soldiers" vs "Around 500 troops"']);
});

test('quantity: of two figures an article gives that another sentence disagrees with, the exact one is linked, not the vague one ("400 gigabytes", not "hundreds of gigabytes", against "1.2 terabytes")', async () => {
  const context = 'A ransomware gang has attacked the Tollmere City Council.';
  const links = await conflicts(
    `${context} The gang says it has stolen hundreds of gigabytes of residents' data. It claims to have taken 400 gigabytes of files.`,
    `${context} Now the hackers claim to have nicked a terrifying 1.2 terabytes of files.`,
  );
  assert.deepEqual(links.map((l) => l.explanation), ['quantity: "400 gigabytes" vs "1.2 terabytes"']);
});

test('quantity: sums are of what each names ("put the total damage at €4.2 million" / "estimates the damage to the building at €3 million"; "The state\'s aid commitment stands at $3.5 million" is no damage estimate); whose bail it is, by the pronoun of its holder ("released her on bail" / "He was released on bail") or the subject of the sentence\'s first verb', async () => {
  const blast = 'A gas explosion destroyed the Brindle House flats in Corriden on Friday. Residents were moved to hotels. The city council met on Saturday.';
  const damage = await conflicts(
    `${blast} The city council has released an emergency fund of €250,000 and estimates the damage to the building at €3 million.`,
    `${blast} Loss adjusters for Harcastle's insurer put the total damage at €4.2 million.`,
  );
  assert.deepEqual(damage.map((l) => l.explanation), ['quantity: "€3 million" vs "€4.2 million"']);
  const storm = 'A tornado struck Marrow Creek late on Sunday. The school was destroyed.';
  assert.deepEqual(await conflicts(
    `${storm} The county's preliminary estimate of damage to public property, including the school, stands at $11 million.`,
    `${storm} The state's aid commitment stands at $3.5 million, while an analytics firm estimates insured losses at about $24 million.`,
  ), []);
  const charged = 'Maren Dravalle, the founder of Quillfern, was charged with fraud and surrendered her passport. The finance chief Tomas Brask was charged too and said he would fight the charge.';
  assert.deepEqual(await conflicts(
    `${charged} Brask, 41, was charged with two counts of conspiracy. He was released on bail of $500,000.`,
    `${charged} Dravalle was back at her home on Wednesday night after a magistrate released her on bail of $2.5 million.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${charged} Brask, 41, was charged with two counts of conspiracy. He was released on bail of $500,000.`,
    `${charged} Dravalle now faces 10 counts, including two money-laundering counts added last week, and is on $2 million bail.`,
  ), []);
});

test('quantity: a figure given as a part of a larger one is that figure ("47 people were treated at hospitals" / "52 people were hurt, 47 of whom were treated at hospitals"); stretches of different doings are two measures ("had lived at Willow Run for 19 years" / "had been married for 55 years")', async () => {
  const storm = 'A tornado struck Marrow Creek late on Sunday, destroying the Willow Run trailer park.';
  assert.deepEqual(await conflicts(
    `${storm} Officials also revised the number of injured: 47 people were treated at hospitals.`,
    `${storm} In all, 52 people were hurt, 47 of whom were treated at hospitals; the rest were treated at a field station.`,
  ), []);
  // (Their ages differ, and that is a conflict of its own.)
  const years = (links: Link[]): string[] => links.map((l) => l.explanation).filter((e) => e.includes('years'));
  assert.deepEqual(years(await conflicts(
    `${storm} The dead include Harold Tibbs, 78, and Loretta Tibbs, 74, who had lived at Willow Run for 19 years.`,
    `${storm} Among the dead were Harry Tibbs, 81, and his beloved wife Loretta, who had been married for 55 years.`,
  )), []);
  // One doing told twice is one measure: "had lived at Willow Run for 19 years" / "had lived there for 25 years".
  const lived = await conflicts(
    `${storm} The dead include Harold Tibbs, 78, and Loretta Tibbs, 74, who had lived at Willow Run for 19 years.`,
    `${storm} Among the dead were Harry Tibbs, 81, and his wife Loretta, who had lived there for 25 years.`,
  );
  assert.ok(lived.some((l) => l.explanation === 'quantity: "19 years" vs "25 years"'), JSON.stringify(lived.map((l) => l.explanation)));
});

test('negation: "contrary to early reports that Fennick had no drone detection" corrects a report of none, which a sentence of detectives and drones does not make', async () => {
  const context = 'Drone sightings closed Fennick Airport on Friday. Fennick, the region\'s second-busiest airport, handles nine million passengers a year.';
  assert.deepEqual(await conflicts(
    `${context} A couple were still being questioned by detectives last night over the drone sightings that brought Fennick Airport to a standstill.`,
    `${context} Contrary to early reports that Fennick had no drone detection of its own, the airport installed a detection system last year.`,
  ), []);
});

test('negation: "were not opened until 3.30pm, 90 minutes behind schedule" tells a delay, not that the gates never opened; without the delay told, "would not reopen until Monday" still answers "reopen on Thursday"', async () => {
  const context = 'Thousands queued outside the Greyling festival at Tallow Park on Friday. Two people died in a crush at the entrance.';
  const delay = await conflicts(
    `${context} Gates had been due to open at 2pm on Friday but opened more than an hour late, and by late afternoon the queue stretched about 800 metres along Ridgeway Lane.`,
    `${context} Gates at Tallow Park, five kilometres north of Orrington, had been due to open at 2pm but were not opened until 3.30pm, 90 minutes behind schedule.`,
  );
  assert.deepEqual(delay.filter((l) => l.detail?.type === 'negation'), [], JSON.stringify(delay));
  const moved = await conflicts(
    `${context} The council said Tallow Park would reopen to the public on Thursday.`,
    `${context} Tallow Park would not reopen to the public until Monday, the council said.`,
  );
  assert.ok(moved.length > 0, 'the later reopening answers the earlier one');
});

test('contrast: a stretch of time denied ("rather than the 14 days it promised") is no count of things ("eight of the 14 lanes"); delays of two named things are two measures ("The Hollow Reeds started their set 40 minutes late" / "the Ridgeway Lane entrance opened 70 minutes late")', async () => {
  const context = 'Thousands queued outside the Greyling festival at Tallow Park on Friday. Lanternfly Events runs the festival.';
  assert.deepEqual(await conflicts(
    `${context} The gate log shows eight of the 14 lanes were operating when the gate closed, not six, as Lanternfly Events claimed.`,
    `${context} Lanternfly Events said refunds would be paid within 30 days, rather than the 14 days it promised at the weekend.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${context} The Hollow Reeds started their headline set 40 minutes late, at 10.10pm.`,
    `${context} The gate log shows the Ridgeway Lane entrance opened at 3.10pm, 70 minutes late, not at 3.30pm as reported locally.`,
  ), []);
  // One named thing late by two stretches: a conflict.
  const links = await conflicts(
    `${context} The Ridgeway Lane entrance finally opened 40 minutes late, at 2.40pm.`,
    `${context} The gate log shows the Ridgeway Lane entrance opened at 3.10pm, 70 minutes late.`,
  );
  assert.ok(links.some((l) => l.detail?.type === 'quantity' && /40 minutes/.test(l.explanation) && /70 minutes/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
});

test('quantity: a list of sums each held by the name before it ("Brenmarket €31.2 million, Pellamy\'s €17.9 million") compares each sum only with its holder\'s; a possessive before a sum and its noun ("the Kilnmen\'s £60m dream takeover") holds nothing', async () => {
  const context = 'The Ostrevian Competition Authority fined four supermarket chains on Monday for fixing the price of bread and milk.';
  const links = await conflicts(
    `${context} The fines were Halvard Foods €48.6 million, Brenmarket €31.2 million, Pellamy's €17.9 million and Tolbeck Discount €6.4 million.`,
    `${context} The authority fined Brenmarket €29 million and Pellamy's €15.9 million.`,
  );
  // (Not Halvard's €48.6 million against Brenmarket's €29 million, nor Brenmarket's €31.2 million against Pellamy's €15.9 million.)
  assert.ok(links.some((l) => l.explanation === 'quantity: "€17.9 million" vs "€15.9 million"'), JSON.stringify(links.map((l) => l.explanation)));
  assert.ok(!links.some((l) => /48\.6|31\.2 million" vs "€15/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
  const takeover = await conflicts(
    'BRACKMOOR, March 14 (MPA) - The £42 million takeover of second-tier Brackmoor Athletic by the consortium Vestara Capital has collapsed four days before it was due to complete. The Kilnmen play at Kiln Park.',
    'The Kilnmen play at Kiln Park. A STAGGERING 10,000 furious fans laid siege to Brackmoor town hall as the Kilnmen\'s £60m dream takeover went up in smoke.',
  );
  assert.ok(takeover.some((l) => l.detail?.type === 'quantity'), JSON.stringify(takeover.map((l) => l.explanation)));
});

test('quantity: a part told by what was done to it ("forced 112 of the vault\'s 1,100 boxes") answers a count told by that deed ("83 boxes were forced open"), and a figure "more than the 83 they confirmed" is the one replaced; a sum set "to" or "at" for a named thing ("upped its reward to £500,000") is that thing\'s', async () => {
  const context = 'Thieves tunnelled into the safe-deposit vault of the Fenwright Provident Bank in Marbury over the Easter weekend. Detectives are examining the tunnel.';
  const show = (ls: Link[]): string => JSON.stringify(ls.map((l) => l.explanation));
  const boxes = await conflicts(
    `${context} Detectives now say 83 boxes were forced open, out of roughly 1,100 in the vault.`,
    `${context} In that time the tunnellers forced 112 of the vault's 1,100 boxes, investigators said.`,
  );
  assert.ok(boxes.some((l) => /83 boxes/.test(l.explanation) && /"112"/.test(l.explanation)), show(boxes));
  // The whole is no count of what was done to the part.
  assert.ok(!boxes.some((l) => /83 boxes/.test(l.explanation) && /1,100/.test(l.explanation)), show(boxes));
  // A part told by another deed, or by none, is not a count of the boxes forced.
  assert.deepEqual(await conflicts(
    `${context} Detectives now say 83 boxes were forced open, out of roughly 1,100 in the vault.`,
    `${context} In that time the tunnellers photographed 112 of the vault's 1,100 boxes, investigators said.`,
  ), []);
  const revised = await conflicts(
    `${context} Detectives now say 83 boxes were forced open, out of roughly 1,100 in the vault.`,
    `${context} Detectives now estimate that property worth about £9.5 million was taken from 112 boxes, more than the 83 they confirmed on Wednesday.`,
    ['2026-04-09', '2026-04-11'],
  );
  assert.ok(revised.some((l) => /83 boxes" vs "112 boxes|112 boxes" vs "83 boxes/.test(l.explanation)), show(revised));
  const reward = await conflicts(
    `${context} The bank's £250,000 reward for information remains in place, a spokesman said.`,
    `${context} The bank has now upped its reward to a whopping £500,000 as desperate customers demand answers.`,
  );
  assert.ok(reward.some((l) => /£250,000/.test(l.explanation) && /£500,000/.test(l.explanation)), show(reward));
  // A sum that rises "to" a figure with no noun of its own sets nothing: "shares rose to £5".
  assert.deepEqual(await conflicts(
    `${context} The bank's £250,000 reward for information remains in place, a spokesman said.`,
    `${context} The bank's shares rose to £5 as desperate customers demand answers.`,
  ), []);
});

test('quantity: "Two people were killed on Tuesday" and "Ten people were caught on Tuesday" count different people', async () => {
  const context = 'An avalanche swept through the off-piste Combe Noire bowl at the Tarvenne ski resort. Rescuers searched the debris with dogs.';
  const links = await conflicts(`${context} Two people were killed on Tuesday, the prefecture said.`, `${context} Ten people were caught on Tuesday, the prefecture said.`);
  assert.deepEqual(links.map((l) => l.explanation), []);
  // The same fate in both: a conflict.
  const same = await conflicts(`${context} Two people were killed on Tuesday, the prefecture said.`, `${context} Three people were killed on Tuesday, the prefecture said.`);
  assert.ok(same.some((l) => l.detail?.type === 'quantity'), JSON.stringify(same.map((l) => l.explanation)));
});

test('age: a person\'s two ages stand beside another disagreement of the same two sentences ("found after 70 minutes" / "after THREE HOURS"), not in its place', async () => {
  const context = 'An avalanche swept through the off-piste Combe Noire bowl at the Tarvenne ski resort on Tuesday. Rescuers searched the debris with dogs.';
  const links = await conflicts(
    `${context} Clara Mendel, 19, a seasonal waitress at the resort, was found after 70 minutes under 1.5 metres of snow.`,
    `${context} And in a miracle rescue, seasonal worker Clara Mandel, 17, was pulled out after THREE HOURS under the snow.`,
  );
  const show = JSON.stringify(links.map((l) => l.explanation));
  assert.ok(links.some((l) => /70 minutes/.test(l.explanation) && /THREE HOURS/.test(l.explanation)), show);
  assert.ok(links.some((l) => /Clara Mendel, 19/.test(l.explanation) && /Clara Mandel, 17/.test(l.explanation)), show);
});

test('date: a weekday alone is dated from its report\'s day, the coming one for a plan and the last one for a past deed ("expected to appear before the court on Saturday", published Thursday 9 April, is not "will appear before the court on Monday 13 April"); one day named two ways agrees', async () => {
  const { weekdayDate } = await import('../../../src/core/analysis/event-dates.ts');
  const cases: Array<[string, string, boolean, { day: number; month: string }]> = [
    ['saturday', '2026-04-09', true, { day: 11, month: 'apr' }],
    ['thursday', '2026-04-09', true, { day: 9, month: 'apr' }],
    ['thursday', '2026-04-09', false, { day: 9, month: 'apr' }],
    ['wednesday', '2026-04-10', false, { day: 8, month: 'apr' }],
    ['monday', '2026-12-30', true, { day: 4, month: 'jan' }],
  ];
  for (const [weekday, published, ahead, expected] of cases) assert.deepEqual(weekdayDate(weekday, published, ahead), expected, `${weekday} ${published} ${ahead}`);
  const context = 'Thieves tunnelled into the vault of the Fenwright Provident Bank in Marbury over Easter. Three men were arrested in Eastholm.';
  const moved = await conflicts(
    `${context} The three men are expected to appear before Marbury Magistrates' Court on Saturday if charged.`,
    `${context} Leonard Stallard, 69, and Patrick Quillan, 58, will appear before Marbury Magistrates' Court on Monday 13 April.`,
    ['2026-04-09', '2026-04-11'],
  );
  assert.ok(moved.some((l) => l.explanation === 'date: "Saturday" vs "Monday 13 April"'), JSON.stringify(moved.map((l) => l.explanation)));
  const same = await conflicts(
    `${context} The three men are expected to appear before Marbury Magistrates' Court on Monday.`,
    `${context} Leonard Stallard, 69, and Patrick Quillan, 58, will appear before Marbury Magistrates' Court on Monday 13 April.`,
    ['2026-04-09', '2026-04-11'],
  );
  assert.ok(!same.some((l) => l.detail?.type === 'date'), JSON.stringify(same.map((l) => l.explanation)));
  // Without a verb right before it a weekday dates nothing: "the hearing is on Saturday" may be any Saturday.
  const present = await conflicts(
    `${context} Their hearing at Marbury Magistrates' Court is on Saturday, the court said.`,
    `${context} Leonard Stallard, 69, and Patrick Quillan, 58, will appear before Marbury Magistrates' Court on Monday 13 April.`,
    ['2026-04-09', '2026-04-11'],
  );
  assert.ok(!present.some((l) => l.detail?.type === 'date'), JSON.stringify(present.map((l) => l.explanation)));
  // A deed to come told after a past verb ("agreed to appear") is a plan, dated ahead.
  const agreed = await conflicts(
    `${context} The three men agreed to appear before Marbury Magistrates' Court on Saturday.`,
    `${context} Leonard Stallard, 69, and Patrick Quillan, 58, will appear before Marbury Magistrates' Court on Monday 13 April.`,
    ['2026-04-09', '2026-04-11'],
  );
  assert.ok(agreed.some((l) => l.explanation === 'date: "Saturday" vs "Monday 13 April"'), JSON.stringify(agreed.map((l) => l.explanation)));
  // Two deeds of one week on two weekdays are two events, whatever words they share.
  const twoDeeds = await conflicts(
    `${context} Police searched the vault of the Marbury branch on Saturday.`,
    `${context} The bank reopened the vault of the Marbury branch on Monday.`,
    ['2026-04-09', '2026-04-11'],
  );
  assert.ok(!twoDeeds.some((l) => l.detail?.type === 'date'), JSON.stringify(twoDeeds.map((l) => l.explanation)));
});

test('time: a clause ends where another happening opens after its time ("discovered the break-in at about 8.15am on Tuesday when they opened the branch for the first time since it closed at 5pm"), and "about 8.15am" is not "7.50am"', async () => {
  const context = 'Thieves tunnelled into the vault of the Fenwright Provident Bank in Marbury over Easter. Police are examining the tunnel.';
  const links = await conflicts(
    `${context} Staff discovered the break-in at about 8.15am on Tuesday when they opened the branch for the first time since it closed at 5pm on Thursday, police said.`,
    `${context} Patrick Mwangi, the assistant manager who discovered the break-in at 7.50am on Tuesday, has been praised by police.`,
  );
  assert.ok(links.some((l) => l.detail?.type === 'time' && /8\.15am/.test(l.explanation) && /7\.50am/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
});

const CULVERT = 'Workers broke into the Tessing water works through a culvert dug beneath the Orla Road depot.';

test('quantity: a length told by its verb "from ... to" is the thing\'s own, and "a 50-metre culvert" is a length the other gives as "long"', async () => {
  const run = await conflicts(
    `${CULVERT} The culvert ran for roughly 40 feet from the depot cellar to the pump room wall.`,
    `${CULVERT} It began in the depot cellar and ran for 17 metres before reaching the pump room wall.`,
  );
  assert.ok(run.some((l) => /roughly 40 feet.*17 metres/.test(l.explanation)), JSON.stringify(run.map((l) => l.explanation)));
  const compound = await conflicts(
    `${CULVERT} The gang dug a staggering 50-metre culvert under the busy road.`,
    `${CULVERT} The culvert itself was 17 metres long, investigators said.`,
  );
  assert.ok(compound.some((l) => /50-metre.*17 metres/.test(l.explanation)), JSON.stringify(compound.map((l) => l.explanation)));
  // A compound's unsaid dimension is read as a length only: a wall's "3-metre" is its height.
  assert.deepEqual(await conflicts(
    `${CULVERT} The gang climbed a 3-metre wall at the back of the depot.`,
    `${CULVERT} The wall at the back of the depot is 12 metres long.`,
  ), []);
});

test('quantity: a thickness told in one word ("a two-metre-thick wall") meets one told after the figure', async () => {
  const links = await conflicts(
    `${CULVERT} They punched through the two-metre-thick concrete wall of the pump room.`,
    `${CULVERT} The pump room has a wall of reinforced concrete 1.1 metres thick.`,
  );
  assert.ok(links.some((l) => /two-metre-thick.*1\.1 metres/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
});

const AIRLIFT = 'A Skyrest Air Ambulance helicopter crashed on the Dornhorn ridge on Tuesday night during a rescue.';

test('quantity: what is left of a fleet is not the fleet a holder operates; the whole a part is of is not the count a contrast denies', async () => {
  assert.deepEqual(await conflicts(
    `${AIRLIFT} Skyrest Air Ambulance has grounded its two remaining helicopters while engineers carry out checks.`,
    `${AIRLIFT} Skyrest Air Ambulance operates six helicopters from four bases.`,
  ), []);
  assert.deepEqual(await conflicts(
    `${AIRLIFT} Three people died in the crash, not four as some reports claimed.`,
    `${AIRLIFT} Two of the four crew died at the scene.`,
  ), []);
  // The contrast still denies a count told outright.
  const denied = await conflicts(
    `${AIRLIFT} Three people died in the crash, not four as some reports claimed.`,
    `${AIRLIFT} Four people died when the helicopter came down.`,
  );
  assert.ok(denied.length > 0);
});

test('quantity: people on board and people who died are two counts, each told by its own verb right after the figure', async () => {
  assert.deepEqual(await conflicts(
    `${AIRLIFT} Five people were on board: the four-member crew and one walker, lifted into the cabin by winch moments before the crash.`,
    `${AIRLIFT} Three people died in the crash, not four as some reports claimed: the pilot, the winch operator and the walker.`,
  ), []);
  const links = await conflicts(
    `${AIRLIFT} Four people died in the crash on the ridge.`,
    `${AIRLIFT} Three people died in the crash on the ridge.`,
  );
  assert.ok(links.some((l) => /Four people.*Three people/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
});

test('quantity: a fate told through a verb of knowing ("are now known to have died") is that fate; those left somewhere are a remainder', async () => {
  // Known to have died is a count of the dead, not of those on board, even from a later report.
  assert.deepEqual(await conflicts(
    `${AIRLIFT} Five people were on board: the four-member crew and one of the walkers, who had been lifted into the cabin by winch moments before the crash.`,
    `${AIRLIFT} Three people are now known to have died after the walkers were lifted into the cabin by winch moments before the crash.`,
    ['2026-09-09', '2026-09-10'],
  ), []);
  const dead = await conflicts(
    `${AIRLIFT} Four people died after the helicopter came down on the ridge.`,
    `${AIRLIFT} Three people are now known to have died after the helicopter came down on the ridge.`,
  );
  assert.ok(dead.some((l) => /Four people.*Three people/.test(l.explanation)), JSON.stringify(dead.map((l) => l.explanation)));
  // Those left on the ledge are what remains of the party, not the party.
  assert.deepEqual(await conflicts(
    `${AIRLIFT} The two walkers left on the ledge were reported to be unhurt but very cold.`,
    `${AIRLIFT} The four walkers had been trapped on a tiny ledge for nine hours.`,
  ), []);
  const left = await conflicts(
    `${AIRLIFT} The two walkers left on the ledge were reported to be unhurt but very cold.`,
    `${AIRLIFT} The three walkers left on the ledge were reported to be cold.`,
  );
  assert.ok(left.some((l) => /two walkers.*three walkers/.test(l.explanation)), JSON.stringify(left.map((l) => l.explanation)));
});

test('quantity: what a ship is certified for is its capacity, not how many it carried', async () => {
  const ferry = 'The ferry Corran Star caught fire in its engine room on a night crossing to Vessholm, the coastguard said.';
  assert.deepEqual(await conflicts(
    `${ferry} The Corran Star, built in 1994, is certified for 820 passengers and 60 vehicles.`,
    `${ferry} The Corran Star was carrying 312 passengers and 60 vehicles when the fire started.`,
    ['2026-06-10', '2026-06-16'],
  ), []);
  const carried = await conflicts(
    `${ferry} The Corran Star was carrying 351 passengers when the fire broke out.`,
    `${ferry} The Corran Star was carrying 312 passengers when the fire broke out.`,
  );
  assert.ok(carried.some((l) => /351 passengers.*312 passengers/.test(l.explanation)), JSON.stringify(carried.map((l) => l.explanation)));
});

test('deadline: an interim report\'s limit is not the final report\'s; a span of days from the report\'s date is the day it names; two interim reports are one', async () => {
  const ferry = 'The Sea Incident Board opened an investigation into the fire on the ferry Corran Star.';
  const dates: [string, string] = ['2026-06-10', '2026-06-13'];
  assert.deepEqual(await conflicts(
    `${ferry} The board expects to publish an interim report within 30 days.`,
    `${ferry} The board expects to publish its interim report by 10 July and its final report within 12 months.`,
    dates,
  ), []);
  const later = await conflicts(
    `${ferry} The board expects to publish an interim report within 30 days.`,
    `${ferry} The board expects to publish its interim report by 28 July and its final report within 12 months.`,
    dates,
  );
  // (The limit's words stop where the next limit's begin.)
  assert.deepEqual(later.map((l) => l.explanation), ['deadline: "within 30 days" vs "by 28 July"']);
  // Interim findings and final ones are two reports; so are findings told with no stage that
  // come after the interim ones, but not findings due before them.
  assert.deepEqual(await conflicts(
    `${ferry} The board's chief inspector said interim findings would be published within six weeks.`,
    `${ferry} The board's chief inspector said it expected to publish its final findings within three months.`,
    dates,
  ), []);
  assert.deepEqual(await conflicts(
    `${ferry} The board's chief inspector said interim findings would be published within six weeks.`,
    `${ferry} The board's chief inspector said it expected to publish its findings within three months.`,
    dates,
  ), []);
  assert.deepEqual(await conflicts(
    `${ferry} The board's chief inspector said it expected to publish its findings within three months.`,
    `${ferry} The board's chief inspector said interim findings would be published within six weeks.`,
    dates,
  ), []);
  const sooner = await conflicts(
    `${ferry} The board said it was sending a team and expected to publish preliminary findings within 30 days.`,
    `${ferry} The board will publish its findings by the end of the month, the paper understands.`,
    ['2026-01-13', '2026-01-15'],
  );
  assert.deepEqual(sooner.map((l) => l.detail?.type), ['deadline']);
  // A span from the report's date must end on the very day named: 14 days from 16 October is
  // not the end of the month.
  const month = await conflicts(
    `${ferry} The board ordered the operator to submit a revised safety plan within 14 days.`,
    `${ferry} The board has told the operator to hand in a revised safety plan by the end of the month.`,
    ['2025-10-16', '2025-10-19'],
  );
  assert.deepEqual(month.map((l) => l.detail?.type), ['deadline']);
  // An initial report and a preliminary one are the same interim report.
  const interim = await conflicts(
    `${ferry} The board has sent a team to Vessholm and said an initial report is expected within 30 days.`,
    `${ferry} The board said it would publish a preliminary report within six weeks.`,
    dates,
  );
  assert.deepEqual(interim.map((l) => l.detail?.type), ['deadline']);
});

test('stance: a phrasal verb means only what the pair means ("grew up" is no growth against "scaled back")', async () => {
  const ferry = 'The ferry Corran Star caught fire on a night crossing to Vessholm, the coastguard said.';
  assert.deepEqual(await conflicts(
    `${ferry} The missing motorman, Jonas Petrak, 34, grew up in Skarra and has worked for the company for nine years.`,
    `${ferry} The search for Petrak, 34, who lived in Vessholm with his partner, was scaled back on Friday evening.`,
  ), []);
});

test('quantity: a day\'s rain ("on Sunday alone") is not a spell\'s ("in 30 hours")', async () => {
  const rain = 'Heavy rain washed mud into the Linvale Reservoir, which feeds the Holmby works, the water company said.';
  assert.deepEqual(await conflicts(
    `${rain} The Linvale rain gauge recorded 87mm in 30 hours, the wettest spell there in a decade.`,
    `${rain} Figures from the Linvale rain gauge show 64mm of rain fell on Sunday alone.`,
  ), []);
  const spell = await conflicts(
    `${rain} The Linvale rain gauge recorded 87mm in 30 hours, the wettest spell there in a decade.`,
    `${rain} The Linvale rain gauge recorded 64mm in 30 hours, the wettest spell there in a decade.`,
  );
  assert.ok(spell.some((l) => /87mm.*64mm/.test(l.explanation)), JSON.stringify(spell.map((l) => l.explanation)));
});

test('quantity: people who reported symptoms are people who fell ill', async () => {
  const water = 'Cryptosporidium was found in the tap water of Holmby, the Vale health protection team said.';
  const ill = await conflicts(
    `${water} The Vale health protection team said 23 people had reported symptoms consistent with cryptosporidiosis, including diarrhoea.`,
    `${water} Forty-seven people have fallen ill since the parasite was found in the town's tap water, the Vale health protection team said.`,
  );
  assert.ok(ill.some((l) => /23 people.*Forty-seven people/.test(l.explanation)), JSON.stringify(ill.map((l) => l.explanation)));
});

test('date: a works "commissioned in 1981" is one that "opened in 1974" by another account', async () => {
  const works = 'Cryptosporidium was found in the water supplied by the Holmby works near Tarrant, the water company said.';
  const links = await conflicts(
    `${works} The Holmby works, which opened in 1974, supplies almost every tap in the town.`,
    `${works} Holmby, commissioned in 1981 and last upgraded in 2012, treats water from the reservoir.`,
  );
  assert.deepEqual(links.filter((l) => l.kind !== 'shared').map((l) => l.explanation), ['date: "1974" vs "1981"']);
});

test('quantity: the first of the parts a sum is told as ("made up of $1.9 million in actual damages and $500,000") is not the sum', async () => {
  const trial = 'A jury in Westbury found that the singer Lyra Castell copied a melody by the songwriter Maren Odell.';
  assert.deepEqual((await conflicts(
    `${trial} The jury awarded Odell $2.4 million in damages on Tuesday.`,
    `${trial} The award is made up of $1.9 million in actual damages and $500,000 from the profits of the song.`,
    ['2026-03-10', '2026-03-11'],
  )).filter((l) => l.kind !== 'shared'), []);
  const award = await conflicts(
    `${trial} The jury awarded Odell $2.4 million in damages on Tuesday.`,
    `${trial} The jury awarded Odell $4.2 million in damages on Tuesday.`,
    ['2026-03-10', '2026-03-11'],
  );
  assert.ok(award.some((l) => /2\.4 million.*4\.2 million/.test(l.explanation)), JSON.stringify(award.map((l) => l.explanation)));
});

test('negation: a verb of knowing that raises another claim ("known to have died") is not what "is not yet known" denies', async () => {
  assert.deepEqual(await conflicts(
    `${AIRLIFT} The cause of the crash is not yet known, the rescue service said.`,
    `${AIRLIFT} Three people are now known to have died in the crash, the rescue service said.`,
  ), []);
  const known = await conflicts(
    `${AIRLIFT} The cause of the crash is not yet known, the rescue service said.`,
    `${AIRLIFT} The cause of the crash is now known, the rescue service said.`,
  );
  assert.ok(known.some((l) => l.detail?.type === 'negation'), JSON.stringify(known.map((l) => l.explanation)));
});

test('quantity: readings taken at two named places are two readings; one place\'s two readings conflict', async () => {
  assert.deepEqual(await conflicts(
    `${AIRLIFT} Weather records show gusts of up to 70 km/h were recorded at Brennmark during the evening.`,
    `${AIRLIFT} Data from the Vessan Col weather station show gusts reached 85 km/h near the time of the crash.`,
  ), []);
  const links = await conflicts(
    `${AIRLIFT} Weather records show gusts reached 70 km/h at Brennmark during the evening.`,
    `${AIRLIFT} Weather records show gusts reached 95 km/h at Brennmark during the evening.`,
  );
  assert.ok(links.some((l) => /70 km\/h.*95 km\/h/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
});

const TREASURER = 'The former treasurer of the Wrenfield Youth Trust was sentenced at Caddow Crown Court on Monday for stealing donations.';

test('quantity: time served in a role ("spent nine years as treasurer") is not a prison term', async () => {
  assert.deepEqual(await conflicts(
    `${TREASURER} Orrin Vale was jailed for five years and four months at Caddow Crown Court.`,
    `${TREASURER} Orrin Vale, who spent nine years as treasurer of the trust, was jailed at Caddow Crown Court.`,
  ), []);
  const links = await conflicts(
    `${TREASURER} Orrin Vale was jailed for five years and four months at Caddow Crown Court.`,
    `${TREASURER} Orrin Vale was jailed for nine years at Caddow Crown Court.`,
  );
  assert.ok(links.some((l) => /five years and four months.*nine years/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
  // "not four years" denies no part of "five years and four months".
  assert.deepEqual(await conflicts(
    `${TREASURER} Orrin Vale was sentenced to five years and four months.`,
    `${TREASURER} The judge imposed a 64-month sentence, not four years as reported in some quarters.`,
  ).then((l) => l.filter((x) => /not four/.test(x.explanation))), []);
});

test('deadline: a limit the other side also gives is agreed, whatever further limit one adds', async () => {
  const context = 'The Aviation Incident Board sent a team to the Dornhorn ridge after the helicopter crash on Tuesday.';
  assert.deepEqual(await conflicts(
    `${context} The board said an initial report is expected within 30 days.`,
    `${context} The board will issue an interim statement within 30 days, with a final report expected within 12 months.`,
  ), []);
  const links = await conflicts(
    `${context} The board said an initial report is expected within 30 days.`,
    `${context} The board said an initial report is expected within 60 days.`,
  );
  assert.ok(links.some((l) => l.detail?.type === 'deadline'), JSON.stringify(links.map((l) => l.explanation)));
});

test('quantity: two stretches told in one kind of hour are one measure ("more than 8,000 flying hours" / "about 6,400 flying hours")', async () => {
  const links = await conflicts(
    `${AIRLIFT} The helicopter was flown by Captain Ilse Marrow, 54, one of the operator's most experienced pilots, who had more than 8,000 flying hours.`,
    `${AIRLIFT} She had about 6,400 flying hours, 1,100 of them at night, according to the operator's records.`,
  );
  assert.ok(links.some((l) => /8,000 flying hours.*6,400 flying hours/.test(l.explanation)), JSON.stringify(links.map((l) => l.explanation)));
});
