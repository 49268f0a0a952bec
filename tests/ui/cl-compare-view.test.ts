import { ContextProvider } from '@lit/context';
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import type { AnalysisService } from '../../src/app/analysis-client.ts';
import { analysisContext, libraryContext } from '../../src/app/contexts.ts';
import { MemoryLibrary } from '../../src/app/library-service.ts';
import type { AnalysisResult, Article, Link, LinkKind, Span } from '../../src/core/types.ts';
import '../../src/ui/cl-compare-view.ts';
import type { ClCompareView } from '../../src/ui/cl-compare-view.ts';
import { compareHref } from '../../src/app/routes.ts';
import { article, until } from './mount.ts';

/** Background paragraphs, so that the linked passages sit far down in both scroll columns. */
function filler(tag: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `${tag} background ${i + 1}: the crossing has carried traffic since 1911 and was last repaired a decade ago, engineers recalled.`).join('\n\n');
}

const wire = article('2024-03-01-city-wire-bridge.md', `---
title: Barge hits Eastgate bridge
outlet: City Wire
published: 2024-03-01
---
A barge struck the Eastgate bridge late on Friday.

${filler('Wire', 12)}

Officials said two people were hurt in the collision.

${filler('Wire more', 6)}

The bridge will reopen in May, the council said.

${filler('Wire end', 10)}
`);

const gazette = article('2024-03-02-harbour-gazette-bridge.md', `---
title: Bridge closed after barge strike
outlet: Harbour Gazette
published: 2024-03-02
---
${filler('Gazette', 4)}

A barge hit the Eastgate bridge on Friday night, officials said.

${filler('Gazette more', 14)}

Police said nobody was hurt.

The bridge will reopen in June, the council now says.

The mayor ordered an inspection of every pier.

${filler('Gazette end', 12)}
`);

const sun = article('2024-03-03-river-sun-bridge.md', `---
title: Inspection ordered at Eastgate
outlet: River Sun
published: 2024-03-03
---
The mayor ordered an inspection of every pier on Saturday.
`);

const ARTICLES: Article[] = [wire, gazette, sun];

function spanOf(a: Article, quote: string): Span {
  const start = a.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in ${a.id}`);
  return { article: a.id, start, end: start + quote.length, quote };
}

function link(id: string, kind: LinkKind, a: Span, b: Span, explanation = ''): Link {
  return { id, kind, a, b, score: 0.9, explanation };
}

/** A real analysis result over the fixture articles: three links between wire and gazette, one gazette–sun. */
const RESULT: AnalysisResult = {
  articles: ARTICLES.map(({ id, title, outlet, published }) => ({ id, title, outlet, published })),
  stories: [{ id: 's-bridge', articles: ARTICLES.map((a) => a.id) }],
  entities: [],
  facts: [
    { id: 'f-barge', summary: 'A barge struck the Eastgate bridge', articles: [wire.id, gazette.id], links: [0] },
    { id: 'f-mayor', summary: 'The mayor ordered an inspection', articles: [gazette.id, sun.id], links: [3] },
  ],
  links: [
    link('l-barge', 'shared', spanOf(wire, 'A barge struck the Eastgate bridge'), spanOf(gazette, 'A barge hit the Eastgate bridge')),
    link('l-hurt', 'contradiction', spanOf(wire, 'two people were hurt'), spanOf(gazette, 'nobody was hurt'), 'negation: "two people were hurt" vs "nobody was hurt"'),
    link('l-reopen', 'update', spanOf(wire, 'The bridge will reopen in May'), spanOf(gazette, 'The bridge will reopen in June'), 'date: "May" vs "June"'),
    link('l-mayor', 'shared', spanOf(gazette, 'The mayor ordered an inspection of every pier'), spanOf(sun, 'The mayor ordered an inspection of every pier')),
  ],
};

const fixedAnalysis = (result: AnalysisResult): AnalysisService => ({ result: async () => result });

/** Renders inside an element that provides the library and the analysis, as the shell does. */
async function mount<T extends Element>(template: TemplateResult, analysis: AnalysisService | undefined = fixedAnalysis(RESULT)): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: libraryContext, initialValue: new MemoryLibrary(ARTICLES) });
  new ContextProvider(host, { context: analysisContext, initialValue: analysis });
  render(template, host);
  const element = host.firstElementChild as T & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element;
}

async function mountCompare(a = wire.id, b = gazette.id, analysis?: AnalysisService): Promise<ClCompareView> {
  const el = await mount<ClCompareView>(html`<cl-compare-view a=${a} b=${b}></cl-compare-view>`, analysis);
  await until(() => !el.shadowRoot!.textContent!.includes('Loading the articles') && !el.shadowRoot!.textContent!.includes('Finding the connections'), 'articles and links to load');
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('cl-compare-view', () => {
  const hash = location.hash;
  afterEach(() => history.replaceState(null, '', hash || location.pathname + location.search));

  it('renders both articles from their Markdown, side by side', async () => {
    const el = await mountCompare();
    expect($(el, '#title-left').textContent).to.equal('Barge hits Eastgate bridge');
    expect($(el, '#title-right').textContent).to.equal('Bridge closed after barge strike');
    expect($(el, '.pane[data-side="left"] .body').textContent).to.contain('A barge struck the Eastgate bridge');
    expect($(el, '.pane[data-side="right"] .body p')).to.exist;
    const [left, right] = $$(el, '.pane');
    expect(left.getBoundingClientRect().top).to.equal(right.getBoundingClientRect().top);
    expect(left.getBoundingClientRect().right).to.be.below(right.getBoundingClientRect().left);
  });

  it('paints every kind of link in both texts and clears the highlights on disconnect', async () => {
    const el = await mountCompare();
    for (const name of ['cl-shared', 'cl-contradiction', 'cl-update']) {
      expect(CSS.highlights.has(name), name).to.equal(true);
      expect(CSS.highlights.get(name)!.size, `${name} in both columns`).to.equal(2);
    }
    el.remove();
    for (const name of ['cl-shared', 'cl-contradiction', 'cl-update', 'cl-active']) expect(CSS.highlights.has(name), name).to.equal(false);
  });

  it('draws one connector per link between the pair, styled by kind', async () => {
    const el = await mountCompare();
    await until(() => $$(el, '.gutter path.connector').length > 0, 'connectors');
    const paths = $$<SVGPathElement>(el, '.gutter path.connector');
    expect(paths.length).to.equal(3); // l-mayor is gazette–sun and is not drawn
    expect(paths.map((p) => p.dataset.link).sort()).to.deep.equal(['l-barge', 'l-hurt', 'l-reopen']);
    const dash = (kind: string) => getComputedStyle($(el, `path.connector.${kind}`)).strokeDasharray;
    expect(new Set([dash('shared'), dash('contradiction'), dash('update')]).size).to.equal(3);
    for (const p of paths) expect(p.getAttribute('d')).to.match(/^M0,[-\d.]+ C/);
  });

  it('lists each link with its kind, both quotes and a Show button', async () => {
    const el = await mountCompare();
    const items = $$(el, 'ol.links > li');
    expect(items.map((li) => li.querySelector('.kind')!.textContent!.trim().split(/[\s:]+/)[1])).to.deep.equal(['Shared', 'Contradiction', 'Update']);
    expect(items[1].textContent).to.contain('“two people were hurt”').and.contain('“nobody was hurt”').and.contain('negation');
    expect(items[1].querySelector('.quote .who')!.textContent).to.equal('City Wire:');
    expect($(el, '#links-heading').textContent).to.equal('Connections (3)');
    expect(items.every((li) => li.querySelector('button.show'))).to.equal(true);
  });

  it('orients the links to the columns when the articles are swapped', async () => {
    const el = await mountCompare(gazette.id, wire.id);
    const first = $$(el, 'ol.links > li')[0];
    expect(first.querySelectorAll('.quote')[0].textContent).to.contain('Harbour Gazette').and.contain('A barge hit');
    await until(() => $$(el, '.gutter path.connector').length === 3, 'connectors');
    expect(first.querySelectorAll('.quote')[1].textContent).to.contain('City Wire').and.contain('A barge struck');
  });

  it('scrolls both columns to the pair when Show is clicked', async () => {
    const el = await mountCompare();
    const [left, right] = $$(el, '.pane');
    expect(left.scrollHeight).to.be.above(left.clientHeight);
    expect([left.scrollTop, right.scrollTop]).to.deep.equal([0, 0]);
    $$<HTMLButtonElement>(el, 'button.show')[2].click();
    await el.updateComplete;
    expect(left.scrollTop).to.be.above(0);
    expect(right.scrollTop).to.be.above(0);
    expect($(el, 'li.link.active').dataset.link).to.equal('l-reopen');
    expect(CSS.highlights.get('cl-active')!.size).to.equal(2);
    expect($(el, '[role="status"]').textContent).to.equal('Showing connection 3 of 3.');
    await frame();
    expect($(el, 'path.connector.active').dataset.link).to.equal('l-reopen');
    // Both passages end up level across the gutter.
    const [l, r] = $(el, 'path.connector.active').getAttribute('d')!.match(/^M0,([-\d.]+) .* [\d.]+,([-\d.]+)$/)!.slice(1).map(Number);
    expect(Math.abs(l - r)).to.be.below(30);
  });

  it('follows scrolling from one column to the other, unless switched off', async () => {
    const el = await mountCompare();
    const [left, right] = $$(el, '.pane');
    left.scrollTop = 600;
    await frame();
    expect(right.scrollTop).to.be.above(0);
    const follow = $<HTMLInputElement>(el, '.follow input');
    expect(follow.checked).to.equal(true);
    follow.click();
    await el.updateComplete;
    const before = right.scrollTop;
    left.scrollTop = 100;
    await frame();
    expect(right.scrollTop).to.equal(before);
  });

  it('changes the hash from the pickers and shows when the pair has no links', async () => {
    const el = await mountCompare();
    expect($(el, 'label[for="pick-left"]').textContent).to.equal('Left article');
    const right = $<HTMLSelectElement>(el, '#pick-right');
    expect(right.value).to.equal(gazette.id);
    right.value = sun.id;
    right.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal(compareHref(wire.id, sun.id));
    await until(() => $(el, '#title-right')?.textContent === 'Inspection ordered at Eastgate', 'the new article');
    await el.updateComplete;
    expect($(el, '.list .empty').textContent).to.contain('No links between these articles');
    expect(CSS.highlights.has('cl-shared')).to.equal(false);
    $<HTMLButtonElement>(el, 'button.swap').click();
    expect(location.hash).to.equal(compareHref(sun.id, wire.id));
  });

  it('shows the loading, missing-article and failed-analysis states', async () => {
    let release!: (r: AnalysisResult) => void;
    const slow: AnalysisService = { result: () => new Promise((resolve) => (release = resolve)) };
    const el = await mount<ClCompareView>(html`<cl-compare-view a=${wire.id} b="no-such-article"></cl-compare-view>`, slow);
    await until(() => el.shadowRoot!.textContent!.includes('No article in this library'), 'missing state');
    expect($(el, '.list [role="status"]').textContent).to.contain('Finding the connections');
    release(RESULT);
    await until(() => !!$(el, '.list .empty'), 'empty list');

    const failing: AnalysisService = { result: async () => { throw new Error('the worker crashed'); } };
    const broken = await mountCompare(wire.id, gazette.id, failing);
    expect($(broken, '.list [role="alert"]').textContent).to.contain('the worker crashed');
    expect($(broken, '#title-left').textContent).to.equal('Barge hits Eastgate bridge');
  });

  it('stacks the columns on a 360px screen without overflowing it', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await mountCompare();
      await frame();
      const [left, right] = $$(el, '.pane');
      expect(right.getBoundingClientRect().top).to.be.at.least(left.getBoundingClientRect().bottom);
      expect(el.scrollWidth).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('passes axe-core accessibility checks', async () => {
    const el = await mountCompare();
    await expect(el).to.be.accessible();
  });
});
