import { expect } from '@open-wc/testing';
import type { Draft, FindingReview } from '../../src/core/annotations.ts';
import { type Library, openLibraryDb, StaleWriteError } from '../../src/storage/index.ts';
import { cleanUp, uniqueDbName } from './helpers.ts';

const review = (linkId: string, overrides: Partial<FindingReview> = {}): FindingReview => ({
  linkId, verdict: 'disputed', hidden: false, created: '2025-05-01T00:00:00.000Z', modified: '2025-05-01T00:00:00.000Z', ...overrides,
});
const draft = (id: string, note: string): Draft => ({ id, article: 'article-a', note, tags: [], updated: new Date().toISOString() });

describe('ReviewStore and DraftStore', () => {
  let name: string;
  let library: Library;
  beforeEach(async () => {
    name = uniqueDbName('reviews');
    library = await openLibraryDb(name);
  });
  afterEach(() => cleanUp(name, library));

  it('stores reviews by link id, refuses stale ones, and withdraws them', async () => {
    const saved = await library.reviews.put(review('link-1'), { base: null });
    await library.reviews.put({ ...saved, hidden: true }, { base: saved.modified });
    const stale = await library.reviews.put({ ...saved, verdict: 'confirmed' }, { base: saved.modified }).catch((e: unknown) => e);
    expect(stale).to.be.instanceOf(StaleWriteError);
    expect((await library.reviews.get('link-1'))?.hidden).to.equal(true);

    await library.reviews.putMany([review('link-2'), review('link-3')]);
    expect((await library.reviews.listAll()).map((r) => r.linkId)).to.deep.equal(['link-1', 'link-2', 'link-3']);
    expect((await library.reviews.delete('link-2'))?.linkId).to.equal('link-2');
    expect(await library.reviews.get('link-2')).to.equal(undefined);
  });

  it('autosaves drafts: the latest put wins, listed per article, deleted once saved', async () => {
    for (const text of ['T', 'Th', 'The', 'The b', 'The bridge']) await library.drafts.put(draft('new:article-a', text));
    await library.drafts.put({ ...draft('ann-7', 'edit of a saved note'), article: 'article-b' });
    expect((await library.drafts.get('new:article-a'))?.note).to.equal('The bridge');
    expect((await library.drafts.listByArticle('article-a')).map((d) => d.id)).to.deep.equal(['new:article-a']);
    await library.drafts.delete('new:article-a');
    expect(await library.drafts.get('new:article-a')).to.equal(undefined);
  });

  it('200 autosaves in a row keep exactly one draft, holding the last keystroke', async () => {
    for (let i = 0; i < 200; i++) await library.drafts.put(draft('new:article-a', 'x'.repeat(i)));
    const drafts = await library.drafts.listByArticle('article-a');
    expect(drafts.map((d) => d.note.length)).to.deep.equal([199]);
  });
});
