import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClauses, splitSentences } from '../../../src/core/analysis/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

test('sentences: abbreviations, initials and dotted acronyms do not end a sentence', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Smith met Dr. Jones on Friday. They talked for an hour.', ['Mr. Smith met Dr. Jones on Friday.', 'They talked for an hour.']],
    ['D. Trump considers this acceptable. Others do not.', ['D. Trump considers this acceptable.', 'Others do not.']],
    ['The report was written by Nancy A. Youssef and others. It ran on page one.', ['The report was written by Nancy A. Youssef and others.', 'It ran on page one.']],
    ['The U.S. Treasury said so. Prices rose.', ['The U.S. Treasury said so.', 'Prices rose.']],
    ['Aid arrived from the U.S. The next day it ran out.', ['Aid arrived from the U.S.', 'The next day it ran out.']],
    ['It cost 3.5 million. Jan. 20 was the date.', ['It cost 3.5 million.', 'Jan. 20 was the date.']],
    ['It derailed shortly after 8:15 a.m. Three of its six carriages left the track.', ['It derailed shortly after 8:15 a.m.', 'Three of its six carriages left the track.']],
    ['The train left at 7 a.m. Tuesday with 80 people aboard.', ['The train left at 7 a.m. Tuesday with 80 people aboard.']],
    // "No." abbreviates "number" only before a figure.
    ['It gave Yes 6,214 votes against 6,178 for No. The council listed 75 rejected papers.', ['It gave Yes 6,214 votes against 6,178 for No.', 'The council listed 75 rejected papers.']],
    ['She beat the world No. 3 in straight sets.', ['She beat the world No. 3 in straight sets.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(split(text), expected, text);
});

test('sentences: quotes close with their sentence, "--" does not split, lines always do', () => {
  assert.deepEqual(split('He said, “We are leaving.” Then he left.'), ['He said, “We are leaving.”', 'Then he left.']);
  assert.deepEqual(split('Gains are slow -- even though losses are heavy. Next.'), ['Gains are slow -- even though losses are heavy.', 'Next.']);
  assert.deepEqual(split('A heading\n\nBody text here. More text'), ['A heading', 'Body text here.', 'More text']);
});

test('clauses: split at semicolons, dashes and ", but", never crossing the sentence', () => {
  const text = 'He promised a deal within a day; the timeframe later grew to six months, but nobody objected to the change.';
  const [s] = splitSentences(text);
  const clauses = splitClauses(text, s).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(clauses, ['He promised a deal within a day', 'the timeframe later grew to six months', 'but nobody objected to the change.']);
});

test('sentence ranges index the original text exactly', () => {
  const text = '  First one.   Second one!  Third?\nFourth';
  for (const r of splitSentences(text)) {
    const s = text.slice(r.start, r.end);
    assert.equal(s, s.trim());
    assert.ok(s.length > 0);
  }
});

test('clauses: also at a bare "but" and at participle phrases, so a fact inside a long sentence stands alone', () => {
  const cases: Array<[string, string[]]> = [
    // "urging peace" is too short to stand alone and folds back into its neighbour.
    ['He sent mixed signals, urging peace but also suggesting he might cut aid to the army.', ['He sent mixed signals, urging peace', 'but also suggesting he might cut aid to the army.']],
    ['The team is holding talks in the capital but a deal is unlikely to be on the table.', ['The team is holding talks in the capital', 'but a deal is unlikely to be on the table.']],
    ['The council met on Monday, ending a long dispute over the harbour.', ['The council met on Monday', 'ending a long dispute over the harbour.']],
    // A short subject ending in a name, cut off by a participle, is not a clause of its own.
    ['Union leader Marek Dovan, speaking to strikers outside the terminal, said crew wanted a fair wage.', ['Union leader Marek Dovan, speaking to strikers outside the terminal, said crew wanted a fair wage.']],
    ['Watch for diarrhoea, fever, vomiting or unusual sleepiness, and call a doctor.', ['Watch for diarrhoea, fever', 'vomiting or unusual sleepiness', 'and call a doctor.']],
  ];
  for (const [text, want] of cases) {
    const [s] = splitSentences(text);
    assert.deepEqual(splitClauses(text, s).map((r) => text.slice(r.start, r.end)), want, text);
  }
});
