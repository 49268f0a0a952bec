import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { article } from './helpers.ts';

const CONTEXT = 'Four wolves escaped from Kessby Zoo on Monday night after a storm tore down a fence, police said. Officers searched the woods around Kessby Zoo.';

/** The conflict explanations between two reports of one event that differ in their last sentence. */
async function explanations(a: string, b: string): Promise<string[]> {
  const result = await analyzeLibrary([
    article('first.md', `${CONTEXT} ${a}`, { outlet: 'Outlet One', published: '2026-03-02' }),
    article('second.md', `${CONTEXT} ${b}`, { outlet: 'Outlet Two', published: '2026-03-02' }),
  ]);
  return result.links.filter((l) => l.kind !== 'shared').map((l) => l.explanation);
}

test('"no one was hurt" or "no animal was shot" is denied by a report that names one who was', async () => {
  const cases: Array<[string, string, string[]]> = [
    ['No one was injured, the zoo said.', 'A keeper was hurt when a wolf lunged at him near the gate.', ['negation: "No one was injured" vs "keeper was hurt"']],
    ['Nobody has been hurt, the police chief said.', 'Local man Arvo Lindqvist was hurt when a wolf lunged at his dog near the gate.', ['negation: "Nobody has been hurt" vs "Arvo Lindqvist was hurt"']],
    ['No animal was shot, the police chief said.', 'The Post can reveal that one wolf was shot dead by a marksman near the gate.', ['negation: "No animal was shot" vs "wolf was shot"']],
    ['The zoo insisted that no ransom was paid to the thieves.', 'A source said a ransom was paid in cash to the thieves.', ['negation: "no ransom was paid" vs "ransom was paid"']],
    // Something else of the kind, another time or occasion, a narrowed denial, a doubted report: no conflict.
    ['No keeper was hurt, the zoo said.', 'A visitor was hurt when a wolf lunged at him near the gate.', []],
    ['No one was hurt after the wolves were caught, the zoo said.', 'A keeper was hurt when a wolf lunged at him near the gate.', []],
    ['No one was hurt in that incident, the zoo said.', 'A keeper was hurt when a wolf lunged at him near the gate.', []],
    ['No further animals were shot, the police chief said.', 'One wolf was shot dead by a marksman near the gate.', []],
    ['No one was injured, the zoo said.', 'A keeper may have been hurt when a wolf lunged at him near the gate.', []],
    ['No one was injured, the zoo said.', 'Was a keeper hurt when a wolf lunged at him near the gate?', []],
  ];
  for (const [a, b, want] of cases) assert.deepEqual(await explanations(a, b), want, `${a} / ${b}`);
});
