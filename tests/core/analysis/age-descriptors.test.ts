import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveEntities } from '../../../src/core/analysis/entities.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { article } from './helpers.ts';

/** The entity aliases "the N-year-old" is tagged with in the last sentence of the last article, or null. */
function descriptorOf(...texts: string[]): string[] | null {
  const docs = texts.map((t, i) => prepareDoc(article(`a${i}.md`, t)));
  const { byId } = resolveEntities(docs);
  const s = docs[docs.length - 1].sentences.at(-1)!;
  const at = s.tokens.findIndex((t) => t.lower === 'year-old');
  const id = s.entityAt.get(at);
  return id === undefined ? null : byId.get(id)!.aliases;
}

const NAMED = 'The singer Selin Orvath cancelled her tour on Monday.';

test('"the N-year-old" is the one person whose age the library states as N', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['age after the name, between commas', ['Orvath, 29, rose to fame in 2015.', `${NAMED} The 29-year-old underwent surgery in Vienna.`], true],
    ['age after the name, closed by a dash', ['Orvath, 29 - nicknamed "the Comet" by fans - rose to fame in 2015.', `${NAMED} Doctors were cautious. The 29-year-old underwent surgery in Vienna.`], true],
    ['age in a word after the name, between commas', ['Orvath, twenty-nine, rose to fame in 2015.', `${NAMED} Doctors were cautious. The 29-year-old underwent surgery in Vienna.`], true],
    ['a number word after the name that runs on', ['Orvath, one of the founders, rose to fame in 2015.', `${NAMED} Doctors were cautious. The 1-year-old underwent surgery in Vienna.`], false],
    ['a number after the name that runs on', ['Orvath, 29 songs into her set, collapsed on stage.', `${NAMED} Doctors were cautious. The 29-year-old underwent surgery in Vienna.`], false],
    ['age before the name', ['The 29-year-old Selin Orvath rose to fame in 2015.', `${NAMED} The 29-year-old underwent surgery in Vienna.`], true],
    ['age in an appositive', ['Selin Orvath, a 29-year-old singer, rose to fame in 2015.', `${NAMED} The 29-year-old underwent surgery in Vienna.`], true],
    ['age in an appositive with "the"', ['Selin Orvath, the 29-year-old singer, rose to fame in 2015.', `${NAMED} The 29-year-old underwent surgery in Vienna.`], true],
    ['another age', ['Orvath, 31, rose to fame in 2015.', `${NAMED} Doctors were cautious. The 29-year-old underwent surgery in Vienna.`], false],
    ['two people of that age', ['Orvath, 29, and her drummer Tomas Belka, 29, rose to fame in 2015.', `${NAMED} The 29-year-old underwent surgery in Vienna.`], false],
    ['not named in the article before', ['Orvath, 29, rose to fame in 2015.', 'The 29-year-old underwent surgery in Vienna. Selin Orvath cancelled her tour.'], false],
    // A sentence that opens with "The 29-year-old" right after one naming only her states her age.
    ['the sentence before names her alone', [`${NAMED} The 29-year-old underwent surgery in Vienna.`], true],
    ['the sentence before names no one', ['The singer Selin Orvath cancelled her tour on Monday. Doctors were cautious. The 29-year-old underwent surgery in Vienna.'], false],
    ['the sentence before names two people', ['The singer Selin Orvath and her drummer Tomas Belka cancelled the tour. The 29-year-old underwent surgery in Vienna.'], false],
    ['someone else of that age', ['Orvath, 29, rose to fame in 2015.', `${NAMED} Her 29-year-old sister flew in from Oslo.`], false],
  ];
  for (const [name, texts, tagged] of cases) {
    const aliases = descriptorOf(...texts);
    if (tagged) assert.ok(aliases?.includes('Selin Orvath'), `${name}: ${JSON.stringify(aliases)}`);
    else assert.equal(aliases, null, name);
  }
});

test('a report that calls its subject "the 49-year-old" right after naming her disagrees with one that says she is 47', async () => {
  const { analyzeLibrary } = await import('../../../src/core/analysis/index.ts');
  const result = await analyzeLibrary([
    article('a.md', 'Television chef Rosalind Marlowe won her libel action against the Sunday Sentinel on Monday. Marlowe, 47, did not win on every point.'),
    article('b.md', 'Telly chef Ros Marlowe was last night toasting her libel win against the Sunday Sentinel. The 49-year-old sobbed in the front row as the judge ruled.'),
  ]);
  const ages = result.links.filter((l) => l.kind !== 'shared').map((l) => l.explanation);
  assert.deepEqual(ages, ['quantity: "Marlowe, 47" vs "The 49-year-old"'], JSON.stringify(result.links));
});

test('a person\'s stated age is read in the forms reports give it, and not from a neighbouring phrase', async () => {
  const { statedAgesIn } = await import('../../../src/core/analysis/age-descriptors.ts');
  // (The first sentence makes him a person whatever the second says.)
  const ageOf = (text: string): number[] => {
    const docs = [prepareDoc(article('a.md', `Elias Harnvik said he was lucky. ${text}`))];
    const { byId } = resolveEntities(docs);
    return statedAgesIn(docs[0], (id) => byId.get(id)?.kind)
      .filter((x) => byId.get(x.person)!.aliases.includes('Elias Harnvik'))
      .map((x) => x.age);
  };
  const cases: Array<[string, number[]]> = [
    ['Elias Harnvik, 29, was hit at the junction.', [29]],
    ['Elias Harnvik, aged 29, was hit at the junction.', [29]],
    ['Elias Harnvik, a twenty-nine-year-old rider, was hit at the junction.', [29]],
    ['The crash injured the seven-year-old boy Elias Harnvik on Sunday.', [7]],
    ['The crash injured the 29-year-old delivery rider Elias Harnvik on Sunday.', [29]],
    ['Police said the 34-year-old hit Elias Harnvik at the junction.', []],
    ['The crash injured the 34-year-old driver, Elias Harnvik said.', []],
    ['Elias Harnvik, aged 29-year-old, was hit.', []],
    ['Elias Harnvik, a dozen-year-old claim, was repeated.', []],
  ];
  for (const [text, ages] of cases) assert.deepEqual(ageOf(text), ages, text);
});

test('two unnamed people\'s ages in sentences that share only a place are not one age', async () => {
  const { analyzeLibrary } = await import('../../../src/core/analysis/index.ts');
  const context = 'Copies of the chemistry paper were sold online before the exam in Vorn, the ministry said.';
  const result = await analyzeLibrary([
    article('a.md', `${context} Everyone had the leaked paper on their phone by midnight, said one 17-year-old from Vorn.`, { published: '2026-06-01' }),
    article('b.md', `${context} Police in Vorn said a 34-year-old man who sold the leaked paper by phone was arrested.`, { published: '2026-06-02' }),
  ]);
  assert.deepEqual(result.links.filter((l) => l.kind !== 'shared').map((l) => l.explanation), []);
});
