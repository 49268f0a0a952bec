import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negativeForms, predicateAdjectives } from '../../../src/core/analysis/predicate-adjectives.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { article } from './helpers.ts';

test('negativeForms: a word and the same word with a negative prefix', () => {
  const table: Array<[string, string, boolean]> = [
    ['adequate', 'inadequate', true],
    ['inadequate', 'adequate', true],
    ['legal', 'illegal', true],
    ['safe', 'unsafe', true],
    ['honest', 'dishonest', true],
    ['responsible', 'irresponsible', true],
    ['partisan', 'non-partisan', true],
    ['valuable', 'invaluable', false],
    ['famous', 'infamous', false],
    ['to', 'into', false],
    ['adequate', 'adequate', false],
    ['safe', 'unsure', false],
    ['armed', 'unarmed', true],
    ['charged', 'discharged', false],
    ['formed', 'informed', false],
    ['important', 'unimportant', true],
    ['unimportant', 'important', true],
  ];
  for (const [x, y, expected] of table) assert.equal(negativeForms(x, y), expected, `${x} / ${y}`);
});

test('predicateAdjectives: what a sentence says something is, of what, and whether it denies it', () => {
  const read = (text: string) => {
    const s = prepareDoc(article('a.md', text)).sentences[0];
    return predicateAdjectives(s).map((p) => ({ adjective: s.tokens[p.adjective].lower, subject: [...p.subject].sort(), negated: p.negated }));
  };
  const table: Array<[string, Array<{ adjective: string; subject: string[]; negated: boolean }>]> = [
    ['A spokesman defended the plan, saying security at the building was adequate.', [{ adjective: 'adequate', subject: ['build', 'secur'], negated: false }]],
    ['She said that security was “completely inadequate” for a tax office.', [{ adjective: 'inadequate', subject: ['secur'], negated: false }]],
    ['The bridge was not safe, engineers said.', [{ adjective: 'safe', subject: ['bridg'], negated: true }]],
    ['It was 40 kilometres from the town.', []],
    ['The mayor was in Orvesk on Monday.', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(read(text), expected, text);
});
