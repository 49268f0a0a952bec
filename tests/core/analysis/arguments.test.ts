import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertsVerb, patientKeys, patientModifiers, samePatient } from '../../../src/core/analysis/arguments.ts';
import { resolveEntities } from '../../../src/core/analysis/entities.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { article } from './helpers.ts';

/** The first sentence of `text` and the index of the token `word` in it. */
function at(text: string, word: string) {
  const s = prepareDoc(article('a.md', text)).sentences[0];
  const i = s.tokens.findIndex((t) => t.lower === word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return { s, i };
}

test('patientKeys: the subject of a passive, the words of an active object', () => {
  const table: Array<[string, string, string[]]> = [
    ['The crew had been warned about the gale.', 'warned', ['crew']],
    ['The crew of the ferry were not warned about the storm.', 'warned', ['ferri', 'crew']],
    ['The tour has not yet been cancelled.', 'cancelled', ['tour']],
    ['She has cancelled her entire world tour, a source said.', 'cancelled', ['entir', 'world', 'tour']],
    ['Officials warned the crew about the gale.', 'warned', ['crew']],
    ['It was not cancelled.', 'cancelled', []],
    ['The match was postponed, officials said.', 'postponed', ['match']],
    ['Crew on the doomed ferry were never warned.', 'warned', ['crew', 'ferri']],
    ['Reinholt conceded late on Sunday.', 'conceded', []],
    ['The fire crossed the river early on Sunday.', 'crossed', ['river']],
    ['Gunmen killed the family in their home.', 'killed', ['famili']],
  ];
  for (const [text, verb, keys] of table) {
    const { s, i } = at(text, verb);
    assert.deepEqual([...patientKeys(s, i)].sort(), [...keys].sort(), text);
  }
});

test('assertsVerb: not a noun after a determiner, not an aim\'s infinitive', () => {
  const table: Array<[string, string, boolean]> = [
    ['The company caused the fire.', 'caused', true],
    ['The cause of the fire is unknown.', 'cause', false],
    ['The group is threatening to publish the data.', 'publish', false],
    ['The group plans to publish the data.', 'publish', false],
    ['The group agreed to publish the data.', 'publish', true],
    ['The group published the data.', 'published', true],
  ];
  for (const [text, word, expected] of table) {
    const { s, i } = at(text, word);
    assert.equal(assertsVerb(s, i), expected, text);
  }
});

test('patientModifiers: the words that narrow a passive\'s subject to some of its kind', () => {
  const table: Array<[string, string, string[]]> = [
    ['Long-haul flights were not cancelled, it said.', 'cancelled', ['longhaul']],
    ['Flights were not cancelled, it said.', 'cancelled', []],
    ['The flights were not cancelled.', 'cancelled', []],
    ['Officials said that all flights were cancelled.', 'cancelled', []],
    ['Officials cancelled the flights.', 'cancelled', []],
    ['Crew on the doomed ferry were never warned.', 'warned', []],
  ];
  for (const [text, verb, keys] of table) {
    const { s, i } = at(text, verb);
    assert.deepEqual(patientModifiers(s, i), keys, text);
  }
});

test('samePatient: a key in common, or a plain noun that is the last word of a name on the other side', () => {
  const table: Array<[string[], string[], boolean]> = [
    [['river'], ['E:sable-river', 'H:river'], true],
    [['E:sable-river', 'H:river'], ['river'], true],
    [['E:sable-river', 'H:river'], ['E:sable-river', 'H:river'], true],
    [['E:sable-river', 'H:river'], ['E:dunn-river', 'H:river'], false],
    [['fire'], ['river'], false],
  ];
  for (const [x, y, same] of table) assert.equal(samePatient(new Set(x), new Set(y)), same, `${x} / ${y}`);
});

test('patientKeys: a name in the object also gives its last word as a head', () => {
  const docs = [prepareDoc(article('a.md', 'The fire jumped the Sable River late on Sunday. The Sable River runs east of the town.'))];
  const { byId } = resolveEntities(docs);
  const s = docs[0].sentences[0];
  const keys = [...patientKeys(s, s.tokens.findIndex((t) => t.lower === 'jumped'))];
  assert.ok(byId.size > 0 && keys.some((k) => k.startsWith('E:')), JSON.stringify(keys));
  assert.ok(keys.includes('H:river'), JSON.stringify(keys));
});
