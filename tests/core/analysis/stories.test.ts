import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { parseArticle } from '../../../src/core/corpus/parse-article.ts';
import type { Article } from '../../../src/core/types.ts';
import { article } from './helpers.ts';

const quakeA = (outlet: string, toll: number) =>
  article(`${outlet.toLowerCase().replace(/\s+/g, '-')}-tarnholm.md`,
    `A strong earthquake struck the mountain town of Tarnholm in western Edria on Tuesday, killing ${toll} people. ` +
    'The quake brought down the old market hall and cut power across the valley. Rescue workers searched collapsed homes through the night.',
    { outlet, published: '2022-03-08' });
const quakeB = (outlet: string, toll: number) =>
  article(`${outlet.toLowerCase().replace(/\s+/g, '-')}-selvara.md`,
    `A strong earthquake struck the coastal city of Selvara in southern Quessia on Saturday, killing ${toll} people. ` +
    'The quake brought down a hospital wing and cut power across the bay. Rescue workers searched collapsed homes through the night.',
    { outlet, published: '2022-10-22' });

test('two earthquakes in different places and months are different stories, each kept whole', async () => {
  const result = await analyzeLibrary([quakeA('Paper One', 8), quakeA('Paper Two', 8), quakeB('Paper One', 30), quakeB('Paper Three', 30)]);
  const stories = result.stories.map((s) => [...s.articles].sort());
  assert.equal(stories.length, 2, JSON.stringify(stories));
  assert.ok(stories.some((s) => s.every((id) => id.endsWith('tarnholm')) && s.length === 2));
  assert.ok(stories.some((s) => s.every((id) => id.endsWith('selvara')) && s.length === 2));
  // Links stay within a story: no link between a Tarnholm and a Selvara report.
  for (const l of result.links) assert.equal(l.a.article.split('-').pop(), l.b.article.split('-').pop(), l.explanation);
});

test('the made-up Pelmora quake: shared fact, typed quantity conflict, later revision as update', async () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'stories', 'pelmora-earthquake');
  const articles: Article[] = readdirSync(dir).sort().map((f) => parseArticle(f, readFileSync(join(dir, f), 'utf8')));
  const result = await analyzeLibrary(articles);
  assert.equal(result.stories.length, 1);
  const school = result.links.filter((l) => l.kind === 'shared' && /school/.test(l.a.quote) && /school/.test(l.b.quote));
  assert.ok(school.length >= 1, 'the collapsed school is reported by several outlets');
  const contradictions = result.links.filter((l) => l.kind === 'contradiction');
  assert.ok(contradictions.some((l) => l.explanation === 'quantity: 6.1 vs 5.8'), JSON.stringify(contradictions.map((l) => l.explanation)));
  const updates = result.links.filter((l) => l.kind === 'update');
  assert.ok(updates.length >= 1);
  for (const u of updates) {
    assert.equal(u.b.article, 'daily-meridian-quake', 'the later report is the revision');
    assert.equal(u.detail?.type, 'quantity');
  }
  assert.ok(updates.some((u) => /27/.test(u.detail!.b)), 'the death toll revised');
  assert.ok(updates.some((u) => u.detail!.a === '5.8' && u.detail!.b === '6.1'), 'the magnitude revised');
  const governor = result.entities.find((e) => e.name === 'Mara Linwood');
  assert.ok(governor?.aliases.includes('Mara Lindwood'), 'a one-letter slip in a surname merges when the first name agrees');
});

test('a follow-up nine days later that shares the company, the agency and its spokesman is the same story', async () => {
  const wire = article('wire-recall.md',
    'Marlow Dairies is recalling three batches of infant formula after 14 babies fell ill with salmonella, the Food Safety Authority said on Monday. ' +
    'Authority spokesman Idris Kale said the batches were made at the Marlow Dairies plant in Fennick. Parents should check the batch code on the tin.',
    { outlet: 'Wire', published: '2024-03-04' });
  const local = article('gazette-recall.md',
    'Workers at the Marlow Dairies plant in Fennick were sent home as production stopped. The Food Safety Authority said its inspectors were on site. ' +
    'Shops across the county cleared the formula from their shelves.',
    { outlet: 'Gazette', published: '2024-03-07' });
  const later = article('consumer-recall.md',
    'Twenty-three babies are now ill after drinking Marlow Dairies formula, the Food Safety Authority said. Its spokesman Idris Kale said one infant had died. ' +
    'Marlow Dairies said it had offered to meet the family and that refunds were available in all shops.',
    { outlet: 'Consumer Site', published: '2024-03-13' });
  // Directly, with no report in between to bridge them.
  const pair = await analyzeLibrary([wire, later]);
  assert.deepEqual(pair.stories.map((s) => [...s.articles].sort()), [['consumer-recall', 'wire-recall']]);
  const result = await analyzeLibrary([wire, local, later]);
  assert.deepEqual(result.stories.map((s) => [...s.articles].sort()), [['consumer-recall', 'gazette-recall', 'wire-recall']]);
});

test('a local paper anchored in its own town, on the same company and its chief executive the next day, is the same story', async () => {
  const wire = article('wire-breach.md',
    'Hackers stole the personal data of 2.1 million customers from Tavrin Telecom, the operator said in Selby on Wednesday. ' +
    'Tavrin Telecom chief executive Jonas Mirel said the intrusion was found a week ago. Tavrin Telecom has reported the breach to the police in Selby. ' +
    'The company said passwords were safe.',
    { outlet: 'Wire', published: '2024-09-11' });
  const local = article('courier-breach.md',
    'Customers queued outside the Tavrin Telecom shop on Harbour Street in Oldmere on Thursday, worried about their accounts. ' +
    'Staff in Oldmere handed out leaflets. Tavrin Telecom said affected customers would get free credit monitoring. ' +
    'Mirel apologised in a letter to customers, and Tavrin Telecom opened a helpline for Oldmere residents.',
    { outlet: 'Oldmere Courier', published: '2024-09-12' });
  const result = await analyzeLibrary([wire, local]);
  assert.deepEqual(result.stories.map((s) => [...s.articles].sort()), [['courier-breach', 'wire-breach']]);
});

test('two floods in two towns in one week that both quote the same agency stay different stories', async () => {
  const flood = (id: string, town: string, outlet: string, published: string) => article(`${id}.md`,
    `Flood water swept through ${town} on Monday after the river burst its banks, and hundreds of homes were evacuated. ` +
    `The Rivers Agency said the water in ${town} had risen faster than forecast. The Rivers Agency sent pumps to ${town}, ` +
    `and the Rivers Agency warned that more rain was due in ${town} overnight.`,
    { outlet, published });
  const result = await analyzeLibrary([flood('one-flood', 'Ashcombe', 'Paper One', '2024-01-08'), flood('two-flood', 'Brindlemoor', 'Paper Two', '2024-01-12')]);
  assert.equal(result.stories.length, 2, JSON.stringify(result.stories));
});

const root = join(import.meta.dirname, '..', '..', '..');
const storyFolders = [join(root, 'articles'), ...readdirSync(join(root, 'tests', 'fixtures', 'stories')).map((d) => join(root, 'tests', 'fixtures', 'stories', d))];
const articlesIn = (dir: string): Article[] =>
  readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((f) => parseArticle(f, readFileSync(join(dir, f), 'utf8')));

test('each story folder analysed alone is one story: a local angle, a tabloid or a follow-up is not split off', async () => {
  // Short reports name the operator twice and the town once; a local paper's rescue angle shares
  // little wording with the wire. Found on held-out stories (a ferry grounding, an outbreak).
  for (const dir of storyFolders) {
    const result = await analyzeLibrary(articlesIn(dir));
    assert.equal(result.stories.length, 1, `${dir}: ${JSON.stringify(result.stories.map((s) => s.articles))}`);
  }
});

test('all made-up stories and the bundled library in one library are grouped back into exactly their stories', async () => {
  const sources = storyFolders;
  const expected = new Map<string, string>();
  const articles: Article[] = [];
  for (const dir of sources) {
    for (const a of articlesIn(dir)) {
      articles.push(a);
      expected.set(a.id, dir);
    }
  }
  const result = await analyzeLibrary(articles);
  const got = result.stories.map((s) => [...s.articles].sort().join(' ')).sort();
  const want = sources.map((dir) => [...expected].filter(([, d]) => d === dir).map(([id]) => id).sort().join(' ')).sort();
  assert.deepEqual(got, want);
});

test('a report that names nothing joins the story its words match (pairs come from shared names, and nameless reports)', async () => {
  const named = article('wire-bridge.md',
    'A footbridge over the river collapsed in Orvanne on Sunday, injuring eleven walkers. Engineers blamed corroded cables and a missed inspection. ' +
    'The council closed two other footbridges for checks.',
    { outlet: 'Wire', published: '2023-05-14' });
  const nameless = article('zine-bridge.md',
    'the footbridge collapsed on sunday and injured eleven walkers. engineers say corroded cables and a missed inspection were to blame. ' +
    'two other footbridges are closed for checks.',
    { outlet: 'Zine', published: '2023-05-15' });
  const other = article('wire-fair.md',
    'The autumn book fair in Drellick drew record crowds on Saturday. Publishers reported strong sales of children’s titles.',
    { outlet: 'Wire', published: '2023-05-13' });
  const result = await analyzeLibrary([named, nameless, other]);
  const stories = result.stories.map((s) => [...s.articles].sort().join(' '));
  assert.ok(stories.includes('wire-bridge zine-bridge'), JSON.stringify(stories));
  assert.ok(stories.includes('wire-fair'), JSON.stringify(stories));
});
