import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotation, Draft, FindingReview } from '../../../src/core/annotations.ts';
import { notesOnUnknownArticles, planMerge, type LibraryState } from '../../../src/core/export/merge.ts';
import type { ImportData } from '../../../src/core/export/types.ts';
import { annotations, articles, reviews } from '../../fixtures/export/sample.ts';

const draft: Draft = { id: 'new:ledger-vote', article: 'ledger-vote', note: 'draft', tags: [], updated: '2026-11-22T07:00:00.000Z' };
const empty: LibraryState = { annotations: [], reviews: [], drafts: [], articleIds: ['ledger-vote', 'tribune-vote'] };
const file: ImportData = { annotations, reviews, drafts: [draft], articles: [] };

/** The library after the storage layer writes a plan's `toPut`. */
function apply(state: LibraryState, data: ImportData): LibraryState {
  const put = <T>(old: readonly T[], add: T[], key: (r: T) => string) => [...new Map([...old, ...add].map((r) => [key(r), r])).values()];
  return {
    annotations: put(state.annotations, data.annotations, (a) => a.id),
    reviews: put(state.reviews, data.reviews, (r) => r.linkId),
    drafts: put(state.drafts, data.drafts, (d) => d.id),
    articleIds: [...state.articleIds, ...data.articles.map((a) => a.id)],
  };
}

describe('planMerge', () => {
  it('adds everything into an empty library', () => {
    const plan = planMerge(empty, file);
    assert.deepEqual(plan.summary, { added: 9, updated: 0, skipped: 0, orphaned: 0 });
    assert.equal(plan.toPut.annotations.length, 6);
  });

  it('is idempotent: importing the same file twice adds nothing the second time', () => {
    const once = apply(empty, planMerge(empty, file).toPut);
    const again = planMerge(once, file);
    assert.deepEqual(again.summary, { added: 0, updated: 0, skipped: 9, orphaned: 0 });
    assert.deepEqual(again.toPut, { annotations: [], reviews: [], drafts: [], articles: [] });
  });

  it('takes the newer version of a record and keeps the library copy when it is newer', () => {
    const local: Annotation = { ...annotations[1], note: 'edited here', modified: '2026-12-01T00:00:00.000Z' };
    const state: LibraryState = { ...empty, annotations: [local, annotations[0]] };
    const newer: Annotation = { ...annotations[0], note: 'edited elsewhere', modified: '2026-12-02T00:00:00.000Z' };
    const plan = planMerge(state, { annotations: [newer, annotations[1]], reviews: [], drafts: [], articles: [] });
    assert.deepEqual(plan.toPut.annotations, [newer]);
    assert.deepEqual(plan.summary, { added: 0, updated: 1, skipped: 1, orphaned: 0 });
  });

  it('keeps the library copy when both changed at the same moment', () => {
    const state: LibraryState = { ...empty, annotations: [{ ...annotations[0], note: 'mine' }] };
    const plan = planMerge(state, { annotations: [{ ...annotations[0], note: 'theirs' }], reviews: [], drafts: [], articles: [] });
    assert.deepEqual(plan.summary, { added: 0, updated: 0, skipped: 1, orphaned: 0 });
  });

  it('keeps a note on an unknown article, marked orphaned and counted', () => {
    const lost: Annotation = { ...annotations[0], id: 'lost', target: { ...annotations[0].target, source: 'not-here' } };
    const plan = planMerge(empty, { annotations: [lost], reviews: [], drafts: [], articles: [] });
    assert.deepEqual(plan.toPut.annotations, [{ ...lost, anchor: 'orphaned' }]);
    assert.deepEqual(plan.summary, { added: 1, updated: 0, skipped: 0, orphaned: 1 });
    // …and a second import of it adds nothing.
    const again = planMerge(apply(empty, plan.toPut), { annotations: [lost], reviews: [], drafts: [], articles: [] });
    assert.deepEqual(again.summary, { added: 0, updated: 0, skipped: 1, orphaned: 0 });
  });

  it('an article in the same file makes its notes placeable; a known article is never overwritten', () => {
    const pasted = { ...articles[1], id: 'pasted', title: 'Pasted' };
    const note: Annotation = { ...annotations[5], id: 'on-pasted', target: { ...annotations[5].target, source: 'pasted' } };
    const plan = planMerge(empty, { annotations: [note], reviews: [], drafts: [], articles: [pasted, { ...articles[0], text: 'changed' }] });
    assert.deepEqual(plan.toPut.articles, [pasted]);
    assert.deepEqual(plan.toPut.annotations, [note]);
    assert.deepEqual(plan.summary, { added: 2, updated: 0, skipped: 1, orphaned: 0 });
  });

  it('merges reviews by link id and drafts by their update time', () => {
    const review: FindingReview = { ...reviews[0], verdict: 'confirmed', hidden: false, modified: '2026-12-01T00:00:00.000Z' };
    const olderDraft: Draft = { ...draft, note: 'old', updated: '2026-01-01T00:00:00.000Z' };
    const plan = planMerge({ ...empty, reviews, drafts: [draft] }, { annotations: [], reviews: [review, reviews[1]], drafts: [olderDraft], articles: [] });
    assert.deepEqual(plan.toPut.reviews, [review]);
    assert.deepEqual(plan.toPut.drafts, []);
    assert.deepEqual(plan.summary, { added: 0, updated: 1, skipped: 2, orphaned: 0 });
  });

  it('compares times, not strings: a later time in another zone wins', () => {
    const state: LibraryState = { ...empty, annotations: [{ ...annotations[0], modified: '2026-11-21T09:30:00.000Z' }] };
    // 10:00+01:00 is 09:00Z: earlier, although the string sorts later.
    const plan = planMerge(state, { annotations: [{ ...annotations[0], note: 'x', modified: '2026-11-21T10:00:00+01:00' }], reviews: [], drafts: [], articles: [] });
    assert.equal(plan.summary.skipped, 1);
  });
});

describe('notesOnUnknownArticles (backups)', () => {
  it('accepts notes on articles of the library or of the backup itself', () => {
    assert.deepEqual(notesOnUnknownArticles(file, ['ledger-vote', 'tribune-vote']), []);
    const own = { ...file, articles: [{ ...articles[0], id: 'tribune-vote' }] as never };
    assert.deepEqual(notesOnUnknownArticles(own, ['ledger-vote']), []);
  });
  it('names each note on an article found in neither, with its path', () => {
    const issues = notesOnUnknownArticles(file, ['ledger-vote']);
    assert.ok(issues.length > 0);
    for (const issue of issues) {
      assert.match(issue.path, /^annotations\[\d+\]\.target\.source$/);
      assert.match(issue.message, /"tribune-vote", which is neither in this library nor in the backup/);
    }
  });
});
