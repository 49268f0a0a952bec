import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotation } from '../../src/core/annotations.ts';
import { NO_FILTER, type NoteArticle, type NoteFilter, isOrphan, noteFacets, queryNotes } from '../../src/core/notes-query.ts';

const articles = new Map<string, NoteArticle>([
  ['a', { id: 'a', title: 'Quake hits town', outlet: 'Harbor Times', published: '2023-04-09' }],
  ['b', { id: 'b', title: 'Death toll rises', outlet: 'Daily Meridian', published: '2023-04-11' }],
]);

function note(id: string, source: string, over: Partial<Annotation> & { exact?: string; start?: number } = {}): Annotation {
  const { exact, start, ...rest } = over;
  return {
    id,
    target: exact === undefined ? { source } : { source, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: start ?? 0, end: (start ?? 0) + exact.length }] },
    note: '',
    tags: [],
    category: 'important',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    anchor: 'anchored',
    ...rest,
  };
}

const notes = [
  note('n1', 'a', { exact: 'magnitude 6.1', start: 40, note: 'Check the **seismic** agency', tags: ['numbers'], modified: '2024-03-02T10:00:00.000Z' }),
  note('n2', 'a', { exact: 'Governor Linwood', start: 5, category: 'question', tags: ['people', 'numbers'], modified: '2024-03-05T09:00:00.000Z' }),
  note('n3', 'b', { exact: 'risen to 27', start: 12, note: 'Café owner quoted', category: 'disputed', modified: '2024-02-20T23:59:59.000Z' }),
  note('n4', 'gone', { exact: 'a lost passage', note: 'from a deleted article', modified: '2024-03-01T00:00:00.000Z' }),
  note('n5', 'b', { note: 'Page note on the whole article', category: 'follow-up', modified: '2024-03-03T00:00:00.000Z' }),
];

const ids = (filter: Partial<NoteFilter>, sort: 'newest' | 'oldest' | 'article' = 'newest') => queryNotes(notes, articles, { ...NO_FILTER, ...filter }, sort).map((n) => n.id);

describe('notes query: filter', () => {
  const cases: Array<[string, Partial<NoteFilter>, string[]]> = [
    ['no filter: every note, newest first', {}, ['n2', 'n5', 'n1', 'n4', 'n3']],
    ['text in the quote, any case', { text: 'LINWOOD' }, ['n2']],
    ['text in the note (Markdown source)', { text: 'seismic' }, ['n1']],
    ['text ignores accents both ways', { text: 'cafe' }, ['n3']],
    ['every word must match', { text: 'café deleted' }, []],
    ['text in the article title', { text: 'death toll' }, ['n5', 'n3']],
    ['text in a tag', { text: 'people' }, ['n2']],
    ['by tag', { tag: 'numbers' }, ['n2', 'n1']],
    ['by category', { category: 'disputed' }, ['n3']],
    ['by article', { article: 'b' }, ['n5', 'n3']],
    ['by outlet', { outlet: 'Harbor Times' }, ['n2', 'n1']],
    ['from a day, inclusive', { from: '2024-03-03' }, ['n2', 'n5']],
    ['to a day, inclusive of its last second', { to: '2024-02-20' }, ['n3']],
    ['filters combine', { tag: 'numbers', category: 'important' }, ['n1']],
  ];
  for (const [name, filter, expected] of cases) it(name, () => assert.deepEqual(ids(filter), expected));
});

describe('notes query: sort', () => {
  it('oldest first', () => assert.deepEqual(ids({}, 'oldest'), ['n3', 'n4', 'n1', 'n5', 'n2']));
  it('by article title, then reading order, page notes first, missing articles last', () =>
    assert.deepEqual(ids({}, 'article'), ['n5', 'n3', 'n2', 'n1', 'n4']));
});

describe('notes query: facets and orphans', () => {
  it('counts tags, outlets and articles for the filter menus', () => {
    const f = noteFacets(notes, articles);
    assert.deepEqual(f.tags, [['numbers', 2], ['people', 1]]);
    assert.deepEqual(f.outlets, [['Daily Meridian', 2], ['Harbor Times', 2]]);
    assert.deepEqual(f.articles, [['a', 2], ['b', 2], ['gone', 1]]);
  });
  it('a note whose article is gone, or whose passage was not found, is an orphan', () => {
    assert.deepEqual(notes.filter((n) => isOrphan(n, articles)).map((n) => n.id), ['n4']);
    assert.equal(isOrphan({ ...notes[0], anchor: 'orphaned' }, articles), true);
  });
});
