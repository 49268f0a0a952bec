import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertsVerb, patientKeys } from '../../../src/core/analysis/arguments.ts';
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
