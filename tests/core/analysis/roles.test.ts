import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveEntities } from '../../../src/core/analysis/entities.ts';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { roleMentions } from '../../../src/core/analysis/roles.ts';
import { article } from './helpers.ts';

/** The roles one article gives its people, as "name: role class". */
function rolesIn(text: string): string[] {
  const doc = prepareDoc(article('one.md', text));
  const { byId } = resolveEntities([doc]);
  return roleMentions(doc, (id) => byId.get(id)?.kind).map((r) => `${byId.get(r.person)!.name}: ${r.role}`);
}

const CASES: Array<{ text: string; roles: string[] }> = [
  { text: 'Trade minister Teodor Shenari visited the site on Saturday.', roles: ['Teodor Shenari: minister'] },
  { text: 'Colm Marrick, the company spokesman, said the shaft was safe.', roles: ['Colm Marrick: spokesperson'] },
  { text: 'Yuliya Kharitonova, a spokeswoman for the ministry, declined to comment.', roles: ['Yuliya Kharitonova: spokesperson'] },
  { text: "The pilots were not at fault, said the association's chairman, Bruno Ostlander.", roles: ['Bruno Ostlander: leader'] },
  { text: 'Teodor Malvik, who chairs the canal authority, refused to answer.', roles: ['Teodor Malvik: leader'] },
  { text: 'Tomasz Wierenga heads the emergency agency.', roles: ['Tomasz Wierenga: leader'] },
  { text: 'Union boss Dmitri Yevchenko walked out of the talks.', roles: ['Dmitri Yevchenko: leader'] },
  { text: 'Captain Ruslan Tsigankov has not commented publicly.', roles: ['Ruslan Tsigankov: captain'] },
  // Not an office held now, or not an office at all.
  { text: 'Former minister Ansel Dravik was released on bail.', roles: [] },
  { text: 'Ansel Dravik, a former minister, was released on bail.', roles: [] },
  { text: 'Mr Ansel Dravik was released on bail.', roles: [] },
  { text: 'Actor Ansel Dravik was released on bail.', roles: [] },
];

for (const { text, roles } of CASES) {
  test(`roles: ${text}`, () => assert.deepEqual(rolesIn(text), roles));
}

const FIRST = 'Floodwater from the Velsa swamped the lower town of Drummel on Friday. Mayor Ilka Brandstetter ordered schools to close on Friday morning. Volunteers filled sandbags outside the church of St Aldo.';
const SECOND = 'Residents of Drummel spent the weekend pumping water out of their cellars. Insurers expect claims to reach record levels this year. Mayor Ilka Brandstetter toured the damaged streets on Sunday.';

async function sharedOf(a: string, b: string): Promise<Array<{ explanation: string; quotes: string[] }>> {
  const result = await analyzeLibrary([article('first.md', a, { outlet: 'One' }), article('second.md', b, { outlet: 'Two' })]);
  assert.equal(result.stories.length, 1, 'one story');
  return result.links.filter((l) => l.kind === 'shared').map((l) => ({ explanation: l.explanation, quotes: [l.a.quote, l.b.quote] }));
}

test('two reports that share nothing else share the person both name to one office', async () => {
  assert.deepEqual(await sharedOf(FIRST, SECOND), [{
    explanation: 'shared: both name Ilka Brandstetter as mayor',
    quotes: ['Mayor Ilka Brandstetter ordered schools to close on Friday morning.', 'Mayor Ilka Brandstetter toured the damaged streets on Sunday.'],
  }]);
});

test('a person given two different roles is no common ground', async () => {
  const second = SECOND.replace('Mayor Ilka Brandstetter', 'Ilka Brandstetter, the council spokeswoman,');
  assert.deepEqual(await sharedOf(FIRST, second), []);
});

test('reports that already share a fact get no link for an office as well', async () => {
  const fact = ' The Velsa peaked at 6.4 metres at the Drummel gauge late on Saturday, a record.';
  const links = await sharedOf(FIRST + fact, SECOND + fact);
  assert.ok(links.length > 0, 'the fact is shared');
  assert.ok(links.every((l) => !l.explanation.startsWith('shared: both name')), JSON.stringify(links));
});
