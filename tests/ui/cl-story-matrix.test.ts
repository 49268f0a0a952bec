import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { AnalysisService } from '../../src/app/analysis-client.ts';
import type { Article } from '../../src/core/types.ts';
import '../../src/ui/cl-story-matrix.ts';
import type { ClStoryMatrix } from '../../src/ui/cl-story-matrix.ts';
import { engineAnalysis, readerStory } from './analysis-fixture.ts';
import { mountWithLibrary, until } from './mount.ts';

let articles: Article[];
let analysis: AnalysisService;
let storyId: string;

before(async () => {
  articles = await readerStory();
  analysis = engineAnalysis(articles);
  const result = await analysis.result();
  storyId = result.stories.find((s) => s.articles.length === 3)!.id;
});

async function mount(id: string): Promise<ClStoryMatrix> {
  const el = await mountWithLibrary<ClStoryMatrix>(html`<cl-story-matrix story-id=${id}></cl-story-matrix>`, articles, analysis);
  await until(() => !el.shadowRoot!.querySelector('[role="status"]'), 'analysis loaded');
  return el;
}

const rows = (el: ClStoryMatrix) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const counts = (el: ClStoryMatrix) => rows(el).map((r) => Number(r.querySelector('.count')!.textContent!.split(' of ')[0]));

describe('story matrix', () => {
  it('without a story id lists the stories with their outlets, each opening its matrix', async () => {
    const el = await mount('');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.story')];
    expect(links.length).to.be.greaterThan(0);
    const story = links.find((a) => a.getAttribute('href') === `#/story/${encodeURIComponent(storyId)}`)!;
    expect(story.textContent).to.contain('3 reports');
    for (const outlet of ['Harbor Times', 'Northline News', 'Daily Meridian']) expect(story.textContent).to.contain(outlet);
  });

  it('shows outlets as columns, oldest first, and facts as rows with how many outlets report them', async () => {
    const el = await mount(storyId);
    const headers = [...el.shadowRoot!.querySelectorAll('th.outlet')].map((th) => th.textContent!.trim());
    expect(headers[2]).to.contain('Daily Meridian'); // the only report of 11 April
    expect(rows(el).length).to.be.greaterThan(0);
    for (const r of rows(el)) expect(r.querySelectorAll('td.cell').length).to.equal(3);
    // Most reported first by default.
    const c = counts(el);
    expect(c).to.deep.equal([...c].sort((x, y) => y - x));
  });

  it('marks the death-toll disagreement as contradicted or updated, in words and glyphs, not colour alone', async () => {
    const el = await mount(storyId);
    const states = rows(el).flatMap((r) => [...r.querySelectorAll<HTMLElement>('td.cell')].map((td) => td.dataset.state));
    expect(states.some((s) => s === 'contradicted' || s === 'updated')).to.equal(true);
    for (const td of el.shadowRoot!.querySelectorAll<HTMLElement>('td.cell')) {
      const words = { reported: 'reported', contradicted: 'contradicts', updated: 'updated', silent: 'silent' } as const;
      expect(td.textContent).to.contain(words[td.dataset.state as keyof typeof words]);
    }
  });

  it('sorts by how many outlets report a fact, both ways, from the keyboard', async () => {
    const el = await mount(storyId);
    const sort = el.shadowRoot!.querySelector<HTMLButtonElement>('button.sort')!;
    sort.focus();
    sort.click();
    await el.updateComplete;
    const c = counts(el);
    expect(c).to.deep.equal([...c].sort((x, y) => x - y));
    expect(el.shadowRoot!.querySelector('th.count')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('a cell opens the passage: its link is the article deep link whose offsets hold the quote', async () => {
    const el = await mount(storyId);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('td.cell a')!;
    const match = /^#\/article\/([^?]+)\?at=(\d+)-(\d+)$/.exec(link.getAttribute('href')!)!;
    const article = articles.find((a) => a.id === decodeURIComponent(match[1]))!;
    const quote = article.text.slice(Number(match[2]), Number(match[3]));
    expect(link.title).to.equal(`“${quote}”`);
  });

  it('says so when the story id is unknown and offers the list instead', async () => {
    const el = await mount('no-such-story');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('No story has the id');
    expect(el.shadowRoot!.querySelectorAll('a.story').length).to.be.greaterThan(0);
  });

  it('passes axe-core accessibility checks', async () => {
    const el = await mount(storyId);
    await expect(el).to.be.accessible();
  });
});
