import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, type Gold } from '../../src/cli/eval.ts';
import type { AnalysisResult, Entity } from '../../src/core/types.ts';

/** The alias verdicts of `npm run eval` for a result holding only these entities. */
function aliasFailures(entities: Array<[string, Entity['kind'], string[]]>, aliases: Gold['aliases']): string[] {
  const result: AnalysisResult = {
    articles: [],
    stories: [],
    entities: entities.map(([id, kind, names]) => ({ id, name: names[0], kind, aliases: names, articles: [] })),
    facts: [],
    links: [],
  };
  return evaluate(result, [], { facts: [], conflicts: [], mustNot: [], aliases }).aliasFailures;
}

test('eval: a one-word name that is both a surname and a town names either; names of several words name one entity', () => {
  const minister = ['p1', 'person', ['Greta Tarnby', 'Tarnby']] as [string, Entity['kind'], string[]];
  const town = ['t1', 'place', ['Tarnby']] as [string, Entity['kind'], string[]];
  const cases: Array<[string, Array<[string, Entity['kind'], string[]]>, Gold['aliases'], string[]]> = [
    ['the surname and the town kept apart', [minister, town], { merge: [['Greta Tarnby', 'Tarnby']], separate: [['Greta Tarnby', 'Tarnby']] }, []],
    ['the town merged into the minister', [minister], { merge: [], separate: [['Greta Tarnby', 'Tarnby']] }, ['wrongly merged: Greta Tarnby + Tarnby']],
    ['the surname never joined to the full name', [['p1', 'person', ['Greta Tarnby']], town], { merge: [['Greta Tarnby', 'Tarnby']], separate: [] }, ['not merged: Greta Tarnby / Tarnby']],
    ['one full name split over two entities', [minister, ['p2', 'person', ['Greta Tarnby']]], { merge: [['Greta Tarnby', 'Tarnby']], separate: [] }, ['not merged: Greta Tarnby / Tarnby']],
    ['a name nowhere', [town], { merge: [['Greta Tarnby', 'Tarnby']], separate: [] }, ['not found as an entity: Greta Tarnby (group Greta Tarnby / Tarnby)']],
  ];
  for (const [why, entities, aliases, want] of cases) assert.deepEqual(aliasFailures(entities, aliases), want, why);
});

test('eval: a gold name with a title ("Mr Haernvik", "Captain Idris Calder") is the name the engine reports without it', () => {
  const rider = ['p1', 'person', ['Elias Haernvik', 'Haernvik']] as [string, Entity['kind'], string[]];
  const role = ['p2', 'person', ['Idris Calder']] as [string, Entity['kind'], string[]];
  const cases: Array<[string, Array<[string, Entity['kind'], string[]]>, Gold['aliases'], string[]]> = [
    ['a courtesy title before a surname', [rider, role], { merge: [['Elias Haernvik', 'Mr Haernvik']], separate: [] }, []],
    ['an office before a full name and before a surname', [rider, role], { merge: [['Captain Idris Calder', 'Captain Calder']], separate: [] }, []],
    ['a title alone is no name', [rider], { merge: [['Elias Haernvik', 'Mr Haernvik', 'Mr']], separate: [] }, ['not found as an entity: Mr (group Elias Haernvik / Mr Haernvik / Mr)']],
    ['two people stay two, titled or not', [rider, role], { merge: [], separate: [['Mr Haernvik', 'Captain Calder']] }, []],
    // Every title word goes, however many: "Assistant Chief Constable", "Det Supt".
    ['several title words before a name', [rider, role], { merge: [['Detective Superintendent Idris Calder', 'Det Supt Idris Calder', 'Idris Calder']], separate: [] }, []],
    // "First" opens a title of two words ("First Officer"), and is no title alone.
    ['a rank opened by "First"', [rider, role], { merge: [['First Officer Idris Calder', 'Idris Calder']], separate: [] }, []],
    ['"First" alone is a word of the name', [rider, role], { merge: [['First Idris Calder', 'Idris Calder']], separate: [] }, ['not found as an entity: First Idris Calder (group First Idris Calder / Idris Calder)']],
    // A titled surname is one word, which may name a place too: "Mrs Haernvik" and the town of Haernvik.
    ['a titled surname that is also a town', [rider, ['t1', 'place', ['Haernvik']]], { merge: [['Elias Haernvik', 'Mr Haernvik']], separate: [] }, []],
  ];
  for (const [why, entities, aliases, want] of cases) assert.deepEqual(aliasFailures(entities, aliases), want, why);
});
